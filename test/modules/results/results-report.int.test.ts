import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../../src/platform/db/database.ts';
import { vacancies } from '../../../src/modules/vacancies/vacancies.schema.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newClient, newVacancy, PLACEMENT, propose, setRegion } from '../vacancies/factories.ts';

/**
 * Results of the one-stop shop per organisation and per labour-market region: vacancies opened and
 * filled, median days to fill, proposals, placements, and still at work after 6 and 12 months.
 * Aggregates only: the policy adviser may call it and never receives a personal record.
 */

let t: TestApp;
let world: World;
const surnames: string[] = [];
const bsns: string[] = [];
const clientIds: string[] = [];
// The data lie in years that are over, so the figures (and which checks are due) do not depend on today.
const THIS_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
const Y = THIS_YEAR - 2;
const Y1 = THIS_YEAR - 1;
const PERIOD = `?from=${Y}-01-01&to=${Y}-12-31`;

/** Moves a vacancy's dates back in time (the app role may update its own organisation's vacancies). */
async function backdate(orgId: string, id: string, openedOn: string, filledOn: string | null) {
  await inTenant(t.services.database.db, { organisationId: orgId, userId: null }, (tx) =>
    tx
      .update(vacancies)
      .set({ openedAt: new Date(`${openedOn}T11:00:00Z`), ...(filledOn ? { filledAt: new Date(`${filledOn}T11:00:00Z`) } : {}) })
      .where(eq(vacancies.id, id)),
  );
}

async function place(km: Agent, vacancyId: string, startDate: string, check6?: boolean, checkedOn = `${Y}-08-15`) {
  const client = await newClient(km, { surname: `Resultaat${surnames.length}x` });
  surnames.push(client.surname);
  bsns.push(client.bsn);
  clientIds.push(client.id);
  const p = await propose(km, vacancyId, client.id);
  const res = await km.patch(`/api/v1/proposals/${p.id}`, { status: 'placed', placement: { ...PLACEMENT, startDate } });
  expect(res.statusCode, res.body).toBe(200);
  if (check6 !== undefined) {
    const c = await km.post(`/api/v1/proposals/${p.id}/checks`, { months: 6, checkedOn, stillWorking: check6 });
    expect(c.statusCode, c.body).toBe(201);
  }
  return p.id;
}

beforeAll(async () => {
  t = await createVacancyTestApp();
  const db = t.services.database.db;
  world = await createWorld(db, t.app);
  await setRegion(db, world.orgs.A.id, 'AM28');
  await setRegion(db, world.orgs.B.id, 'AM28');
  await setRegion(db, world.orgs.R.id, 'AM24');
  const [A, B, R] = [world.orgs.A.id, world.orgs.B.id, world.orgs.R.id];
  const wga = {
    A: await world.agent('A', 'werkgeversadviseur'),
    B: await world.agent('B', 'werkgeversadviseur'),
    R: await world.agent('R', 'werkgeversadviseur'),
  };
  const km = {
    A: await world.agent('A', 'klantmanager'),
    B: await world.agent('B', 'klantmanager'),
    R: await world.agent('R', 'klantmanager'),
  };
  const employer = (await createEmployer(db, A)).id;

  // A in year Y: v1 filled by a placement after 10 days; v2 closed as filled after 20 days.
  // A otherwise: v3 opened now (this year) with a placement that started in Y1 and a rejection;
  // v4 opened and filled in Y1.
  const v1 = await newVacancy(wga.A, employer, { positions: 1 });
  await place(km.A, v1.id, `${Y}-01-05`, true);
  await backdate(A, v1.id, `${Y}-03-01`, `${Y}-03-11`);
  const v2 = await newVacancy(wga.A, employer);
  await wga.A.post(`/api/v1/vacancies/${v2.id}/close`, { reason: 'vervuld' });
  await backdate(A, v2.id, `${Y}-04-01`, `${Y}-04-21`);
  const v3 = await newVacancy(wga.A, employer, { positions: 5 });
  await place(km.A, v3.id, `${Y1}-03-03`);
  const rejected = await propose(km.A, v3.id, (await newClient(km.A)).id);
  await km.A.patch(`/api/v1/proposals/${rejected.id}`, { status: 'rejected', rejectionReason: 'Geen match.' });
  const v4 = await newVacancy(wga.A, employer);
  await wga.A.post(`/api/v1/vacancies/${v4.id}/close`, { reason: 'vervuld' });
  await backdate(A, v4.id, `${Y1}-06-01`, `${Y1}-07-01`);

  // B (same region) in Y: v5 filled after 40 days; a placement that did not last.
  const v5 = await newVacancy(wga.B, employer, { positions: 3 });
  await place(km.B, v5.id, `${Y}-02-02`, false);
  await wga.B.post(`/api/v1/vacancies/${v5.id}/close`, { reason: 'vervuld' });
  await backdate(B, v5.id, `${Y}-05-01`, `${Y}-06-10`);

  // R (another region) in Y: must never count for AM28.
  const v6 = await newVacancy(wga.R, employer, { positions: 2 });
  await place(km.R, v6.id, `${Y}-01-12`, true);
  await wga.R.post(`/api/v1/vacancies/${v6.id}/close`, { reason: 'vervuld' });
  await backdate(R, v6.id, `${Y}-02-01`, `${Y}-02-05`);
});
afterAll(async () => t?.close());

