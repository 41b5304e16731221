import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { JobWorker } from '../../../src/platform/jobs/worker.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import { ruleTasks } from '../worklist/factories.ts';
import { admit, approve, decide, newPrbClient, newProgramme, newProposal, submit } from './factories.ts';

/** The work queue's "PRB proposal awaiting a decision" rule, through the worklist's run. */

let t: TestApp;
let world: World;
let km: Agent;
let kmId: string;
const today = todayInAmsterdam();
const RULE = 'prb.decision';
const runA = () => t.services.worklist.runRules({ today, organisationIds: [world.orgs.A.id] });

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  kmId = (await km.get('/api/v1/sessions/current')).json().user.id;
});
afterAll(async () => t?.close());

describe('a PRB proposal awaiting a decision', () => {
  it('is a task for the klantmanager from submission, due in 14 days; closes when decided, and comes back when resubmitted', async () => {
    const programmeId = (await newProgramme(km)).id;
    const client = await newPrbClient(km);
    const participant = await admit(km, programmeId, client.id);
    const proposal = await newProposal(km, participant.id);
    // A draft awaits no decision.
    expect(await runA()).toMatchObject({ created: 0 });

    await submit(km, proposal.id);
    expect(await runA()).toMatchObject({ created: 1, closed: 0 });
    const [task, ...more] = await ruleTasks(km, RULE);
    expect(more).toEqual([]);
    expect(task).toMatchObject({
      title: 'PRB: trajectvoorstel wacht op een besluit',
      dueOn: addDays(today, 14),
      subject: { type: 'client', id: client.id },
      assignee: { kind: 'user', user: { id: kmId } },
    });
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });

    // Returned to the participant: nothing to decide, the task closes by itself.
    const back = await decide(t.app, km, proposal.id, { decision: 'return', reason: 'Graag een tweede offerte.' });
    expect(back.statusCode, back.body).toBe(200);
    expect(await runA()).toMatchObject({ created: 0, closed: 1 });
    expect(await ruleTasks(km, RULE)).toEqual([]);
    expect((await ruleTasks(km, RULE, 'done')).map((x) => x.id)).toEqual([task!.id]);

    // Submitted again: a new decision is due, a new task; approving it closes that one.
    await submit(km, proposal.id);
    expect(await runA()).toMatchObject({ created: 1 });
    const [again] = await ruleTasks(km, RULE);
    expect(again!.id).not.toBe(task!.id);
    await approve(t.app, km, proposal.id);
    expect(await runA()).toMatchObject({ created: 0, closed: 1 });
    expect(await ruleTasks(km, RULE)).toEqual([]);
  });

  it('closes its task at once when the proposal is decided: the decision asks for a run through the job queue', async () => {
    const programmeId = (await newProgramme(km)).id;
    const client = await newPrbClient(km);
    const participant = await admit(km, programmeId, client.id);
    const proposal = await newProposal(km, participant.id);
    await submit(km, proposal.id);
    await runA();
    const [task] = (await ruleTasks(km, RULE)).filter((x) => x.subject.id === client.id);
    expect(task).toBeDefined();

    const rejected = await decide(t.app, km, proposal.id, { decision: 'reject', reason: 'Past niet bij het doel.' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    // No daily run: the worker picks up the run the decision asked for.
    expect((await new JobWorker(t.services.database.db, t.services.jobs).drain()).done).toBeGreaterThanOrEqual(1);
    expect((await ruleTasks(km, RULE)).filter((x) => x.subject.id === client.id)).toEqual([]);
    const [done] = (await ruleTasks(km, RULE, 'done')).filter((x) => x.id === task!.id);
    expect(done).toMatchObject({ status: 'done', closedBy: null });
  });
});
