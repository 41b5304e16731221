import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { JobWorker } from '../../../src/platform/jobs/worker.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import { insertTrajectory } from '../polis/factories.ts';
import { ruleTasks } from '../worklist/factories.ts';
import { newTrajectoryClient } from './factories.ts';

/** The work queue's "trajectory past its planned end" rule, through the worklist's run. */

let t: TestApp;
let world: World;
let km: Agent;
let kmId: string;
const today = todayInAmsterdam();
const RULE = 'trajectories.past-end';
const runA = (day = today) => t.services.worklist.runRules({ today: day, organisationIds: [world.orgs.A.id] });

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  kmId = (await km.get('/api/v1/sessions/current')).json().user.id;
});
afterAll(async () => t?.close());

describe('a trajectory past its planned end', () => {
  it('becomes a task for the klantmanager the day after the planned end, once, and closes when the trajectory is closed', async () => {
    const client = await newTrajectoryClient(km);
    const plannedEndDate = addDays(today, -1);
    const db = t.services.database.db;
    const { id } = await insertTrajectory(db, world, 'A', client.id, { startDate: addDays(today, -90), plannedEndDate });
    // A trajectory ending in a month is not yet due.
    await insertTrajectory(db, world, 'A', client.id, { startDate: addDays(today, -90), plannedEndDate: addDays(today, 30) });

    // On its planned end day it is still on time.
    expect(await runA(plannedEndDate)).toMatchObject({ created: 0 });
    expect(await runA()).toMatchObject({ created: 1, closed: 0 });
    const [task, ...more] = await ruleTasks(km, RULE);
    expect(more).toEqual([]);
    expect(task).toMatchObject({
      title: 'Traject voorbij de geplande einddatum',
      dueOn: plannedEndDate,
      subject: { type: 'trajectory', id },
      client: { id: client.id, displayName: client.displayName },
      assignee: { kind: 'user', user: { id: kmId } },
      createdBy: { kind: 'rule', label: 'Regel: traject loopt nog na de geplande einddatum' },
    });
    expect(task!.reason).not.toContain(client.displayName);
    // Idempotent, and no one in another organisation sees it.
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });
    expect(await ruleTasks(await world.agent('B', 'klantmanager'), RULE)).toEqual([]);

    const closed = await km.post(`/api/v1/trajectories/${id}/close`, { endDate: today, outcome: 'no_result', reason: 'Niet afgerond.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await runA()).toMatchObject({ created: 0, closed: 1 });
    expect(await ruleTasks(km, RULE)).toEqual([]);
    const [done] = await ruleTasks(km, RULE, 'done');
    expect(done).toMatchObject({ id: task!.id, closedBy: null });
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });
  });

  it('closes its task at once when the trajectory is closed: the close asks for a run through the job queue', async () => {
    const client = await newTrajectoryClient(km);
    const db = t.services.database.db;
    const { id } = await insertTrajectory(db, world, 'A', client.id, {
      startDate: addDays(today, -60),
      plannedEndDate: addDays(today, -5),
    });
    await runA();
    const [task] = (await ruleTasks(km, RULE)).filter((x) => x.subject.id === id);
    expect(task).toBeDefined();

    const closed = await km.post(`/api/v1/trajectories/${id}/close`, { endDate: today, outcome: 'no_result', reason: 'Gestopt.' });
    expect(closed.statusCode, closed.body).toBe(200);
    // No daily run: the worker picks up the run the close asked for.
    expect((await new JobWorker(db, t.services.jobs).drain()).done).toBeGreaterThanOrEqual(1);
    expect((await ruleTasks(km, RULE)).filter((x) => x.subject.id === id)).toEqual([]);
    const [done] = (await ruleTasks(km, RULE, 'done')).filter((x) => x.id === task!.id);
    expect(done).toMatchObject({ status: 'done', closedBy: null });
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });
  });
});
