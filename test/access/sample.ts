import type { Role } from '../../src/kernel/roles.ts';
import type { TestApp } from '../harness.ts';
import type { World } from '../factories.ts';

/**
 * The access table (test/integration/access-table.int.test.ts) calls every route as every role in every
 * organisation of the test world. Each module brings one sample request per route of its own, in
 * `test/modules/<folder>/samples.ts` (found by the table, no list to edit): `export const samples =
 * moduleSamples('<module name>', { <operationId>: {...} })`. The table fails for a route without a sample
 * and for a sample kept by another module than the route's.
 */

/** A: the municipality that owns the sample client; B: another municipality; R: a partner the client is shared with; P: the platform. */
export type OrgKey = 'A' | 'B' | 'R' | 'P';

export interface SampleContext {
  t: TestApp;
  world: World;
  /** A client of A, shared with R by consent. */
  clientId: string;
  org: OrgKey;
  role: Role;
}

export interface Sample {
  params?: (c: SampleContext) => Promise<Record<string, string>> | Record<string, string>;
  query?: string;
  body?: (c: SampleContext) => unknown;
  /** Request headers the route reads (e.g. Idempotency-Key). */
  headers?: (c: SampleContext) => Record<string, string>;
  /** The call ends the caller's session (logout): use a session of its own. */
  ownSession?: boolean;
}

export interface ModuleSamples {
  module: string;
  samples: Record<string, Sample>;
}

/** The samples of one module (its name as in defineModule), keyed by operationId. */
export function moduleSamples(module: string, samples: Record<string, Sample>): ModuleSamples {
  return { module, samples };
}

let n = 0;
/** A value no other sample request has used (names, e-mail addresses, invoice numbers). */
export const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

/** The klantmanager of A, who owns the sample client. */
export async function km(c: SampleContext) {
  return c.world.agent('A', 'klantmanager');
}

/** A new partner organisation, registered by the platform's functioneel beheerder. */
export async function newOrg(c: SampleContext): Promise<string> {
  const res = await (
    await c.world.agent('P', 'functioneel_beheerder')
  ).post('/api/v1/organisations', { name: `Partner ${unique()}`, kind: 'non_profit' });
  return res.json().id;
}
