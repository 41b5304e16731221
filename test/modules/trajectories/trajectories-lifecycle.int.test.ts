import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { newInstrument, newTrajectoryClient, startTrajectory, trajectoryInput, newAssignment } from './factories.ts';
import { AppError } from '../../../src/kernel/errors.ts';
import { inTenant } from '../../../src/platform/db/database.ts';
import type { Actor } from '../../../src/platform/http/access.ts';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';

/**
 * The instrument catalogue and a trajectory's life: started with the ladder rung before, closed with an
 * outcome and the rung after, progress in between; bad input named per field, nothing half-written; and
 * the two hooks the PRB module uses inside its own transaction.
 */

let t: TestApp;
let world: World;
let km: Agent;
let jc: Agent;
let fb: Agent;
let kmB: Agent;
let fbB: Agent;
let instrumentId: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  jc = await world.agent('A', 'jobcoach');
  fb = await world.agent('A', 'functioneel_beheerder');
  kmB = await world.agent('B', 'klantmanager');
  fbB = await world.agent('B', 'functioneel_beheerder');
  instrumentId = (await newInstrument(fb, { name: 'Jobcoaching Eindhoven', kind: 'job_coaching', cbsCategory: 'jobcoaching' })).id;
});
afterAll(async () => t?.close());

function invalidNames(res: { json(): { invalidParams?: { name: string; code: string }[] } }): string[] {
  return (res.json().invalidParams ?? []).map((p) => `${p.name}:${p.code}`);
}

async function assess(clientId: string, rung: number, assessedOn: string) {
  const res = await km.post(`/api/v1/clients/${clientId}/ladder-assessments`, { rung, growthPotential: Math.max(rung, 5), assessedOn });
  expect(res.statusCode, res.body).toBe(201);
}

describe('instrument catalogue', () => {
  it('the functioneel beheerder adds an instrument; the name is unique within the organisation only', async () => {
    const res = await fb.post('/api/v1/instruments', {
      name: 'Work First Eindhoven',
      kind: 'work_first',
      cbsCategory: 'participatieplaats',
      description: '6 weken, 20 uur per week.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Work First Eindhoven',
      kind: 'work_first',
      cbsCategory: 'participatieplaats',
      description: '6 weken, 20 uur per week.',
      active: true,
      organisationId: world.orgs.A.id,
    });

    const again = await fb.post('/api/v1/instruments', { name: 'Work First Eindhoven', kind: 'training' });
    expect(again.statusCode).toBe(409);
    expect(invalidNames(again)).toEqual(['name:duplicate']);
    expect((await fbB.post('/api/v1/instruments', { name: 'Work First Eindhoven', kind: 'work_first' })).statusCode).toBe(201);
  });

  it('lists only the own catalogue, without inactive instruments unless asked; beheer can deactivate and rename', async () => {
    const mine = await newInstrument(fb, { name: 'Schuldhulp op maat', kind: 'debt_support', cbsCategory: null });
    const theirs = await newInstrument(fbB, { name: 'Tilburgse taaltraining' });
    const names = async (query = '') => (await km.get(`/api/v1/instruments${query}`)).json<{ name: string }[]>().map((i) => i.name);
    expect(await names()).toContain('Schuldhulp op maat');
    expect(await names()).not.toContain('Tilburgse taaltraining');

    const patched = await fb.patch(`/api/v1/instruments/${mine.id}`, {
      active: false,
      name: 'Schuldhulp op maat (oud)',
      description: 'Vervangen.',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      active: false,
      name: 'Schuldhulp op maat (oud)',
      description: 'Vervangen.',
      kind: 'debt_support',
    });
    expect(await names()).not.toContain('Schuldhulp op maat (oud)');
    expect(await names('?includeInactive=true')).toContain('Schuldhulp op maat (oud)');

    expect((await fb.patch(`/api/v1/instruments/${theirs.id}`, { active: false })).statusCode).toBe(404);
    expect((await fbB.get('/api/v1/instruments')).json().find((i: { id: string }) => i.id === theirs.id)).toMatchObject({ active: true });
  });

  it('refuses an unknown kind or CBS category and a change of kind, naming the field', async () => {
    expect(invalidNames(await fb.post('/api/v1/instruments', { name: 'X', kind: 'magic' }))).toEqual(['kind:invalid_value']);
    expect(invalidNames(await fb.post('/api/v1/instruments', { name: 'X', kind: 'training', cbsCategory: 'cursus' }))).toEqual([
      'cbsCategory:invalid_value',
    ]);
    expect(invalidNames(await fb.post('/api/v1/instruments', { name: '  ', kind: 'training' }))).toEqual(['name:required']);
    expect(invalidNames(await fb.patch(`/api/v1/instruments/${instrumentId}`, { kind: 'training' }))).toEqual(['kind:unknown_field']);
  });
});

