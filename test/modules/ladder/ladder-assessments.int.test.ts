import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../../harness.ts';
import { clientInput, type World, nextBsn, openTestWorld } from '../../factories.ts';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';

/** The participatieladder: assessments recorded on a client file, history oldest first, latest on the file. */

const input = (overrides: Record<string, unknown> = {}) => clientInput({ bsn: nextBsn(), ...overrides });

let t: TestApp;
let world: World;
let km: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
});
afterAll(async () => t?.close());

async function newClient() {
  const res = await km.post('/api/v1/clients', input());
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function record(clientId: string, body: Record<string, unknown>, agent: Agent = km) {
  return agent.post(`/api/v1/clients/${clientId}/ladder-assessments`, body);
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('recording an assessment', () => {
  it('201 with rung, growth potential, date, notes and the assessor', async () => {
    const c = await newClient();
    const self = (await km.get('/api/v1/sessions/current')).json().user;
    const res = await record(c.id, {
      rung: 3,
      growthPotential: 5,
      assessedOn: '2025-02-14',
      notes: '  Doet vrijwilligerswerk bij de voedselbank.  ',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      rung: 3,
      growthPotential: 5,
      assessedOn: '2025-02-14',
      assessor: { id: self.id, name: self.name },
      notes: 'Doet vrijwilligerswerk bij de voedselbank.',
    });
    expect((await km.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json()).toEqual([res.json()]);
  });

  it('accepts every rung 1–6, growth potential equal to the rung, today as the date, and no notes', async () => {
    const c = await newClient();
    for (let rung = 1; rung <= 6; rung++) {
      const res = await record(c.id, { rung, growthPotential: rung, assessedOn: todayInAmsterdam() });
      expect(res.statusCode, `rung ${rung}: ${res.body}`).toBe(201);
      expect(res.json().notes).toBeNull();
    }
    expect((await km.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json()).toHaveLength(6);
  });

  // `field` is the field the refusal must name; a rung above 6 also makes any growth potential "below the rung".
  const invalid: { what: string; body: Record<string, unknown>; field: string; code?: string; alsoNamed?: string[] }[] = [
    { what: 'rung 0', body: { rung: 0, growthPotential: 1, assessedOn: '2025-01-01' }, field: 'rung', code: 'too_small' },
    {
      what: 'rung 7',
      body: { rung: 7, growthPotential: 6, assessedOn: '2025-01-01' },
      field: 'rung',
      code: 'too_big',
      alsoNamed: ['growthPotential'],
    },
    { what: 'a fractional rung', body: { rung: 2.5, growthPotential: 3, assessedOn: '2025-01-01' }, field: 'rung' },
    { what: 'a rung as text', body: { rung: '3', growthPotential: 3, assessedOn: '2025-01-01' }, field: 'rung', code: 'invalid_type' },
    {
      what: 'growth potential 7',
      body: { rung: 3, growthPotential: 7, assessedOn: '2025-01-01' },
      field: 'growthPotential',
      code: 'too_big',
    },
    {
      what: 'growth potential below the rung',
      body: { rung: 4, growthPotential: 3, assessedOn: '2025-01-01' },
      field: 'growthPotential',
      code: 'below_rung',
    },
    {
      what: 'a date in the future',
      body: { rung: 2, growthPotential: 3, assessedOn: shiftDays(todayInAmsterdam(), 1) },
      field: 'assessedOn',
      code: 'date_in_future',
    },
    {
      what: 'a date that does not exist',
      body: { rung: 2, growthPotential: 3, assessedOn: '2025-02-29' },
      field: 'assessedOn',
      code: 'invalid_date',
    },
    {
      what: 'a date in another format',
      body: { rung: 2, growthPotential: 3, assessedOn: '14-02-2025' },
      field: 'assessedOn',
      code: 'invalid_date',
    },
    { what: 'a missing date', body: { rung: 2, growthPotential: 3 }, field: 'assessedOn', code: 'required' },
    { what: 'a missing rung', body: { growthPotential: 3, assessedOn: '2025-01-01' }, field: 'rung', code: 'required' },
    {
      what: 'notes of 4001 characters',
      body: { rung: 2, growthPotential: 3, assessedOn: '2025-01-01', notes: 'n'.repeat(4001) },
      field: 'notes',
      code: 'too_long',
    },
    {
      what: 'an unknown field',
      body: { rung: 2, growthPotential: 3, assessedOn: '2025-01-01', assessor: 'iemand' },
      field: 'assessor',
      code: 'unknown_field',
    },
  ];

  it.each(invalid)('$what → 400 naming $field, nothing recorded', async ({ body, field, code, alsoNamed = [] }) => {
    const c = await newClient();
    const res = await record(c.id, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const params = res.json().invalidParams as { name: string; code: string; reason: string }[];
    expect(params.map((p) => p.name)).toEqual([field, ...alsoNamed]);
    if (code) expect(params[0]!.code).toBe(code);
    expect(params[0]!.reason.length).toBeGreaterThan(0);
    expect((await km.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json()).toEqual([]);
  });

  it('notes of exactly 4000 characters are accepted', async () => {
    const c = await newClient();
    const res = await record(c.id, { rung: 1, growthPotential: 2, assessedOn: '2025-01-01', notes: 'n'.repeat(4000) });
    expect(res.statusCode).toBe(201);
    expect(res.json().notes).toHaveLength(4000);
  });

  it('notes containing a NUL character → 400 naming notes, not a 500', async () => {
    const c = await newClient();
    const res = await record(c.id, { rung: 1, growthPotential: 2, assessedOn: '2025-01-01', notes: 'a\u0000b' });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['notes']);
  });

  it('only the owning klantmanager records: jobcoach 403, another municipality 404, unknown client 404', async () => {
    const c = await newClient();
    const body = { rung: 2, growthPotential: 3, assessedOn: '2025-01-01' };
    expect((await record(c.id, body, await world.agent('A', 'jobcoach'))).statusCode).toBe(403);
    expect((await record(c.id, body, await world.agent('B', 'klantmanager'))).statusCode).toBe(404);
    expect((await record('00000000-0000-4000-8000-000000000000', body)).statusCode).toBe(404);
    expect((await km.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json()).toEqual([]);
  });
});

describe('history and the latest rung', () => {
  it('returns the history oldest first by assessment date, whatever order it was recorded in', async () => {
    const c = await newClient();
    const dates = ['2025-06-01', '2024-01-15', '2025-01-10', '2024-09-30'];
    for (const [i, assessedOn] of dates.entries()) {
      expect((await record(c.id, { rung: i + 1, growthPotential: 6, assessedOn })).statusCode).toBe(201);
    }
    const history = (await km.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json();
    expect(history.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([...dates].sort());
    expect(history.map((a: { rung: number }) => a.rung)).toEqual([2, 4, 3, 1]);
  });

  it('latestLadder on the file and latestRung in the caseload follow the newest assessment date, not the newest entry', async () => {
    const c = await newClient();
    expect((await km.get(`/api/v1/clients/${c.id}`)).json().latestLadder).toBeNull();

    const newest = (await record(c.id, { rung: 4, growthPotential: 5, assessedOn: '2025-05-01' })).json();
    // Recorded later, but about an earlier date (a back-dated assessment): it does not become the latest.
    await record(c.id, { rung: 2, growthPotential: 3, assessedOn: '2024-11-01' });
    let file = (await km.get(`/api/v1/clients/${c.id}`)).json();
    expect(file.latestLadder).toEqual(newest);
    const summary = async () => (await km.post('/api/v1/clients/search', { bsn: c.bsn })).json().items[0];
    expect((await summary()).latestRung).toBe(4);

    const later = (await record(c.id, { rung: 5, growthPotential: 6, assessedOn: '2025-07-01' })).json();
    file = (await km.get(`/api/v1/clients/${c.id}`)).json();
    expect(file.latestLadder).toEqual(later);
    expect((await summary()).latestRung).toBe(5);
  });

  it('two assessments on the same day: the one recorded last is the latest', async () => {
    const c = await newClient();
    await record(c.id, { rung: 2, growthPotential: 3, assessedOn: '2025-03-03' });
    const second = (await record(c.id, { rung: 3, growthPotential: 3, assessedOn: '2025-03-03' })).json();
    expect((await km.get(`/api/v1/clients/${c.id}`)).json().latestLadder).toEqual(second);
    const history = (await km.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json();
    expect(history.map((a: { rung: number }) => a.rung)).toEqual([2, 3]);
  });

  it('a jobcoach of the owner reads the history; another municipality gets 404', async () => {
    const c = await newClient();
    await record(c.id, { rung: 3, growthPotential: 4, assessedOn: '2025-01-01' });
    const jc = await (await world.agent('A', 'jobcoach')).get(`/api/v1/clients/${c.id}/ladder-assessments`);
    expect(jc.statusCode).toBe(200);
    expect(jc.json()).toHaveLength(1);
    expect((await (await world.agent('B', 'jobcoach')).get(`/api/v1/clients/${c.id}/ladder-assessments`)).statusCode).toBe(404);
  });
});
