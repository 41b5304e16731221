import { expect } from 'vitest';
import { newId } from '../../../src/kernel/ids.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { clientInput, type World } from '../../factories.ts';

/** Helpers for the trajectories tests and the access-table samples of the trajectories module. */

export async function newInstrument(
  admin: Agent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string } & Record<string, unknown>> {
  const res = await admin.post('/api/v1/instruments', {
    name: `Werkfit-training ${newId().slice(0, 8)}`,
    kind: 'training',
    cbsCategory: 'scholing',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function newTrajectoryClient(
  km: Agent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; bsn: string; displayName: string }> {
  const res = await km.post('/api/v1/clients', clientInput({ surname: `Traject${newId().slice(0, 6)}`, ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A valid start body; overrides may be invalid on purpose. */
export function trajectoryInput(instrumentId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { instrumentId, startDate: '2025-03-01', plannedEndDate: '2025-08-31', cost: '2500,00', goalRung: 4, ...overrides };
}

export async function startTrajectory(
  km: Agent,
  clientId: string,
  body: Record<string, unknown>,
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await km.post(`/api/v1/clients/${clientId}/trajectories`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A valid assignment body; overrides may be invalid on purpose. */
export function assignmentInput(providerOrganisationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    providerOrganisationId,
    name: `Werkfit 2025 ${newId().slice(0, 6)}`,
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    budget: '120000',
    targetStarted: 40,
    targetToWork: 12,
    targetMaxDropOutPercent: 20,
    ...overrides,
  };
}

export async function newAssignment(
  agent: Agent,
  providerOrganisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await agent.post('/api/v1/provider-assignments', assignmentInput(providerOrganisationId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

// Access table: per organisation, the things a sample request needs -----------------------------------

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  t: TestApp;
  world: World;
  org: OrgKey;
  role: Role;
}

/** An id for a caller whose role the route refuses anyway (403 comes before the id is looked at). */
const REFUSED = '00000000-0000-4000-8000-000000000000';

const instrumentsOf = new WeakMap<TestApp, Map<OrgKey, Promise<string>>>();
const assignmentOf = new WeakMap<TestApp, Map<OrgKey, Promise<string>>>();

/** One instrument per organisation, in that organisation's catalogue. */
export function orgInstrument(c: Pick<SampleCtx, 't' | 'world'>, org: OrgKey): Promise<string> {
  if (!instrumentsOf.has(c.t)) instrumentsOf.set(c.t, new Map());
  const perOrg = instrumentsOf.get(c.t)!;
  if (!perOrg.has(org))
    perOrg.set(
      org,
      c.world.agent(org, 'functioneel_beheerder').then((a) => newInstrument(a).then((i) => i.id)),
    );
  return perOrg.get(org)!;
}

/** An instrument of the caller's organisation (for callers the route admits). */
export async function instrumentFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  return orgInstrument(c, c.org);
}

/** The provider a sample assignment of the caller's organisation goes to: R, or A when the caller is R. */
export function providerFor(c: Pick<SampleCtx, 'world' | 'org'>): string {
  return c.org === 'R' ? c.world.orgs.A.id : c.world.orgs.R.id;
}

/** A fresh running trajectory of a fresh client of the caller's organisation. */
export async function trajectoryFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  const km = await c.world.agent(c.org, 'klantmanager');
  const client = await newTrajectoryClient(km);
  return (await startTrajectory(km, client.id, trajectoryInput(await orgInstrument(c, c.org)))).id;
}

/** One assignment per organisation, given by it to providerFor(c). */
export async function assignmentFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  if (!assignmentOf.has(c.t)) assignmentOf.set(c.t, new Map());
  const perOrg = assignmentOf.get(c.t)!;
  if (!perOrg.has(c.org))
    perOrg.set(
      c.org,
      c.world.agent(c.org, 'klantmanager').then((km) => newAssignment(km, providerFor(c)).then((a) => a.id)),
    );
  return perOrg.get(c.org)!;
}

/** A fresh client of the caller's organisation (to assign). */
export async function assignableClientFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  return (await newTrajectoryClient(await c.world.agent(c.org, 'klantmanager'))).id;
}

/** The caller's organisation's assignment with a fresh client assigned to it. */
export async function assignedClientFor(c: SampleCtx, roles?: readonly Role[]): Promise<{ id: string; clientId: string }> {
  if (roles && !roles.includes(c.role)) return { id: REFUSED, clientId: REFUSED };
  const id = await assignmentFor(c);
  const km = await c.world.agent(c.org, 'klantmanager');
  const clientId = (await newTrajectoryClient(km)).id;
  const res = await km.post(`/api/v1/provider-assignments/${id}/clients`, { clientId });
  expect(res.statusCode, res.body).toBe(201);
  return { id, clientId };
}