describe('starting and closing: the rung before and after', () => {
  it('takes the latest assessment on or before the start, and on or before the end', async () => {
    const c = await newTrajectoryClient(km);
    await assess(c.id, 2, '2025-01-10');
    await assess(c.id, 3, '2025-02-20');
    const started = await startTrajectory(
      km,
      c.id,
      trajectoryInput(instrumentId, { startDate: '2025-03-01', plannedEndDate: '2025-09-30', cost: '2500,00', goalRung: 5 }),
    );
    expect(started).toMatchObject({
      clientId: c.id,
      clientDisplayName: c.displayName,
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      instrument: { id: instrumentId, name: 'Jobcoaching Eindhoven', kind: 'job_coaching', cbsCategory: 'jobcoaching' },
      provider: null,
      assignmentId: null,
      prbParticipantId: null,
      startDate: '2025-03-01',
      plannedEndDate: '2025-09-30',
      costCents: 250_000,
      goalRung: 5,
      rungBefore: 3,
      rungAfter: null,
      status: 'running',
      endDate: null,
      outcome: null,
      version: 1,
    });
    // Assessments during the trajectory: the one after the end date does not count.
    await assess(c.id, 4, '2025-05-01');
    await assess(c.id, 5, '2025-09-15');
    await assess(c.id, 6, '2025-10-20');
    const closed = await km.post(`/api/v1/trajectories/${started.id}/close`, {
      endDate: '2025-09-30',
      outcome: 'work',
      hoursPerWeek: 32,
      contractType: 'temporary',
      reason: 'Orderpicker bij DC Eindhoven.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      endDate: '2025-09-30',
      outcome: 'work',
      outcomeHours: 32,
      outcomeContractType: 'temporary',
      outcomeReason: 'Orderpicker bij DC Eindhoven.',
      rungBefore: 3,
      rungAfter: 5,
      version: 2,
    });
    expect((await jc.get(`/api/v1/trajectories/${started.id}`)).json()).toEqual(closed.json());
    expect((await km.get(`/api/v1/clients/${c.id}/trajectories`)).json()).toEqual([closed.json()]);
  });

  it('counts an assessment on the start day itself, and leaves the rungs empty without assessments', async () => {
    const c = await newTrajectoryClient(km);
    await assess(c.id, 2, '2025-04-01');
    expect((await startTrajectory(km, c.id, trajectoryInput(instrumentId, { startDate: '2025-04-01' }))).rungBefore).toBe(2);
    expect((await startTrajectory(km, c.id, trajectoryInput(instrumentId, { startDate: '2025-03-31' }))).rungBefore).toBeNull();

    const bare = await newTrajectoryClient(km);
    const tr = await startTrajectory(km, bare.id, trajectoryInput(instrumentId, { cost: 0 }));
    expect(tr).toMatchObject({ rungBefore: null, costCents: 0 });
    const closed = await km.post(`/api/v1/trajectories/${tr.id}/close`, {
      endDate: '2025-06-01',
      outcome: 'dropped_out',
      reason: 'Verhuisd naar Tilburg.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      outcome: 'dropped_out',
      outcomeReason: 'Verhuisd naar Tilburg.',
      outcomeHours: null,
      outcomeContractType: null,
      rungAfter: null,
    });
  });

  it('closing twice is a 409 and leaves the first outcome', async () => {
    const c = await newTrajectoryClient(km);
    const tr = await startTrajectory(km, c.id, trajectoryInput(instrumentId));
    expect((await km.post(`/api/v1/trajectories/${tr.id}/close`, { endDate: '2025-06-01', outcome: 'education' })).statusCode).toBe(200);
    const again = await km.post(`/api/v1/trajectories/${tr.id}/close`, { endDate: '2025-07-01', outcome: 'no_result' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('al afgesloten');
    expect((await km.get(`/api/v1/trajectories/${tr.id}`)).json()).toMatchObject({
      outcome: 'education',
      endDate: '2025-06-01',
      version: 2,
    });
  });

  it('lists the organisation’s trajectories by status, newest start first, with paging', async () => {
    const c = await newTrajectoryClient(km);
    const a = await startTrajectory(km, c.id, trajectoryInput(instrumentId, { startDate: '2020-01-01', plannedEndDate: '2020-02-01' }));
    const b = await startTrajectory(km, c.id, trajectoryInput(instrumentId, { startDate: '2020-01-02', plannedEndDate: '2020-02-01' }));
    await km.post(`/api/v1/trajectories/${a.id}/close`, { endDate: '2020-02-01', outcome: 'no_result' });
    const running = (await km.get('/api/v1/trajectories?status=running&pageSize=100')).json();
    expect(running.items.every((x: { status: string }) => x.status === 'running')).toBe(true);
    expect(running.items.map((x: { id: string }) => x.id)).toContain(b.id);
    expect(running.items.map((x: { id: string }) => x.id)).not.toContain(a.id);
    const all = (await km.get('/api/v1/trajectories?pageSize=100')).json();
    expect(all.total).toBe(all.items.length);
    const starts = all.items.map((x: { startDate: string }) => x.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
    const page2 = (await km.get('/api/v1/trajectories?pageSize=1&page=2')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 1, total: all.total, items: [all.items[1]] });
    // Another municipality sees none of them.
    expect((await kmB.get('/api/v1/trajectories?pageSize=100')).json().items).toEqual([]);
    expect((await kmB.get(`/api/v1/trajectories/${b.id}`)).statusCode).toBe(404);
  });
});

describe('bad input is named per field, and nothing is written', () => {
  let clientId: string;
  beforeAll(async () => {
    clientId = (await newTrajectoryClient(km)).id;
  });
  const count = async () => (await km.get(`/api/v1/clients/${clientId}/trajectories`)).json().length as number;

  it('start: dates, cost, goal rung and missing fields', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ plannedEndDate: '2025-02-28' }, ['plannedEndDate:before_start']],
      [{ cost: '-5' }, ['cost:not_positive']],
      [{ cost: '12,345' }, ['cost:too_many_decimals']],
      [{ cost: 'veel' }, ['cost:invalid_amount']],
      [{ goalRung: 7 }, ['goalRung:too_big']],
      [{ startDate: '2025-02-30' }, ['startDate:invalid_date']],
      [{ instrumentId: undefined }, ['instrumentId:required']],
      [{ providerOrganisationId: 'x' }, ['providerOrganisationId:invalid_format']],
    ];
    for (const [overrides, names] of cases) {
      const res = await km.post(`/api/v1/clients/${clientId}/trajectories`, trajectoryInput(instrumentId, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(invalidNames(res), JSON.stringify(overrides)).toEqual(names);
    }
    expect(await count()).toBe(0);
  });

  it('start: the instrument must be an active one of the own catalogue; the provider another organisation', async () => {
    const inactive = await newInstrument(fb, { name: `Oud instrument ${Date.now()}` });
    await fb.patch(`/api/v1/instruments/${inactive.id}`, { active: false });
    const foreign = await newInstrument(fbB);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ instrumentId: inactive.id }, ['instrumentId:inactive']],
      [{ instrumentId: foreign.id }, ['instrumentId:unknown']],
      [{ instrumentId: '00000000-0000-4000-8000-000000000001' }, ['instrumentId:unknown']],
      [{ providerOrganisationId: world.orgs.A.id }, ['providerOrganisationId:own_organisation']],
      [{ providerOrganisationId: world.orgs.P.id }, ['providerOrganisationId:not_a_provider']],
      [{ providerOrganisationId: '00000000-0000-4000-8000-000000000002' }, ['providerOrganisationId:unknown']],
      [
        { instrumentId: foreign.id, providerOrganisationId: world.orgs.A.id },
        ['instrumentId:unknown', 'providerOrganisationId:own_organisation'],
      ],
    ];
    for (const [overrides, names] of cases) {
      const res = await km.post(`/api/v1/clients/${clientId}/trajectories`, trajectoryInput(instrumentId, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(invalidNames(res), JSON.stringify(overrides)).toEqual(names);
    }
    expect(await count()).toBe(0);
  });

  it('start: the assignment must be the own organisation’s, to that provider, with the start in its period', async () => {
    const own = await newAssignment(km, world.orgs.R.id, { periodStart: '2025-01-01', periodEnd: '2025-06-30' });
    const foreign = await newAssignment(kmB, world.orgs.R.id);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ assignmentId: foreign.id }, ['assignmentId:unknown']],
      [{ assignmentId: own.id, providerOrganisationId: world.orgs.B.id }, ['assignmentId:other_provider']],
      [{ assignmentId: own.id, startDate: '2025-07-01', plannedEndDate: '2025-09-01' }, ['startDate:outside_assignment_period']],
      [{ assignmentId: own.id, startDate: '2024-12-31' }, ['startDate:outside_assignment_period']],
    ];
    for (const [overrides, names] of cases) {
      const res = await km.post(`/api/v1/clients/${clientId}/trajectories`, trajectoryInput(instrumentId, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(invalidNames(res), JSON.stringify(overrides)).toEqual(names);
    }
    expect(await count()).toBe(0);
    // The refused starts did not assign the client to the provider either.
    expect((await km.get(`/api/v1/provider-assignments/${own.id}`)).json().clients).toEqual([]);
  });

  it('close: end date, outcome details and reason', async () => {
    const tr = await startTrajectory(km, clientId, trajectoryInput(instrumentId, { startDate: '2025-03-01' }));
    const cases: [Record<string, unknown>, string[]][] = [
      [{ endDate: '2025-02-28', outcome: 'no_result' }, ['endDate:before_start']],
      [{ endDate: '2025-06-01', outcome: 'work' }, ['hoursPerWeek:required', 'contractType:required']],
      [{ endDate: '2025-06-01', outcome: 'work', hoursPerWeek: 20 }, ['contractType:required']],
      [{ endDate: '2025-06-01', outcome: 'work', hoursPerWeek: 61, contractType: 'permanent' }, ['hoursPerWeek:too_big']],
      [{ endDate: '2025-06-01', outcome: 'work', hoursPerWeek: 20, contractType: 'zzp' }, ['contractType:invalid_value']],
      [{ endDate: '2025-06-01', outcome: 'dropped_out' }, ['reason:required']],
      [{ endDate: '2025-06-01', outcome: 'dropped_out', reason: '   ' }, ['reason:required']],
      [{ endDate: '2025-06-01', outcome: 'education', hoursPerWeek: 20 }, ['hoursPerWeek:not_applicable']],
      [{ endDate: '2025-06-01', outcome: 'gelukt' }, ['outcome:invalid_value']],
      [{ endDate: '2999-01-01', outcome: 'no_result' }, ['endDate:date_in_future']],
      [{ outcome: 'no_result' }, ['endDate:required']],
    ];
    for (const [body, names] of cases) {
      const res = await km.post(`/api/v1/trajectories/${tr.id}/close`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(invalidNames(res), JSON.stringify(body)).toEqual(names);
    }
    expect((await km.get(`/api/v1/trajectories/${tr.id}`)).json()).toMatchObject({
      status: 'running',
      outcome: null,
      endDate: null,
      version: 1,
    });
  });

  it('progress: a date before the start, empty text, and a closed trajectory', async () => {
    const tr = await startTrajectory(km, clientId, trajectoryInput(instrumentId, { startDate: '2025-03-01' }));
    expect(
      invalidNames(await jc.post(`/api/v1/trajectories/${tr.id}/progress-reports`, { reportedOn: '2025-02-01', text: 'Gestart.' })),
    ).toEqual(['reportedOn:before_start']);
    expect(invalidNames(await jc.post(`/api/v1/trajectories/${tr.id}/progress-reports`, { reportedOn: '2025-03-02', text: ' ' }))).toEqual([
      'text:required',
    ]);
    expect(
      invalidNames(await jc.post(`/api/v1/trajectories/${tr.id}/progress-reports`, { reportedOn: '2999-03-02', text: 'Later.' })),
    ).toEqual(['reportedOn:date_in_future']);
    expect((await km.get(`/api/v1/trajectories/${tr.id}/progress-reports`)).json()).toEqual([]);
    await km.post(`/api/v1/trajectories/${tr.id}/close`, { endDate: '2025-04-01', outcome: 'no_result' });
    expect(
      (await jc.post(`/api/v1/trajectories/${tr.id}/progress-reports`, { reportedOn: '2025-04-02', text: 'Na afloop.' })).statusCode,
    ).toBe(409);
  });
});

