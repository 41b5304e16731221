import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import { newApplication, newClient, newPlacement, PLACEMENT, proposedMeasure, REGULATION } from './factories.ts';

/**
 * Work First: the benefit application with the search period for under-27s, the placement, weekly
 * attendance with the measure it proposes under the regulation of that week, the klantmanager's decision,
 * the client's hearing in the portal, the diagnosis and the report.
 */
let t: TestApp;
let world: World;
let kmA: Agent;
let jcA: Agent;
let kmB: Agent;
let fbA: Agent;

const put = (agent: Agent, url: string, body: unknown) => agent.request('PUT', url, body);
const week = (clientId: string, placementId: string, weekStart: string) =>
  `/api/v1/clients/${clientId}/workfirst/placements/${placementId}/weeks/${weekStart}`;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
  jcA = await world.agent('A', 'jobcoach');
  kmB = await world.agent('B', 'klantmanager');
  fbA = await world.agent('A', 'functioneel_beheerder');
});
afterAll(async () => t?.close());

describe('the benefit application', () => {
  it('gives an under-27 the four-week search period, logged per week against the target', async () => {
    const clientId = await newClient(kmA, { dateOfBirth: '2001-12-20' }); // 24 when reporting
    const applicationId = await newApplication(kmA, clientId, '2026-11-04');
    const logged = await put(kmA, `/api/v1/clients/${clientId}/workfirst/applications/${applicationId}/search-weeks/2026-11-09`, {
      jobApplications: 3,
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const a = logged.json();
    expect(a).toMatchObject({ searchPeriod: true, searchPeriodEndsOn: '2026-12-02' });
    expect(a.searchWeeks).toEqual([
      { weekStart: '2026-11-02', jobApplications: null, target: 5, metTarget: null },
      { weekStart: '2026-11-09', jobApplications: 3, target: 5, metTarget: false },
      { weekStart: '2026-11-16', jobApplications: null, target: 5, metTarget: null },
      { weekStart: '2026-11-23', jobApplications: null, target: 5, metTarget: null },
    ]);
    const outside = await put(kmA, `/api/v1/clients/${clientId}/workfirst/applications/${applicationId}/search-weeks/2026-12-07`, {
      jobApplications: 5,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().invalidParams[0].name).toBe('weekStart');
  });

  it('has no search period from 27 on, and refuses a log for it (409)', async () => {
    const clientId = await newClient(kmA, { dateOfBirth: '1990-01-01' });
    const applicationId = await newApplication(kmA, clientId);
    const res = await put(kmA, `/api/v1/clients/${clientId}/workfirst/applications/${applicationId}/search-weeks/2026-11-02`, {
      jobApplications: 5,
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().invalidParams[0].name).toBe('applicationId');
  });

  it('records decision and outcome, and wants a decision date with a grant', async () => {
    const clientId = await newClient(kmA);
    const applicationId = await newApplication(kmA, clientId);
    const url = `/api/v1/clients/${clientId}/workfirst/applications/${applicationId}`;
    const noDate = await kmA.patch(url, { outcome: 'granted' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().invalidParams[0]).toMatchObject({ name: 'decidedOn', code: 'required' });
    const ok = await kmA.patch(url, { outcome: 'withdrawn', decidedOn: '2026-11-10' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ outcome: 'withdrawn', decidedOn: '2026-11-10' });
  });

  it('stays with the owning municipality: another municipality gets 404, the jobcoach may not register one', async () => {
    const clientId = await newClient(kmA);
    expect((await kmB.get(`/api/v1/clients/${clientId}/workfirst`)).statusCode).toBe(404);
    expect((await jcA.post(`/api/v1/clients/${clientId}/workfirst/applications`, { reportedOn: '2026-11-02' })).statusCode).toBe(403);
  });
});

describe('the placement and its weeks', () => {
  it('refuses fewer hours than the regulation asks, naming the field', async () => {
    const clientId = await newClient(kmA);
    const applicationId = await newApplication(kmA, clientId);
    const res = await kmA.post(`/api/v1/clients/${clientId}/workfirst/placements`, { ...PLACEMENT, applicationId, hoursPerWeek: 16 });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'hoursPerWeek', code: 'below_minimum' });
  });

  it('refuses hours present above planned and negative hours (400, the field named)', async () => {
    const clientId = await newClient(kmA);
    const placementId = await newPlacement(kmA, clientId);
    const above = await put(jcA, week(clientId, placementId, '2026-11-16'), { hoursPlanned: 24, hoursPresent: 26 });
    expect(above.statusCode).toBe(400);
    expect(above.json().invalidParams).toEqual([expect.objectContaining({ name: 'hoursPresent', code: 'above_planned' })]);
    const negative = await put(jcA, week(clientId, placementId, '2026-11-16'), { hoursPlanned: 24, hoursPresent: -2 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().invalidParams[0].name).toBe('hoursPresent');
    const notMonday = await put(jcA, week(clientId, placementId, '2026-11-18'), { hoursPlanned: 24, hoursPresent: 24 });
    expect(notMonday.json().invalidParams[0]).toMatchObject({ name: 'weekStart', code: 'not_monday' });
  });

  it('proposes no measure for a full week or excused absence', async () => {
    const clientId = await newClient(kmA);
    const placementId = await newPlacement(kmA, clientId);
    const res = await put(jcA, week(clientId, placementId, '2026-11-16'), { hoursPlanned: 24, hoursPresent: 16, absenceExcusedHours: 8 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ attendance: { hoursPresent: 16, absenceExcusedHours: 8 }, measure: null });
  });

  it('lists the week to register with what is registered', async () => {
    const clientId = await newClient(kmA, { firstName: 'Weekje', surnamePrefix: null, surname: 'Lijst' });
    const placementId = await newPlacement(kmA, clientId);
    await put(jcA, week(clientId, placementId, '2026-11-23'), { hoursPlanned: 24, hoursPresent: 24 });
    const res = await jcA.get('/api/v1/workfirst/attendance?week=2026-11-25');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().weekStart).toBe('2026-11-23');
    const row = res.json().rows.find((r: { placementId: string }) => r.placementId === placementId);
    expect(row).toMatchObject({ clientName: 'Weekje Lijst', attendance: { hoursPresent: 24 }, measure: null });
    const other = await (await world.agent('B', 'jobcoach')).get('/api/v1/workfirst/attendance?week=2026-11-25');
    expect(other.json().rows.some((r: { placementId: string }) => r.placementId === placementId)).toBe(false);
  });
});

describe('measures', () => {
  it('proposes one for absence without a valid reason, confirmed with a hearing the client answers in the portal', async () => {
    const clientId = await world.portalClientId();
    const { measureId } = await proposedMeasure(kmA, clientId);
    const client = await world.agent('A', 'werkzoekende');
    // A proposal is the klantmanager's; the client sees a measure once it is confirmed.
    expect((await client.get('/api/v1/portal/workfirst/measures')).json().some((m: { id: string }) => m.id === measureId)).toBe(false);

    const decide = `/api/v1/clients/${clientId}/workfirst/measures/${measureId}/decision`;
    const tooHigh = await kmA.post(decide, { decision: 'confirm', reason: 'Niet verschenen.', percent: 120 });
    expect(tooHigh.statusCode).toBe(409);
    expect(tooHigh.json().invalidParams[0]).toMatchObject({ name: 'percent', code: 'above_ceiling' });
    expect((await jcA.post(decide, { decision: 'confirm', reason: 'x' })).statusCode).toBe(403);

    const confirmed = await kmA.post(decide, { decision: 'confirm', reason: 'Niet verschenen, niet afgemeld.' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const today = todayInAmsterdam();
    expect(confirmed.json()).toMatchObject({
      status: 'confirmed',
      category: 'absence_first',
      percent: 20,
      durationMonths: 1,
      effectiveFrom: addDays(today, 14),
      hearingOpen: true,
    });

    const mine = (await client.get('/api/v1/portal/workfirst/measures')).json();
    expect(mine.find((m: { id: string }) => m.id === measureId)).toMatchObject({
      percent: 20,
      activity: PLACEMENT.activity,
      hearingOpen: true,
    });
    const answered = await client.post(`/api/v1/portal/workfirst/measures/${measureId}/response`, { response: 'Mijn kind was ziek.' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().clientResponse).toBe('Mijn kind was ziek.');

    // Another client's measure is not the client's to answer.
    const other = await proposedMeasure(kmA, await newClient(kmA));
    const notMine = await client.post(`/api/v1/portal/workfirst/measures/${other.measureId}/response`, { response: 'x' });
    expect(notMine.statusCode).toBe(403);

    // After the hearing the klantmanager may still drop it; the week's registration is fixed while it stands.
    const change = await put(kmA, week(clientId, confirmed.json().placementId, '2026-11-16'), { hoursPlanned: 24, hoursPresent: 24 });
    expect(change.statusCode).toBe(409);
    const dropped = await kmA.post(decide, { decision: 'drop', reason: 'Reactie aannemelijk: kind ziek.' });
    expect(dropped.json()).toMatchObject({ status: 'dropped', decisionReason: 'Reactie aannemelijk: kind ziek.', hearingOpen: false });
  });

  it('escalates a repeat and judges each week by the regulation then in force', async () => {
    const set = await put(fbA, '/api/v1/workfirst/regulations/2026-11-23', {
      ...REGULATION,
      ceilingPercent: 60,
      categories: {
        ...REGULATION.categories,
        absence_repeat: { percent: 40, durationMonths: 2 },
        absence_persistent: { percent: 60, durationMonths: 3 },
      },
    });
    expect(set.statusCode, set.body).toBe(200);
    const clientId = await newClient(kmA);
    const { placementId, measureId } = await proposedMeasure(kmA, clientId, '2026-11-16');
    const first = await kmA.post(`/api/v1/clients/${clientId}/workfirst/measures/${measureId}/decision`, {
      decision: 'confirm',
      reason: 'x',
    });
    expect(first.json()).toMatchObject({ percent: 20, regulationValidFrom: '2000-01-01' });
    const second = await put(jcA, week(clientId, placementId, '2026-11-23'), {
      hoursPlanned: 24,
      hoursPresent: 12,
      absenceUnexcusedHours: 12,
    });
    expect(second.json().measure).toMatchObject({
      category: 'absence_repeat',
      percent: 40,
      regulationValidFrom: '2026-11-23',
      status: 'proposed',
    });
    const above = await kmA.post(`/api/v1/clients/${clientId}/workfirst/measures/${second.json().measure.id}/decision`, {
      decision: 'confirm',
      reason: 'x',
      percent: 80,
    });
    expect(above.statusCode).toBe(409);

    // A correction before the decision withdraws the proposal.
    const corrected = await put(jcA, week(clientId, placementId, '2026-11-23'), {
      hoursPlanned: 24,
      hoursPresent: 12,
      absenceExcusedHours: 12,
    });
    expect(corrected.json().measure).toBeNull();
    const file = (await kmA.get(`/api/v1/clients/${clientId}/workfirst`)).json();
    expect(file.placements[0].measures.map((m: { status: string }) => m.status)).toEqual(['confirmed', 'dropped']);
  });

  it('refuses a regulation with a category above its ceiling, naming the field', async () => {
    const res = await put(fbA, '/api/v1/workfirst/regulations/2027-01-01', {
      ...REGULATION,
      ceilingPercent: 30,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'categories.absence_repeat.percent',
      'categories.absence_persistent.percent',
    ]);
  });
});

describe('the diagnosis', () => {
  it('records what the person can do, limitations only with consent', async () => {
    const clientId = await newClient(kmA);
    const placementId = await newPlacement(kmA, clientId);
    const url = `/api/v1/clients/${clientId}/workfirst/placements/${placementId}/diagnosis`;
    const base = {
      hoursPerWeekFeasible: 28,
      workHabits: 'Altijd op tijd, neemt initiatief',
      skillsSeen: 'Heftruck, samenwerken',
      advice: 'work',
      ladderRung: 5,
    };
    const noConsent = await put(jcA, url, { ...base, limitations: 'Rug: niet tillen' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().invalidParams[0]).toMatchObject({ name: 'limitations', code: 'no_consent' });
    const ok = await put(jcA, url, { ...base, limitations: 'Rug: niet tillen', limitationsConsent: true });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().diagnosis).toMatchObject({ hoursPerWeekFeasible: 28, limitations: 'Rug: niet tillen', advice: 'work', ladderRung: 5 });
  });
});

describe('the report', () => {
  it('counts per period and suppresses counts under 10', async () => {
    const km = await world.agent('B', 'klantmanager');
    for (let i = 0; i < 12; i++) {
      const clientId = await newClient(km);
      const applicationId = await newApplication(km, clientId, '2025-03-03');
      const outcome =
        i < 10
          ? { outcome: 'withdrawn', decidedOn: '2025-03-10' }
          : { outcome: 'granted', decidedOn: '2025-03-20', workStartedOn: '2025-05-01' };
      expect((await km.patch(`/api/v1/clients/${clientId}/workfirst/applications/${applicationId}`, outcome)).statusCode).toBe(200);
    }
    const res = await (await world.agent('B', 'beleidsadviseur')).get('/api/v1/workfirst/report?from=2025-01-01&to=2025-12-31');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      applications: 12,
      withdrawn: 10,
      notPursued: 0,
      started: 0,
      outflowToWorkWithin3Months: null,
      suppressedBelow: 10,
    });
    const other = await (await world.agent('A', 'beleidsadviseur')).get('/api/v1/workfirst/report?from=2025-01-01&to=2025-12-31');
    expect(other.json().applications).toBe(0);
  });
});

describe('task rules', () => {
  const openTasks = async (clientId: string) =>
    (await kmA.get(`/api/v1/tasks?status=open&clientId=${clientId}`)).json().items as { title: string; dueOn: string }[];
  const run = (today: string) => t.services.worklist.runRules({ today, organisationIds: [world.orgs.A.id] });

  it('asks the klantmanager for last week’s attendance until it is registered, once per week', async () => {
    const clientId = await newClient(kmA);
    const placementId = await newPlacement(kmA, clientId);
    await run('2026-11-25');
    expect((await openTasks(clientId)).filter((x) => x.title === 'Work First: aanwezigheid vorige week registreren')).toEqual([
      expect.objectContaining({ dueOn: '2026-11-25' }),
    ]);
    expect((await run('2026-11-25')).created).toBe(0);
    await put(jcA, week(clientId, placementId, '2026-11-16'), { hoursPlanned: 24, hoursPresent: 24 });
    await run('2026-11-25');
    expect(await openTasks(clientId)).toEqual([]);
  });

  it('reminds of a measure whose client responded during the hearing', async () => {
    const clientId = await world.portalClientId();
    const { measureId } = await proposedMeasure(kmA, clientId, '2026-11-23');
    await kmA.post(`/api/v1/clients/${clientId}/workfirst/measures/${measureId}/decision`, {
      decision: 'confirm',
      reason: 'Niet verschenen.',
    });
    const client = await world.agent('A', 'werkzoekende');
    await client.post(`/api/v1/portal/workfirst/measures/${measureId}/response`, { response: 'Ik had een sollicitatiegesprek.' });
    await run(todayInAmsterdam());
    expect((await openTasks(clientId)).map((x) => x.title)).toContain('Maatregel: reactie van de cliënt beoordelen');
  });
});