describe('results per organisation', () => {
  it('counts the organisation’s own vacancies, placements and checks in the period', async () => {
    const ba = await world.agent('A', 'beleidsadviseur');
    const res = await ba.get(`/api/v1/results${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ level: 'organisation', from: `${Y}-01-01`, to: `${Y}-12-31`, regionCode: 'AM28' });
    expect(r.organisations).toHaveLength(1);
    expect(r.organisations[0]).toMatchObject({ organisationId: world.orgs.A.id, organisationName: world.orgs.A.name });
    expect(r.total).toEqual({
      vacanciesOpened: 2,
      vacanciesFilled: 2,
      medianDaysToFill: 15,
      proposals: 0,
      placements: 1,
      after6Months: { due: 1, checked: 1, stillWorking: 1 },
      after12Months: { due: 1, checked: 0, stillWorking: 0 },
    });
    expect(r.organisations[0].figures).toEqual(r.total);
  });

  it('another organisation gets its own figures, whoever asks', async () => {
    const r = (await (await world.agent('R', 'functioneel_beheerder')).get(`/api/v1/results${PERIOD}`)).json();
    expect(r.total).toMatchObject({
      vacanciesOpened: 1,
      vacanciesFilled: 1,
      medianDaysToFill: 4,
      placements: 1,
      after6Months: { due: 1, checked: 1, stillWorking: 1 },
    });
  });

  it('the period matters: the next year holds A’s other vacancy and placement; this year its proposals', async () => {
    const km = await world.agent('A', 'klantmanager');
    const r = (await km.get(`/api/v1/results?from=${Y1}-01-01&to=${Y1}-12-31`)).json();
    expect(r.total).toMatchObject({
      vacanciesOpened: 1,
      vacanciesFilled: 1,
      medianDaysToFill: 30,
      proposals: 0,
      placements: 1,
      after6Months: { due: 1, checked: 0, stillWorking: 0 },
    });
    const now = (await km.get('/api/v1/results')).json();
    expect(now.total).toMatchObject({ vacanciesOpened: 1, vacanciesFilled: 0, medianDaysToFill: null, proposals: 3, placements: 0 });
  });
});

describe('results per labour-market region', () => {
  it('adds up every organisation of the actor’s region and lists them; other regions stay out', async () => {
    const res = await (await world.agent('B', 'werkgeversadviseur')).get(`/api/v1/results${PERIOD}&level=region`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ level: 'region', regionCode: 'AM28' });
    expect(r.organisations.map((o: { organisationId: string }) => o.organisationId).sort()).toEqual(
      [world.orgs.A.id, world.orgs.B.id].sort(),
    );
    expect(r.total).toEqual({
      vacanciesOpened: 3,
      vacanciesFilled: 3,
      medianDaysToFill: 20,
      proposals: 0,
      placements: 2,
      after6Months: { due: 2, checked: 2, stillWorking: 1 },
      after12Months: { due: 2, checked: 0, stillWorking: 0 },
    });
    const b = r.organisations.find((o: { organisationId: string }) => o.organisationId === world.orgs.B.id);
    expect(b.figures).toMatchObject({
      vacanciesOpened: 1,
      vacanciesFilled: 1,
      medianDaysToFill: 40,
      placements: 1,
      after6Months: { due: 1, checked: 1, stillWorking: 0 },
    });
  });

  it('an organisation without a region cannot ask for region results (400 naming level)', async () => {
    const res = await (await world.agent('P', 'beleidsadviseur')).get(`/api/v1/results${PERIOD}&level=region`);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['level']);
  });
});

describe('aggregates only', () => {
  it('the policy adviser gets numbers, never a person: no names, BSNs or client ids in the JSON', async () => {
    for (const level of ['organisation', 'region']) {
      const res = await (await world.agent('A', 'beleidsadviseur')).get(`/api/v1/results${PERIOD}&level=${level}`);
      expect(res.statusCode).toBe(200);
      for (const s of [...surnames, ...bsns, ...clientIds]) expect(res.body).not.toContain(s);
    }
  });

  it('roles that do not report get 403; bad periods get 400 naming the field', async () => {
    expect((await (await world.agent('A', 'jobcoach')).get('/api/v1/results')).statusCode).toBe(403);
    expect((await (await world.agent('A', 'werkgever')).get('/api/v1/results')).statusCode).toBe(403);
    const ba = await world.agent('A', 'beleidsadviseur');
    const reversed = await ba.get('/api/v1/results?from=2026-06-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['to']);
    expect((await ba.get('/api/v1/results?from=2026-02-30')).json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['from']);
    expect((await ba.get('/api/v1/results?level=land')).statusCode).toBe(400);
  });

  it('without a period: from 1 January of this year up to today', async () => {
    const r = (await (await world.agent('A', 'beleidsadviseur')).get('/api/v1/results')).json();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(r).toMatchObject({ from: `${today.slice(0, 4)}-01-01`, to: today });
  });
});
