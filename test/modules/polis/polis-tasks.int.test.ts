import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { JobWorker } from '../../../src/platform/jobs/worker.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import { ruleTasks } from '../worklist/factories.ts';
import { draftPolis, insertTrajectory, polisInput } from './factories.ts';

/** The work queue's "polis step with a date" rule, through the worklist's run. */

let t: TestApp;
let world: World;
let km: Agent;
let kmId: string;
const today = todayInAmsterdam();
const RULE = 'polis.step';
const runA = () => t.services.worklist.runRules({ today, organisationIds: [world.orgs.A.id] });

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  kmId = (await km.get('/api/v1/sessions/current')).json().user.id;
});
afterAll(async () => t?.close());

describe('the steps of a signed polis', () => {
  it('become tasks 7 days ahead, once; a step linked to a trajectory closes its task when the trajectory closes', async () => {
    const clientId = await world.portalClientId();
    const trajectory = await insertTrajectory(t.services.database.db, world, 'A', clientId, {
      startDate: addDays(today, -30),
      plannedEndDate: addDays(today, 60),
    });
    const start = addDays(today, -30);
    const { versionId } = await draftPolis(km, clientId, {
      steps: [
        { description: 'Sollicitatiebrieven schrijven', responsible: 'client', startDate: start, dueDate: addDays(today, 3) },
        {
          description: 'Werkfit-training',
          responsible: 'provider',
          trajectoryId: trajectory.id,
          startDate: start,
          dueDate: addDays(today, 7),
        },
        { description: 'Later', responsible: 'municipality', startDate: start, dueDate: addDays(today, 8) },
      ],
    });
    // A draft binds no one: no tasks.
    expect(await runA()).toMatchObject({ created: 0 });
    const client = await world.agent('A', 'werkzoekende');
    expect((await client.post(`/api/v1/portal/polis-versions/${versionId}/sign`, {})).statusCode).toBe(200);
    const signed = await km.post(`/api/v1/polis-versions/${versionId}/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);

    expect(await runA()).toMatchObject({ created: 2, closed: 0 });
    const tasks = await ruleTasks(km, RULE);
    expect(tasks.map((x) => x.dueOn)).toEqual([addDays(today, 3), addDays(today, 7)]);
    for (const task of tasks) {
      expect(task).toMatchObject({ title: 'Polis: afgesproken stap verloopt', assignee: { kind: 'user', user: { id: kmId } } });
      expect(task.reason).not.toMatch(/Sollicitatiebrieven|Werkfit/);
    }
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });

    const closed = await km.post(`/api/v1/trajectories/${trajectory.id}/close`, {
      endDate: today,
      outcome: 'no_result',
      reason: 'Gestopt.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await runA()).toMatchObject({ created: 0, closed: 1 });
    expect((await ruleTasks(km, RULE)).map((x) => x.dueOn)).toEqual([addDays(today, 3)]);
  });

  it('closes the task of a step at once when a newly signed version drops it: the signature asks for a run through the job queue', async () => {
    // The client's polis from the test above: signed, its step due in 3 days has an open task.
    const clientId = await world.portalClientId();
    const [open, ...others] = await ruleTasks(km, RULE);
    expect(others).toEqual([]);
    expect(open).toMatchObject({ dueOn: addDays(today, 3) });
    const [polis] = (await km.get(`/api/v1/clients/${clientId}/polisses`)).json();
    const start = addDays(today, -30);
    const next = await km.post(`/api/v1/polisses/${polis.id}/versions`, {
      ...polisInput({ steps: [{ description: 'Later', responsible: 'municipality', startDate: start, dueDate: addDays(today, 8) }] }),
      changeNote: 'De sollicitatiebrieven zijn van de baan.',
    });
    expect(next.statusCode, next.body).toBe(201);
    const versionId = (next.json().versions as { id: string; status: string }[]).find((v) => v.status === 'draft')!.id;
    const client = await world.agent('A', 'werkzoekende');
    expect((await client.post(`/api/v1/portal/polis-versions/${versionId}/sign`, {})).statusCode).toBe(200);
    // One signature binds no one yet: the old version still holds, the task stays open (whatever runs meanwhile).
    await new JobWorker(t.services.database.db, t.services.jobs).drain();
    expect((await ruleTasks(km, RULE)).map((x) => x.id)).toEqual([open!.id]);

    const signed = await km.post(`/api/v1/polis-versions/${versionId}/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);
    // No daily run: the worker picks up the run the second signature asked for.
    expect((await new JobWorker(t.services.database.db, t.services.jobs).drain()).done).toBeGreaterThanOrEqual(1);
    expect(await ruleTasks(km, RULE)).toEqual([]);
    const [done] = (await ruleTasks(km, RULE, 'done')).filter((x) => x.id === open!.id);
    expect(done).toMatchObject({ status: 'done', closedBy: null });
  });
});