describe('progress reports', () => {
  it('case manager and job coach report; the list is newest first with author and organisation', async () => {
    const c = await newTrajectoryClient(km);
    const tr = await startTrajectory(km, c.id, trajectoryInput(instrumentId, { startDate: '2025-03-01' }));
    const first = await jc.post(`/api/v1/trajectories/${tr.id}/progress-reports`, {
      reportedOn: '2025-03-15',
      text: '  Eerste gesprek gevoerd; komt afspraken na.  ',
    });
    expect(first.statusCode, first.body).toBe(201);
    const jcUser = (await jc.get('/api/v1/sessions/current')).json().user;
    expect(first.json()).toMatchObject({
      trajectoryId: tr.id,
      reportedOn: '2025-03-15',
      text: 'Eerste gesprek gevoerd; komt afspraken na.',
      author: { id: jcUser.id, name: jcUser.name },
      authorOrganisation: { id: world.orgs.A.id, name: world.orgs.A.name },
    });
    const second = await km.post(`/api/v1/trajectories/${tr.id}/progress-reports`, {
      reportedOn: todayInAmsterdam(),
      text: 'Stage bij de kringloopwinkel.',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect((await jc.get(`/api/v1/trajectories/${tr.id}/progress-reports`)).json()).toEqual([second.json(), first.json()]);
    expect((await kmB.get(`/api/v1/trajectories/${tr.id}/progress-reports`)).statusCode).toBe(404);
    expect((await kmB.post(`/api/v1/trajectories/${tr.id}/progress-reports`, { reportedOn: '2025-03-16', text: 'x' })).statusCode).toBe(
      404,
    );
  });
});

describe('the hooks the PRB module calls inside its transaction', () => {
  async function actorOf(agent: Agent): Promise<Actor> {
    const s = (await agent.get('/api/v1/sessions/current')).json();
    return {
      userId: s.user.id,
      name: s.user.name,
      email: s.user.email,
      organisationId: s.user.organisation.id,
      organisationName: s.user.organisation.name,
      organisationKind: s.user.organisation.kind,
      roles: s.user.roles,
      csrfToken: s.csrfToken,
      sessionTokenHash: 'n/a',
      sessionExpiresAt: new Date(s.expiresAt),
    };
  }
  const inTx = <T>(actor: Actor, fn: (tx: Parameters<Parameters<typeof inTenant>[2]>[0]) => Promise<T>) =>
    inTenant(t.services.database.db, { organisationId: actor.organisationId, userId: actor.userId }, fn);

  it('startInTransaction starts a PRB trajectory with the rung before; setCostInTransaction keeps its cost', async () => {
    const actor = await actorOf(km);
    const c = await newTrajectoryClient(km);
    await assess(c.id, 2, '2024-09-01');
    const participantId = '11111111-1111-4111-8111-111111111111';
    const s = t.services.trajectories;
    const id = await inTx(actor, (tx) =>
      s.startInTransaction(tx, actor, c.id, {
        instrumentId,
        startDate: '2024-10-01',
        plannedEndDate: '2025-09-30',
        costCents: 0,
        goalRung: 5,
        prbParticipantId: participantId,
      }),
    );
    expect((await km.get(`/api/v1/trajectories/${id}`)).json()).toMatchObject({
      clientId: c.id,
      prbParticipantId: participantId,
      provider: null,
      costCents: 0,
      goalRung: 5,
      rungBefore: 2,
      status: 'running',
      version: 1,
    });
    await inTx(actor, (tx) => s.setCostInTransaction(tx, id, 123_456));
    expect((await km.get(`/api/v1/trajectories/${id}`)).json()).toMatchObject({ costCents: 123_456, version: 2 });

    // Another municipality cannot touch it: 404, and the cost stays.
    const other = await actorOf(kmB);
    await expect(inTx(other, (tx) => s.setCostInTransaction(tx, id, 1))).rejects.toMatchObject({ code: 'not_found' });
    expect((await km.get(`/api/v1/trajectories/${id}`)).json().costCents).toBe(123_456);

    // A closed trajectory's cost no longer moves (an approval racing with the close is refused whole).
    const closed = await km.post(`/api/v1/trajectories/${id}/close`, { endDate: '2025-06-30', outcome: 'no_result' });
    expect(closed.statusCode, closed.body).toBe(200);
    await expect(inTx(actor, (tx) => s.setCostInTransaction(tx, id, 200_000))).rejects.toMatchObject({ code: 'conflict' });
    expect((await km.get(`/api/v1/trajectories/${id}`)).json().costCents).toBe(123_456);
  });

  it('startInTransaction refuses a planned end before the start, a foreign instrument and a foreign client', async () => {
    const actor = await actorOf(km);
    const c = await newTrajectoryClient(km);
    const s = t.services.trajectories;
    const base = {
      instrumentId,
      startDate: '2024-10-01',
      plannedEndDate: '2025-09-30',
      costCents: 0,
      goalRung: 4,
      prbParticipantId: '22222222-2222-4222-8222-222222222222',
    };
    const err = await inTx(actor, (tx) => s.startInTransaction(tx, actor, c.id, { ...base, plannedEndDate: '2024-09-30' })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).invalidParams.map((p) => p.name)).toEqual(['plannedEndDate']);
    const foreignInstrument = (await newInstrument(fbB)).id;
    const err2 = await inTx(actor, (tx) => s.startInTransaction(tx, actor, c.id, { ...base, instrumentId: foreignInstrument })).catch(
      (e: unknown) => e,
    );
    expect((err2 as AppError).invalidParams.map((p) => p.name)).toEqual(['instrumentId']);
    const clientOfB = await newTrajectoryClient(kmB);
    await expect(inTx(actor, (tx) => s.startInTransaction(tx, actor, clientOfB.id, base))).rejects.toMatchObject({ code: 'not_found' });
    expect((await km.get(`/api/v1/clients/${c.id}/trajectories`)).json()).toEqual([]);
  });
});
