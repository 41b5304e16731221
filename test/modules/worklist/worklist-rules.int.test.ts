import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { JobQueue } from '../../../src/platform/jobs/queue.ts';
import { JobWorker } from '../../../src/platform/jobs/worker.ts';
import { amsterdamInstant } from '../../../src/platform/jobs/schedule.ts';
import { addMonths } from '../../../src/modules/placements/placements.rules.ts';
import { addDays } from '../../../src/modules/worklist/worklist.rules.ts';
import { worklistJobs } from '../../../src/modules/worklist/worklist.jobs.ts';
import { findUserByEmail } from '../../../src/modules/identity/index.ts';
import { Agent, type TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import { createEmployer, newClient, newVacancy, PLACEMENT, propose, seedReference } from '../vacancies/factories.ts';

let t: TestApp;
let world: World;
let km: Agent;
let employerId: string;
const today = todayInAmsterdam();

interface ListedTask {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  subject: { type: string; id: string };
  client: { id: string; displayName: string } | null;
  assignee: { kind: string; user?: { id: string }; role?: string };
  createdBy: { kind: string; ruleId?: string; label?: string };
  closedBy: unknown;
  closingNote: string | null;
}

/** A client of A placed by A's klantmanager, the work starting on `startDate`. */
async function placement(startDate: string, surname: string): Promise<{ proposalId: string; clientId: string }> {
  const client = await newClient(km, { surname });
  const vacancy = await newVacancy(await world.agent('A', 'werkgeversadviseur'), employerId);
  const proposal = await propose(km, vacancy.id, client.id);
  const placed = await km.patch(`/api/v1/proposals/${proposal.id}`, { status: 'placed', placement: { ...PLACEMENT, startDate } });
  expect(placed.statusCode, placed.body).toBe(200);
  return { proposalId: proposal.id, clientId: client.id };
}

async function tasksAbout(proposalId: string, status = 'open', agent: Agent = km): Promise<ListedTask[]> {
  const res = await agent.get(`/api/v1/tasks?status=${status}&subjectType=placement_proposal`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as ListedTask[]).filter((x) => x.subject.id === proposalId);
}

const runA = (day = today) => t.services.worklist.runRules({ today: day, organisationIds: [world.orgs.A.id] });

beforeAll(async () => {
  ({ t, world } = await openTestWorld({}, { beforeOpen: seedReference }));
  km = await world.agent('A', 'klantmanager');
  employerId = (await createEmployer(t.services.database.db, world.orgs.A.id)).id;
});
afterAll(async () => t?.close());

describe('the placement-check task rule', () => {
  it('gives the klantmanager a task 14 days before the 6-month check is due, and generating again makes nothing new', async () => {
    // The 6-month check falls due 14 days from today.
    const start = addMonths(addDays(today, 14), -6);
    const { proposalId, clientId } = await placement(start, 'Veertien');
    const due = addMonths(start, 6);

    // A day before the lead time nothing is due yet.
    expect((await runA(addDays(today, -1))).created).toBe(0);
    const first = await runA();
    expect(first.created).toBe(1);
    const [task, ...more] = await tasksAbout(proposalId);
    expect(more).toEqual([]);
    const kmId = (await findUserByEmail(t.services.database.db, world.email('A', 'klantmanager')))!.id;
    expect(task).toMatchObject({
      title: 'Plaatsingscheck na 6 maanden',
      dueOn: due,
      client: { id: clientId, displayName: 'Fatima el Veertien' },
      assignee: { kind: 'user', user: { id: kmId } },
      createdBy: { kind: 'rule', ruleId: 'placements.check', label: 'Regel: plaatsingscheck na 6 en 12 maanden' },
    });
    expect((await km.get(`/api/v1/tasks?due=week`)).json().items.map((x: ListedTask) => x.id)).not.toContain(task!.id);

    // Idempotent: the same day again, and the whole installation again, add nothing and close nothing.
    expect(await runA()).toEqual({ organisations: 1, created: 0, closed: 0 });
    const everyone = await t.services.worklist.runRules({ today });
    expect(everyone).toMatchObject({ created: 0, closed: 0 });
    expect(everyone.organisations).toBeGreaterThanOrEqual(4);
    expect(await tasksAbout(proposalId)).toHaveLength(1);
    // Other organisations never see it.
    expect(await tasksAbout(proposalId, 'open', await world.agent('B', 'klantmanager'))).toEqual([]);
  });

  it('closes the task by itself when the check is recorded, within the same minute through the job queue', async () => {
    // Six months and three days ago: the check is overdue and can be recorded.
    const start = addDays(addMonths(today, -6), -3);
    const { proposalId } = await placement(start, 'Nagegaan');
    await runA();
    const [task] = await tasksAbout(proposalId);
    expect(task).toMatchObject({ title: 'Plaatsingscheck na 6 maanden', dueOn: addMonths(start, 6) });
    expect((await km.get('/api/v1/tasks?due=overdue')).json().items.map((x: ListedTask) => x.id)).toContain(task!.id);

    const check = await km.post(`/api/v1/proposals/${proposalId}/checks`, { months: 6, checkedOn: today, stillWorking: true });
    expect(check.statusCode, check.body).toBe(201);
    // Recording the check asked for a run of A's rules; a worker picks it up.
    const ran = await new JobWorker(t.services.database.db, t.services.jobs).drain();
    expect(ran.done).toBeGreaterThanOrEqual(1);
    expect(await tasksAbout(proposalId)).toEqual([]);
    const [closed] = await tasksAbout(proposalId, 'done');
    expect(closed).toMatchObject({ id: task!.id, status: 'done', closedBy: null });
    expect(closed!.closingNote).toMatch(/^Vanzelf afgesloten/);
    // A later run does not bring it back.
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });
  });

  it('adds the 12-month check in its turn; a task completed by hand is not made again', async () => {
    const start = addDays(addMonths(today, -12), 10);
    const { proposalId } = await placement(start, 'Jaar');
    await runA();
    // Six months passed unrecorded (overdue), the 12-month check is due in ten days.
    const open = await tasksAbout(proposalId);
    expect(open.map((x) => [x.title, x.dueOn])).toEqual([
      ['Plaatsingscheck na 6 maanden', addMonths(start, 6)],
      ['Plaatsingscheck na 12 maanden', addMonths(start, 12)],
    ]);
    const handDone = await km.post(`/api/v1/tasks/${open[1]!.id}/complete`, { note: 'Telefonisch nagegaan; nog aan het werk.' });
    expect(handDone.statusCode).toBe(200);
    expect(await runA()).toMatchObject({ created: 0 });
    expect((await tasksAbout(proposalId)).map((x) => x.title)).toEqual(['Plaatsingscheck na 6 maanden']);
  });

  it('gives the team the task when the klantmanager who placed the candidate is no longer active', async () => {
    const other = await (
      await world.agent('A', 'functioneel_beheerder')
    ).post('/api/v1/users', {
      email: `vertrokken-${Date.now()}@example.com`,
      name: 'Vertrokken Collega',
      organisationId: world.orgs.A.id,
      roles: ['klantmanager'],
      password: 'een-lang-wachtwoord',
    });
    expect(other.statusCode, other.body).toBe(201);
    const leaver = await Agent.login(t.app, other.json().email, 'een-lang-wachtwoord');
    const client = await newClient(leaver, { surname: 'Team' });
    const vacancy = await newVacancy(await world.agent('A', 'werkgeversadviseur'), employerId);
    const proposal = await propose(leaver, vacancy.id, client.id);
    const start = addMonths(addDays(today, 5), -6);
    expect(
      (await leaver.patch(`/api/v1/proposals/${proposal.id}`, { status: 'placed', placement: { ...PLACEMENT, startDate: start } }))
        .statusCode,
    ).toBe(200);
    const off = await (await world.agent('A', 'functioneel_beheerder')).patch(`/api/v1/users/${other.json().id}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);

    await runA();
    const [task] = await tasksAbout(proposal.id);
    expect(task?.assignee).toEqual({ kind: 'team', role: 'klantmanager', label: 'Team klantmanager' });
    // The werkgeversadviseur of A has no client files: the team task about a client is not theirs anyway.
    expect(await tasksAbout(proposal.id, 'open', await world.agent('A', 'werkgeversadviseur'))).toEqual([]);
  });
});

describe('the daily run', () => {
  it('runs once per day at 05:30 Amsterdam time, however often the workers poll', async () => {
    // A day of its own (a month ahead): other tests' workers may already have run today's occurrence.
    const day = addDays(today, 30);
    const start = addMonths(addDays(day, 3), -6);
    const { proposalId } = await placement(start, 'Dagelijks');
    let now = amsterdamInstant(day, 5, 0);
    const queue = new JobQueue(t.services.database.db, () => now);
    queue.register(...worklistJobs(t.services.worklist));
    const worker = new JobWorker(t.services.database.db, queue, { id: 'test-dagelijks' });

    // Before 05:30 the latest occurrence is yesterday's: that run already judges by yesterday.
    const early = await worker.drain();
    expect(early.done).toBe(1);
    const yesterdayRun = await tasksAbout(proposalId);
    expect(yesterdayRun).toHaveLength(1); // due in 3 days: inside the 14-day lead time on yesterday's date too

    now = amsterdamInstant(day, 5, 31);
    expect((await worker.drain()).done).toBe(1);
    now = amsterdamInstant(day, 9, 0);
    const later = await new JobWorker(t.services.database.db, queue, { id: 'test-tweede' }).drain();
    expect(later).toMatchObject({ scheduled: 0, done: 0 });
    expect(await tasksAbout(proposalId)).toHaveLength(1);
  });
});
