import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../../harness.ts';
import { clientInput, type World, openTestWorld } from '../../factories.ts';
import { insertPlacement, registerEmployer } from './factories.ts';

/**
 * Agreements with an employer ("3 placements in 2026") tracked against the placements made: placed
 * proposals for the employer's vacancies whose start date falls in the agreement's period. Placements are
 * written straight into the vacancy and proposal tables here (in the organisation's tenant context), so this
 * test does not depend on the vacancies/proposals API.
 */

let t: TestApp;
let world: World;
let wgaA: Agent;
let wgaB: Agent;
const users: Record<'A' | 'B', string> = { A: '', B: '' };
const clients: Record<'A' | 'B', string> = { A: '', B: '' };

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  wgaA = await world.agent('A', 'werkgeversadviseur');
  wgaB = await world.agent('B', 'werkgeversadviseur');
  for (const org of ['A', 'B'] as const) {
    const km = await world.agent(org, 'klantmanager');
    users[org] = (await km.get('/api/v1/sessions/current')).json().user.id;
    const created = await km.post('/api/v1/clients', clientInput());
    expect(created.statusCode, created.body).toBe(201);
    clients[org] = created.json().id;
  }
});
afterAll(async () => t?.close());

const agreement = (overrides: Record<string, unknown> = {}) => ({
  description: '3 plaatsingen in 2026 (productie)',
  targetPlacements: 3,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  ...overrides,
});

function place(org: 'A' | 'B', employerId: string, startDate: string | null, status: 'placed' | 'interview' | 'rejected' = 'placed') {
  return insertPlacement(t.services.database.db, {
    organisationId: world.orgs[org].id,
    userId: users[org],
    employerId,
    clientId: clients[org],
    startDate,
    status,
  });
}

describe('recording an agreement', () => {
  it('records an agreement of the account manager’s organisation, shown on the employer', async () => {
    const e = await registerEmployer(wgaA);
    const res = await wgaA.post(`/api/v1/employers/${e.id}/agreements`, agreement());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      description: '3 plaatsingen in 2026 (productie)',
      targetPlacements: 3,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      placements: 0,
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
    });
    const got = await (await world.agent('B', 'klantmanager')).get(`/api/v1/employers/${e.id}`);
    expect(got.json().agreements.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
  });

  it('a one-day period (end = start) is allowed', async () => {
    const e = await registerEmployer(wgaA);
    expect(
      (await wgaA.post(`/api/v1/employers/${e.id}/agreements`, agreement({ periodStart: '2026-06-01', periodEnd: '2026-06-01' })))
        .statusCode,
    ).toBe(201);
  });

  it.each([
    ['an end before the start', { periodStart: '2026-07-01', periodEnd: '2026-06-30' }, 'periodEnd', 'end_before_start'],
    ['a target of zero', { targetPlacements: 0 }, 'targetPlacements', 'too_small'],
    ['a negative target', { targetPlacements: -2 }, 'targetPlacements', 'too_small'],
    ['a fractional target', { targetPlacements: 1.5 }, 'targetPlacements', undefined],
    ['an impossible date', { periodStart: '2026-02-30' }, 'periodStart', 'invalid_date'],
    ['no description', { description: '' }, 'description', 'required'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_label, overrides, field, code) => {
    const e = await registerEmployer(wgaA);
    const res = await wgaA.post(`/api/v1/employers/${e.id}/agreements`, agreement(overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const params = res.json().invalidParams as { name: string; code: string; reason: string }[];
    expect(params.map((p) => p.name)).toEqual([field]);
    if (code) expect(params[0]!.code).toBe(code);
    expect(params[0]!.reason.length).toBeGreaterThan(0);
    expect((await wgaA.get(`/api/v1/employers/${e.id}`)).json().agreements).toEqual([]);
  });

  it('only a werkgeversadviseur records agreements', async () => {
    const e = await registerEmployer(wgaA);
    for (const role of ['klantmanager', 'functioneel_beheerder', 'beleidsadviseur'] as const) {
      expect((await (await world.agent('A', role)).post(`/api/v1/employers/${e.id}/agreements`, agreement())).statusCode, role).toBe(403);
    }
  });

  it('answers 404 for an unknown employer', async () => {
    expect((await wgaA.post('/api/v1/employers/00000000-0000-4000-8000-000000000000/agreements', agreement())).statusCode).toBe(404);
  });
});

describe('progress against the placements made', () => {
  it('counts placed proposals for this employer’s vacancies with a start date in the period, bounds included', async () => {
    const e = await registerEmployer(wgaA);
    const other = await registerEmployer(wgaA, { name: 'Andere werkgever' });
    await place('A', e.id, '2026-01-01'); // first day: counts
    await place('A', e.id, '2026-05-15'); // counts
    await place('A', e.id, '2026-12-31'); // last day: counts
    await place('A', e.id, '2025-12-31'); // before the period
    await place('A', e.id, '2027-01-01'); // after the period
    await place('A', e.id, null, 'interview'); // not placed
    await place('A', e.id, null, 'rejected'); // not placed
    await place('A', other.id, '2026-05-15'); // another employer

    const created = await wgaA.post(`/api/v1/employers/${e.id}/agreements`, agreement());
    expect(created.statusCode).toBe(201);
    expect(created.json().placements).toBe(3);
    await wgaA.post(
      `/api/v1/employers/${e.id}/agreements`,
      agreement({ description: '2 in 2027', targetPlacements: 2, periodStart: '2027-01-01', periodEnd: '2027-12-31' }),
    );

    const got = (await wgaA.get(`/api/v1/employers/${e.id}`)).json();
    // Newest period first.
    expect(
      got.agreements.map((a: { periodStart: string; placements: number; targetPlacements: number }) => [
        a.periodStart,
        a.placements,
        a.targetPlacements,
      ]),
    ).toEqual([
      ['2027-01-01', 1, 2],
      ['2026-01-01', 3, 3],
    ]);

    // A placement made after the agreement was recorded shows up at once.
    await place('A', e.id, '2027-03-01');
    const again = (await wgaA.get(`/api/v1/employers/${e.id}`)).json();
    expect(again.agreements[0].placements).toBe(2);
  });

  // Every partner sees the same progress: the count covers all organisations' placements (an aggregate,
  // counted behind row-level security by a database function), while the proposals themselves stay hidden.
  it('counts the placements of every partner organisation, for every viewer', async () => {
    const e = await registerEmployer(wgaA);
    await place('A', e.id, '2026-04-01');
    await place('B', e.id, '2026-04-02');
    const created = (await wgaA.post(`/api/v1/employers/${e.id}/agreements`, agreement())).json();
    const seenBy = async (agent: Agent) =>
      (await agent.get(`/api/v1/employers/${e.id}`)).json().agreements.find((a: { id: string }) => a.id === created.id).placements;
    expect(await seenBy(wgaA)).toBe(2);
    expect(await seenBy(wgaB)).toBe(2);
    expect(await seenBy(await world.agent('R', 'werkgeversadviseur'))).toBe(2);
  });
});
