/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/kernel/roles.ts';
import { roleAllowed, type Actor } from '../../src/platform/http/access.ts';
import type { RouteSpec } from '../../src/platform/http/route.ts';
import { Agent, type TestApp } from '../harness.ts';
import { clientInput, PASSWORD, type World, openTestWorld } from '../factories.ts';
import { seedReference } from '../modules/vacancies/factories.ts';
import { moduleSamples, type ModuleSamples, type OrgKey, type Sample, type SampleContext } from '../access/sample.ts';

/**
 * One sample request per route, keyed by operationId, from each module's `test/modules/<folder>/samples.ts`.
 * A route without a sample fails the test below; its expected access comes from its declared rule.
 */
const platformSamples = moduleSamples('platform', { health: {} });
const moduleFiles = import.meta.glob<{ samples: ModuleSamples | ModuleSamples[] }>('../modules/**/*samples.ts', { eager: true });
const SAMPLE_SETS: ModuleSamples[] = [platformSamples, ...Object.values(moduleFiles).flatMap((f) => [f.samples].flat())];
const SAMPLES: Record<string, Sample & { module: string }> = Object.fromEntries(
  SAMPLE_SETS.flatMap((set) => Object.entries(set.samples).map(([op, sample]) => [op, { ...sample, module: set.module }])),
);

/** What the declared rule says a role in an organisation gets (the client is owned by A, shared with R). */
function expected(spec: RouteSpec, org: OrgKey, role: Role, kind: World['orgs'][OrgKey]['kind']): 'ok' | 'public' | 403 | 404 {
  const access = spec.access;
  // Public routes may still answer 404 for an unknown thing (an SSO provider), but never 401 or 403.
  if (access.kind === 'public') return 'public';
  const actor = { roles: [role], organisationKind: kind } as Actor;
  if (!roleAllowed(access, actor)) return 403;
  if (access.scope === 'client-read') return org === 'A' || org === 'R' ? 'ok' : 404;
  if (access.scope === 'client-write') return org === 'A' ? 'ok' : org === 'R' ? 403 : 404;
  // Only the werkzoekende of A has a linked client file (world.portalClientId()).
  if (access.scope === 'portal') return org === 'A' ? 'ok' : 403;
  return 'ok';
}

describe('access table: every route × role × organisation', () => {
  let t: TestApp;
  let world: World;
  let clientId: string;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld(
      { loginMaxPerIpPerMinute: 100_000, loginMaxFailuresPerAccount: 100_000 },
      { beforeOpen: seedReference },
    ));
    const kmA = await world.agent('A', 'klantmanager');
    const created = await kmA.post('/api/v1/clients', clientInput());
    expect(created.statusCode).toBe(201);
    clientId = created.json().id;
    const consent = await kmA.post(`/api/v1/clients/${clientId}/consents`, { organisationId: world.orgs.R.id });
    expect(consent.statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  it('every registered API route declares an access rule and has a sample here', () => {
    const api = t.built.registered.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    const undeclared = api.filter((r) => !r.hasSpec).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    const missing = t.built.routes.filter((r) => !SAMPLES[r.operationId]).map((r) => r.operationId);
    expect(missing).toEqual([]);
    const sampleCount = SAMPLE_SETS.reduce((sum, set) => sum + Object.keys(set.samples).length, 0);
    expect(sampleCount, 'two modules bring a sample for one operationId').toBe(Object.keys(SAMPLES).length);
    const stray = Object.keys(SAMPLES).filter((op) => !t.built.routes.some((r) => r.operationId === op));
    expect(stray, 'samples for routes that do not exist').toEqual([]);
    // A route's sample lives with the module whose policy guards it (health is the platform's own).
    const misplaced = t.built.routes
      .filter((r) => (r.access.policy?.split('.')[0] ?? 'platform') !== SAMPLES[r.operationId]!.module)
      .map((r) => `${r.operationId} (${r.access.policy ?? 'platform'}) in ${SAMPLES[r.operationId]!.module}`);
    expect(misplaced).toEqual([]);
  });

  it('without a session every non-public route answers 401', async () => {
    for (const spec of t.built.routes.filter((r) => r.access.kind !== 'public')) {
      const url = spec.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({ method: spec.method, url, payload: spec.body ? {} : undefined });
      expect(res.statusCode, `${spec.method} ${spec.url}`).toBe(401);
    }
  });

  it('each route answers every role in every organisation as its declared rule says', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const spec of t.built.routes) {
      const sample = SAMPLES[spec.operationId]!;
      for (const org of ['A', 'B', 'R', 'P'] as const) {
        for (const role of ROLES) {
          const c: SampleContext = { t, world, clientId, org, role };
          const agent = sample.ownSession ? await Agent.login(t.app, world.email(org, role), PASSWORD) : await world.agent(org, role);
          const params = (await sample.params?.(c)) ?? {};
          const url = spec.url.replace(/:(\w+)/g, (_, k: string) => params[k] ?? 'missing') + (sample.query ?? '');
          const body = await sample.body?.(c);
          const res =
            spec.access.kind === 'public' && spec.method !== 'GET'
              ? await t.app.inject({ method: spec.method, url, payload: body as object })
              : await agent.request(spec.method, url, spec.body ? body : spec.method === 'GET' ? undefined : {}, sample.headers?.(c));
          const want = expected(spec, org, role, world.orgs[org].kind);
          const ok =
            want === 'ok'
              ? res.statusCode >= 200 && res.statusCode < 400
              : want === 'public'
                ? ![401, 403].includes(res.statusCode) && res.statusCode < 500
                : res.statusCode === want;
          if (!ok)
            failures.push(
              `${spec.method} ${spec.url} as ${role}@${org}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          checked++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(t.built.routes.length * 4 * ROLES.length);
  }, 900_000);
});
