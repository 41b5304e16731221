import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { newId } from '../../../src/kernel/ids.ts';
import { inTenant } from '../../../src/platform/db/database.ts';
import { tasks } from '../../../src/modules/worklist/worklist.schema.ts';
import { addDays } from '../../../src/modules/worklist/worklist.rules.ts';
import { findUserByEmail } from '../../../src/modules/identity/index.ts';
import { createTestApp, type TestApp } from '../../harness.ts';
import { clientInput, createWorld, type World } from '../../factories.ts';

let t: TestApp;
let world: World;
const today = todayInAmsterdam();

async function newClient(org: 'A' | 'B' = 'A', surname = 'Jansen'): Promise<string> {
  const res = await (await world.agent(org, 'klantmanager')).post('/api/v1/clients', clientInput({ surname }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function createTask(org: 'A' | 'B' | 'R', role: 'klantmanager' | 'jobcoach', body: Record<string, unknown>) {
  return (await world.agent(org, role)).post('/api/v1/tasks', body);
}

async function taskFor(clientId: string, overrides: Record<string, unknown> = {}, org: 'A' | 'R' = 'A'): Promise<string> {
  const res = await createTask(org, 'klantmanager', {
    title: 'Terugbellen over de sollicitatie',
    dueOn: today,
    subject: { type: 'client', id: clientId },
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function listTitles(org: 'A' | 'B' | 'R', role: 'klantmanager' | 'jobcoach' | 'werkgeversadviseur', query = '') {
  const res = await (await world.agent(org, role)).get(`/api/v1/tasks${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { title: string }[]).map((i) => i.title);
}

async function userId(org: 'A' | 'B' | 'R', role: string): Promise<string> {
  return (await findUserByEmail(t.services.database.db, world.email(org, role as never)))!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t.services.database.db, t.app);
});
afterAll(async () => t?.close());

describe('tasks by hand', () => {
  it('lists the caller’s tasks soonest first, with the client’s name, and filters by due date and subject', async () => {
    const clientId = await newClient('A', 'Filtertest');
    await taskFor(clientId, { title: 'F: over tien dagen', dueOn: addDays(today, 10) });
    await taskFor(clientId, { title: 'F: morgen', dueOn: addDays(today, 1) });
    await taskFor(clientId, { title: 'F: vandaag', dueOn: today });
    await taskFor(clientId, { title: 'F: over een week', dueOn: addDays(today, 7) });
    // Overdue tasks cannot be made by hand (the date is in the past); a rule makes them, as here.
    const km = await userId('A', 'klantmanager');
    await inTenant(t.services.database.db, { organisationId: world.orgs.A.id, userId: null }, (tx) =>
      tx.insert(tasks).values({
        id: newId(),
        organisationId: world.orgs.A.id,
        assigneeUserId: km,
        subjectType: 'client',
        subjectId: clientId,
        clientId,
        title: 'F: gisteren',
        dueOn: addDays(today, -1),
        ruleId: 'test.regel',
        ruleKey: `test.regel:client:${clientId}:1`,
      }),
    );

    const all = (await listTitles('A', 'klantmanager')).filter((x) => x.startsWith('F:'));
    expect(all).toEqual(['F: gisteren', 'F: vandaag', 'F: morgen', 'F: over een week', 'F: over tien dagen']);
    expect((await listTitles('A', 'klantmanager', '?due=overdue')).filter((x) => x.startsWith('F:'))).toEqual(['F: gisteren']);
    expect((await listTitles('A', 'klantmanager', '?due=today')).filter((x) => x.startsWith('F:'))).toEqual(['F: vandaag']);
    expect((await listTitles('A', 'klantmanager', '?due=week')).filter((x) => x.startsWith('F:'))).toEqual([
      'F: morgen',
      'F: over een week',
    ]);
    expect((await listTitles('A', 'klantmanager', '?subjectType=vacancy')).filter((x) => x.startsWith('F:'))).toEqual([]);
    // The client file's timeline asks for one client's tasks only.
    const other = await newClient('A', 'Anderetest');
    await taskFor(other, { title: 'F: andere cliënt' });
    expect(await listTitles('A', 'klantmanager', `?clientId=${clientId}`)).toEqual(all);
    expect(await listTitles('A', 'klantmanager', `?clientId=${other}`)).toEqual(['F: andere cliënt']);

    const res = await (await world.agent('A', 'klantmanager')).get('/api/v1/tasks?due=today');
    const item = res.json().items.find((i: { title: string }) => i.title === 'F: vandaag');
    expect(item).toMatchObject({
      status: 'open',
      dueOn: today,
      subject: { type: 'client', id: clientId, label: null },
      client: { id: clientId, displayName: 'Fatima el Filtertest' },
      assignee: { kind: 'user', user: { id: km, name: 'klantmanager A' } },
      createdBy: { kind: 'user', user: { id: km } },
      closedAt: null,
    });
    expect(res.json().today).toBe(today);
  });

  it('refuses a bad filter, a past date, a missing title and an unknown field, naming each', async () => {
    const km = await world.agent('A', 'klantmanager');
    const bad = await km.get('/api/v1/tasks?due=gisteren');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['due']);
    const clientId = await newClient();
    const res = await km.post('/api/v1/tasks', { dueOn: addDays(today, -1), subject: { type: 'client', id: clientId }, kleur: 'rood' });
    expect(res.statusCode).toBe(400);
    const names = res
      .json()
      .invalidParams.map((p: { name: string }) => p.name)
      .sort();
    expect(names).toEqual(['dueOn', 'kleur', 'title']);
    expect(res.json().invalidParams.find((p: { name: string }) => p.name === 'dueOn').reason).toMatch(/verleden/);
  });

  it('makes a task only about a client file the organisation may see, and a vacancy it may see', async () => {
    const foreign = await newClient('B', 'Anders');
    const res = await createTask('A', 'klantmanager', { title: 'X', dueOn: today, subject: { type: 'client', id: foreign } });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([{ name: 'subject.id', code: 'unknown', reason: expect.stringMatching(/cliënt/) }]);

    const unknownVacancy = await createTask('A', 'klantmanager', { title: 'X', dueOn: today, subject: { type: 'vacancy', id: newId() } });
    expect(unknownVacancy.statusCode).toBe(400);
    expect(unknownVacancy.json().invalidParams[0].name).toBe('subject.id');

    const employer = await createTask('A', 'klantmanager', { title: 'X', dueOn: today, subject: { type: 'employer', id: newId() } });
    expect(employer.statusCode).toBe(400);
    expect(employer.json().invalidParams[0]).toMatchObject({ name: 'subject.type', code: 'not_manual' });

    // A role that does not handle client files makes no task about a client.
    const wga = await (
      await world.agent('A', 'werkgeversadviseur')
    ).post('/api/v1/tasks', {
      title: 'X',
      dueOn: today,
      subject: { type: 'client', id: await newClient() },
    });
    expect(wga.statusCode).toBe(403);
  });

  it('assigns to a colleague or a team of the own organisation only, and a client task only to who handles client files', async () => {
    const clientId = await newClient();
    const toOther = await createTask('A', 'klantmanager', {
      title: 'X',
      dueOn: today,
      subject: { type: 'client', id: clientId },
      assignee: { userId: await userId('B', 'klantmanager') },
    });
    expect(toOther.statusCode).toBe(400);
    expect(toOther.json().invalidParams[0]).toMatchObject({ name: 'assignee.userId', code: 'unknown' });

    const toWga = await createTask('A', 'klantmanager', {
      title: 'X',
      dueOn: today,
      subject: { type: 'client', id: clientId },
      assignee: { userId: await userId('A', 'werkgeversadviseur') },
    });
    expect(toWga.statusCode).toBe(400);
    expect(toWga.json().invalidParams[0]).toMatchObject({ name: 'assignee.userId', code: 'no_client_files' });

    const toWgaTeam = await createTask('A', 'klantmanager', {
      title: 'X',
      dueOn: today,
      subject: { type: 'client', id: clientId },
      assignee: { role: 'werkgeversadviseur' },
    });
    expect(toWgaTeam.statusCode).toBe(400);
    expect(toWgaTeam.json().invalidParams[0]).toMatchObject({ name: 'assignee.role', code: 'no_client_files' });

    const toJobcoach = await taskFor(clientId, { title: 'T: voor de jobcoach', assignee: { userId: await userId('A', 'jobcoach') } });
    const toTeam = await taskFor(clientId, { title: 'T: voor het team jobcoaches', assignee: { role: 'jobcoach' } });
    expect(await listTitles('A', 'jobcoach')).toEqual(expect.arrayContaining(['T: voor de jobcoach', 'T: voor het team jobcoaches']));
    // The maker does not see it in their own queue (it is not theirs), the other municipality never.
    expect(await listTitles('A', 'klantmanager')).not.toContain('T: voor de jobcoach');
    expect(await listTitles('B', 'jobcoach')).toEqual([]);
    const team = (await (await world.agent('A', 'jobcoach')).get('/api/v1/tasks'))
      .json()
      .items.find((i: { id: string }) => i.id === toTeam);
    expect(team.assignee).toEqual({ kind: 'team', role: 'jobcoach', label: 'Team jobcoach / trajectbegeleider' });
    // The maker may still close what they made; someone outside it gets 404.
    expect(
      (await (await world.agent('A', 'klantmanager')).post(`/api/v1/tasks/${toJobcoach}/cancel`, { reason: 'Dubbel' })).statusCode,
    ).toBe(200);
    expect((await (await world.agent('A', 'werkgeversadviseur')).post(`/api/v1/tasks/${toTeam}/complete`, {})).statusCode).toBe(404);
    expect((await (await world.agent('B', 'jobcoach')).post(`/api/v1/tasks/${toTeam}/complete`, {})).statusCode).toBe(404);
  });

  it('shows a task about a shared client file only while the file is shared', async () => {
    const km = await world.agent('A', 'klantmanager');
    const clientId = await newClient('A', 'Gedeeld');
    const consent = await km.post(`/api/v1/clients/${clientId}/consents`, { organisationId: world.orgs.R.id });
    expect(consent.statusCode).toBe(201);
    const id = await taskFor(clientId, { title: 'S: gedeeld dossier' }, 'R');
    expect(await listTitles('R', 'klantmanager')).toContain('S: gedeeld dossier');

    const withdrawn = await km.post(`/api/v1/clients/${clientId}/consents/${consent.json().id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await listTitles('R', 'klantmanager')).not.toContain('S: gedeeld dossier');
    expect((await (await world.agent('R', 'klantmanager')).post(`/api/v1/tasks/${id}/complete`, {})).statusCode).toBe(404);
  });
});

describe('completing and cancelling', () => {
  it('completes with a note and cancels only with a reason; a closed task cannot be closed again', async () => {
    const km = await world.agent('A', 'klantmanager');
    const clientId = await newClient();
    const a = await taskFor(clientId, { title: 'C: afronden' });
    const b = await taskFor(clientId, { title: 'C: annuleren' });

    const done = await km.post(`/api/v1/tasks/${a}/complete`, { note: 'Gebeld, afspraak staat.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', closingNote: 'Gebeld, afspraak staat.', closedBy: { name: 'klantmanager A' } });
    const again = await km.post(`/api/v1/tasks/${a}/complete`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/al afgerond/);

    const noReason = await km.post(`/api/v1/tasks/${b}/cancel`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['reason']);
    const cancelled = await km.post(`/api/v1/tasks/${b}/cancel`, { reason: 'Cliënt is verhuisd.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', closingNote: 'Cliënt is verhuisd.' });

    expect(await listTitles('A', 'klantmanager')).not.toContain('C: afronden');
    expect(await listTitles('A', 'klantmanager', '?status=done')).toContain('C: afronden');
    expect(await listTitles('A', 'klantmanager', '?status=cancelled')).toContain('C: annuleren');
  });

  it('completes several tasks all or nothing, naming each one that cannot be completed', async () => {
    const km = await world.agent('A', 'klantmanager');
    const clientId = await newClient();
    const open = [await taskFor(clientId, { title: 'B: een' }), await taskFor(clientId, { title: 'B: twee' })];
    const closed = await taskFor(clientId, { title: 'B: al klaar' });
    await km.post(`/api/v1/tasks/${closed}/complete`, {});
    const foreign = await taskFor(await newClient(), { title: 'B: van een ander', assignee: { userId: await userId('A', 'jobcoach') } });
    const otherOrg = await (
      await world.agent('B', 'klantmanager')
    ).post('/api/v1/tasks', { title: 'B: andere gemeente', dueOn: today, subject: { type: 'client', id: await newClient('B') } });

    const refused = await (
      await world.agent('A', 'jobcoach')
    ).post('/api/v1/tasks/complete', {
      taskIds: [foreign, ...open, otherOrg.json().id],
    });
    // The jobcoach may complete their own task, not the klantmanager's or another municipality's.
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('3 van de 4 taken kunnen niet worden afgerond; er is niets afgerond.');
    expect(refused.json().invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`)).toEqual([
      'taskIds.1:not_found',
      'taskIds.2:not_found',
      'taskIds.3:not_found',
    ]);
    expect(await listTitles('A', 'jobcoach')).toContain('B: van een ander');

    const withClosed = await km.post('/api/v1/tasks/complete', { taskIds: [...open, closed] });
    expect(withClosed.statusCode).toBe(409);
    expect(withClosed.json().invalidParams).toEqual([{ name: 'taskIds.2', code: 'not_open', reason: '“B: al klaar” is al afgerond.' }]);
    expect(await listTitles('A', 'klantmanager')).toEqual(expect.arrayContaining(['B: een', 'B: twee']));

    const ok = await km.post('/api/v1/tasks/complete', { taskIds: open, note: 'Samen afgehandeld.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().completed.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual(open.map((id) => [id, 'done']));
    expect(await listTitles('A', 'klantmanager')).not.toContain('B: een');

    const dup = await km.post('/api/v1/tasks/complete', { taskIds: [open[0], open[0]] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().invalidParams[0].name).toBe('taskIds');
  });
});
