import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { assignmentInput, newAssignment, newInstrument, newTrajectoryClient, startTrajectory, trajectoryInput } from './factories.ts';

/**
 * Providers as co-makers: the municipality (A) gives a re-integration company (R) an assignment. R's staff
 * see only the clients assigned to them and the trajectories they run for those clients, report progress but
 * do not close; ending a client's assignment ends R's sight of that client. Both sides see the same results
 * per assignment. A third organisation (B) sees nothing; policy advisers see figures, never names.
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let baA: Agent;
let fbA: Agent;
let jcR: Agent;
let kmR: Agent;
let baR: Agent;
let jcB: Agent;
let instrumentId: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
  baA = await world.agent('A', 'beleidsadviseur');
  fbA = await world.agent('A', 'functioneel_beheerder');
  jcR = await world.agent('R', 'jobcoach');
  kmR = await world.agent('R', 'klantmanager');
  baR = await world.agent('R', 'beleidsadviseur');
  jcB = await world.agent('B', 'jobcoach');
  instrumentId = (await newInstrument(fbA, { name: 'Werkfit-traject', kind: 'job_coaching', cbsCategory: 'coaching_naar_werk' })).id;
});
afterAll(async () => t?.close());

function invalidNames(res: { json(): { invalidParams?: { name: string; code: string }[] } }): string[] {
  return (res.json().invalidParams ?? []).map((p) => `${p.name}:${p.code}`);
}
const ids = (items: { id: string }[]) => items.map((i) => i.id);
async function visibleTrajectoryIds(agent: Agent): Promise<string[]> {
  const res = await agent.get('/api/v1/trajectories?pageSize=100');
  expect(res.statusCode, res.body).toBe(200);
  return ids(res.json().items);
}

describe('giving an assignment', () => {
  it('201 with provider, period, budget in cents, targets and zero results; both sides list it', async () => {
    const res = await kmA.post(
      '/api/v1/provider-assignments',
      assignmentInput(world.orgs.R.id, {
        name: 'Werkfit 2025',
        budget: '150000,50',
        targetStarted: 40,
        targetToWork: 12,
        targetMaxDropOutPercent: 15,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      provider: { id: world.orgs.R.id, name: world.orgs.R.name },
      name: 'Werkfit 2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      budgetCents: 15_000_050,
      targetStarted: 40,
      targetToWork: 12,
      targetMaxDropOutPercent: 15,
      side: 'given',
      activeClients: 0,
      results: { started: 0, running: 0, toWork: 0, droppedOut: 0, spentCents: 0, costPerPlacementCents: null },
      clients: [],
      endedAt: null,
    });
    const given = (await kmA.get('/api/v1/provider-assignments')).json().find((x: { id: string }) => x.id === a.id);
    const received = (await jcR.get('/api/v1/provider-assignments')).json().find((x: { id: string }) => x.id === a.id);
    expect(given).toMatchObject({ side: 'given', name: 'Werkfit 2025' });
    expect(received).toMatchObject({ side: 'received', name: 'Werkfit 2025' });
    expect((await jcB.get('/api/v1/provider-assignments')).json().find((x: { id: string }) => x.id === a.id)).toBeUndefined();
    expect((await jcB.get(`/api/v1/provider-assignments/${a.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input, naming the field', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ periodEnd: '2024-12-31' }, ['periodEnd:before_start']],
      [{ budget: '-1' }, ['budget:not_positive']],
      [{ budget: '10.001' }, ['budget:too_many_decimals']],
      [{ targetMaxDropOutPercent: 101 }, ['targetMaxDropOutPercent:too_big']],
      [{ targetStarted: -1 }, ['targetStarted:too_small']],
      [{ name: '' }, ['name:required']],
      [{ providerOrganisationId: world.orgs.A.id }, ['providerOrganisationId:own_organisation']],
      [{ providerOrganisationId: world.orgs.P.id }, ['providerOrganisationId:not_a_provider']],
      [{ providerOrganisationId: '00000000-0000-4000-8000-000000000009' }, ['providerOrganisationId:unknown']],
    ];
    const before = (await kmA.get('/api/v1/provider-assignments')).json().length;
    for (const [overrides, names] of cases) {
      const res = await kmA.post('/api/v1/provider-assignments', assignmentInput(world.orgs.R.id, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(invalidNames(res), JSON.stringify(overrides)).toEqual(names);
    }
    expect((await kmA.get('/api/v1/provider-assignments')).json()).toHaveLength(before);
    // Zero budget is allowed (a results-only assignment).
    expect((await kmA.post('/api/v1/provider-assignments', assignmentInput(world.orgs.R.id, { budget: 0 }))).json().budgetCents).toBe(0);
  });
});

describe('what provider staff see', () => {
  let assignmentId: string;
  let assigned: { id: string; displayName: string };
  let implicit: { id: string; displayName: string };
  let unassigned: { id: string; displayName: string };
  let trAssigned: string;
  let trImplicit: string;
  let trUnassigned: string;

  beforeAll(async () => {
    assignmentId = (await newAssignment(kmA, world.orgs.R.id, { name: 'Zicht 2025' })).id;
    assigned = await newTrajectoryClient(kmA, { firstName: 'Toegewezen' });
    implicit = await newTrajectoryClient(kmA, { firstName: 'Impliciet' });
    unassigned = await newTrajectoryClient(kmA, { firstName: 'Niet' });
    expect((await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients`, { clientId: assigned.id })).statusCode).toBe(201);
    trAssigned = (await startTrajectory(kmA, assigned.id, trajectoryInput(instrumentId, { assignmentId }))).id;
    // Starting under the assignment assigns the client to the provider as well.
    trImplicit = (await startTrajectory(kmA, implicit.id, trajectoryInput(instrumentId, { assignmentId }))).id;
    // Run by R, but the client is not assigned to R: R must not see it.
    trUnassigned = (await startTrajectory(kmA, unassigned.id, trajectoryInput(instrumentId, { providerOrganisationId: world.orgs.R.id })))
      .id;
  });

  it('the trajectory names the provider and the assignment; starting under it assigned the client', async () => {
    expect((await kmA.get(`/api/v1/trajectories/${trImplicit}`)).json()).toMatchObject({
      provider: { id: world.orgs.R.id, name: world.orgs.R.name },
      assignmentId,
    });
    expect((await kmA.get(`/api/v1/trajectories/${trUnassigned}`)).json()).toMatchObject({
      provider: { id: world.orgs.R.id },
      assignmentId: null,
    });
    const detail = (await kmA.get(`/api/v1/provider-assignments/${assignmentId}`)).json();
    expect(detail.clients.map((c: { clientId: string; endedAt: string | null }) => [c.clientId, c.endedAt])).toEqual([
      [assigned.id, null],
      [implicit.id, null],
    ]);
    expect(detail.activeClients).toBe(2);
  });

  it('the provider sees the assigned clients’ trajectories, never an unassigned client', async () => {
    const visible = await visibleTrajectoryIds(jcR);
    expect(visible).toEqual(expect.arrayContaining([trAssigned, trImplicit]));
    expect(visible).not.toContain(trUnassigned);
    expect((await jcR.get(`/api/v1/trajectories/${trAssigned}`)).json()).toMatchObject({
      clientDisplayName: assigned.displayName,
      organisationName: world.orgs.A.name,
    });
    expect((await jcR.get(`/api/v1/trajectories/${trUnassigned}`)).statusCode).toBe(404);
    expect((await jcR.get(`/api/v1/trajectories/${trUnassigned}/progress-reports`)).statusCode).toBe(404);
    expect(
      (await jcR.post(`/api/v1/trajectories/${trUnassigned}/progress-reports`, { reportedOn: '2025-03-10', text: 'x' })).statusCode,
    ).toBe(404);
    expect(ids((await jcR.get(`/api/v1/clients/${assigned.id}/trajectories`)).json())).toEqual([trAssigned]);
    expect((await jcR.get(`/api/v1/clients/${unassigned.id}/trajectories`)).statusCode).toBe(404);
    // The client file itself: read-only for the assigned provider, invisible otherwise.
    expect((await jcR.get(`/api/v1/clients/${assigned.id}`)).json()).toMatchObject({ id: assigned.id, shared: true });
    expect((await jcR.get(`/api/v1/clients/${assigned.id}/ladder-assessments`)).statusCode).toBe(200);
    expect((await jcR.get(`/api/v1/clients/${unassigned.id}`)).statusCode).toBe(404);
    expect((await jcR.get(`/api/v1/clients/${unassigned.id}/ladder-assessments`)).statusCode).toBe(404);
    // The provider's client list holds the assigned clients with their names.
    const detail = (await jcR.get(`/api/v1/provider-assignments/${assignmentId}`)).json();
    expect(detail.side).toBe('received');
    expect(detail.clients.map((c: { displayName: string }) => c.displayName).sort()).toEqual(
      [assigned.displayName, implicit.displayName].sort(),
    );
    // Another municipality sees none of it.
    expect(await visibleTrajectoryIds(jcB)).toEqual([]);
    expect((await jcB.get(`/api/v1/trajectories/${trAssigned}`)).statusCode).toBe(404);
    expect((await jcB.get(`/api/v1/clients/${assigned.id}/trajectories`)).statusCode).toBe(404);
  });

  it('the provider reports progress, but does not close, start, or assign', async () => {
    const report = await jcR.post(`/api/v1/trajectories/${trAssigned}/progress-reports`, {
      reportedOn: '2025-03-20',
      text: 'Sollicitatietraining afgerond.',
    });
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json().authorOrganisation).toEqual({ id: world.orgs.R.id, name: world.orgs.R.name });
    expect((await kmA.get(`/api/v1/trajectories/${trAssigned}/progress-reports`)).json()).toEqual([report.json()]);

    const close = await kmR.post(`/api/v1/trajectories/${trAssigned}/close`, { endDate: '2025-06-01', outcome: 'no_result' });
    expect(close.statusCode).toBe(403);
    expect(close.json().detail).toContain('Alleen de gemeente');
    expect((await kmA.get(`/api/v1/trajectories/${trAssigned}`)).json().status).toBe('running');
    expect((await kmR.post(`/api/v1/clients/${assigned.id}/trajectories`, trajectoryInput(instrumentId))).statusCode).toBe(403);
    expect((await kmR.post(`/api/v1/provider-assignments/${assignmentId}/clients`, { clientId: unassigned.id })).statusCode).toBe(403);
    expect((await kmR.post(`/api/v1/provider-assignments/${assignmentId}/clients/${assigned.id}/end`)).statusCode).toBe(403);
    expect((await jcR.get(`/api/v1/provider-assignments/${assignmentId}`)).json().activeClients).toBe(2);
  });

  it('ending the client’s assignment ends the provider’s sight; assigning again restores it', async () => {
    const ended = await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients/${assigned.id}/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ clientId: assigned.id, displayName: assigned.displayName, endedAt: expect.any(String) });

    expect(await visibleTrajectoryIds(jcR)).not.toContain(trAssigned);
    expect(await visibleTrajectoryIds(jcR)).toContain(trImplicit);
    expect((await jcR.get(`/api/v1/trajectories/${trAssigned}`)).statusCode).toBe(404);
    expect((await jcR.get(`/api/v1/trajectories/${trAssigned}/progress-reports`)).statusCode).toBe(404);
    expect(
      (await jcR.post(`/api/v1/trajectories/${trAssigned}/progress-reports`, { reportedOn: '2025-04-01', text: 'x' })).statusCode,
    ).toBe(404);
    expect((await jcR.get(`/api/v1/clients/${assigned.id}/trajectories`)).statusCode).toBe(404);
    expect((await jcR.get(`/api/v1/clients/${assigned.id}`)).statusCode).toBe(404);
    expect((await jcR.get(`/api/v1/clients/${assigned.id}/ladder-assessments`)).statusCode).toBe(404);
    const providerView = (await jcR.get(`/api/v1/provider-assignments/${assignmentId}`)).json();
    expect(providerView.clients.map((c: { clientId: string }) => c.clientId)).toEqual([implicit.id]);
    expect(JSON.stringify(providerView)).not.toContain(assigned.displayName);
    // The municipality keeps the history, with the end.
    const own = (await kmA.get(`/api/v1/provider-assignments/${assignmentId}`)).json();
    expect(own.clients.find((c: { clientId: string }) => c.clientId === assigned.id).endedAt).not.toBeNull();
    expect(own.activeClients).toBe(1);

    // Ending twice is a conflict; a client never assigned is not found.
    expect((await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients/${assigned.id}/end`)).statusCode).toBe(409);
    expect((await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients/${unassigned.id}/end`)).statusCode).toBe(404);

    const again = await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients`, { clientId: assigned.id });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().endedAt).toBeNull();
    expect((await jcR.get(`/api/v1/trajectories/${trAssigned}`)).statusCode).toBe(200);
    expect((await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients`, { clientId: assigned.id })).statusCode).toBe(409);
  });

  it('only the municipality’s own clients can be assigned', async () => {
    const clientOfB = await newTrajectoryClient(await world.agent('B', 'klantmanager'));
    expect((await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients`, { clientId: clientOfB.id })).statusCode).toBe(404);
    expect(invalidNames(await kmA.post(`/api/v1/provider-assignments/${assignmentId}/clients`, { clientId: 'nope' }))).toEqual([
      'clientId:invalid_format',
    ]);
  });
});

describe('results per assignment: the same for the municipality and the provider', () => {
  it('started, running, to work, dropped out, spend and cost per placement', async () => {
    const a = (await newAssignment(kmA, world.orgs.R.id, { name: 'Resultaten 2025' })).id;
    const other = (await newAssignment(kmA, world.orgs.R.id, { name: 'Andere opdracht' })).id;
    const start = async (cost: string, assignmentId: string | null) => {
      const c = await newTrajectoryClient(kmA);
      return {
        client: c,
        id: (
          await startTrajectory(
            kmA,
            c.id,
            trajectoryInput(instrumentId, { cost, ...(assignmentId ? { assignmentId } : { providerOrganisationId: world.orgs.R.id }) }),
          )
        ).id,
      };
    };
    const close = async (id: string, body: Record<string, unknown>) =>
      expect((await kmA.post(`/api/v1/trajectories/${id}/close`, body)).statusCode).toBe(200);

    const w1 = await start('2500', a);
    const w2 = await start('1500,50', a);
    const d1 = await start('1000', a);
    const r1 = await start('3000', a);
    const e1 = await start('500', a);
    await start('9999', other); // another assignment of the same provider
    await start('7777', null); // the provider without an assignment
    await close(w1.id, { endDate: '2025-06-01', outcome: 'work', hoursPerWeek: 36, contractType: 'permanent' });
    await close(w2.id, { endDate: '2025-07-01', outcome: 'work', hoursPerWeek: 20, contractType: 'on_call' });
    await close(d1.id, { endDate: '2025-05-01', outcome: 'dropped_out', reason: 'Langdurig ziek.' });
    await close(e1.id, { endDate: '2025-05-01', outcome: 'education' });

    const expected = { started: 5, running: 1, toWork: 2, droppedOut: 1, spentCents: 850_050, costPerPlacementCents: 425_025 };
    const resultsOf = async (agent: Agent) => {
      const res = await agent.get(`/api/v1/provider-assignments/${a}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const listed = async (agent: Agent) =>
      (await agent.get('/api/v1/provider-assignments')).json().find((x: { id: string }) => x.id === a).results;
    for (const agent of [kmA, baA, fbA, jcR, kmR, baR]) {
      expect((await resultsOf(agent)).results).toEqual(expected);
      expect(await listed(agent)).toEqual(expected);
    }
    expect((await resultsOf(jcR)).targetToWork).toBe(12);

    // Policy advisers and administrators get the figures, never the names.
    for (const agent of [baA, fbA, baR]) {
      const detail = await resultsOf(agent);
      expect(detail.clients).toBeNull();
      expect(JSON.stringify(detail)).not.toContain(w1.client.displayName);
    }
    expect((await baA.get('/api/v1/trajectories')).statusCode).toBe(403);

    // After a client leaves the assignment the figures stay the same on both sides.
    expect((await kmA.post(`/api/v1/provider-assignments/${a}/clients/${w1.client.id}/end`)).statusCode).toBe(200);
    expect((await resultsOf(kmA)).results).toEqual(expected);
    expect((await resultsOf(jcR)).results).toEqual(expected);
    expect((await resultsOf(jcR)).clients).toHaveLength(4);

    // Closing the last one moves running to closed for both.
    await close(r1.id, { endDate: '2025-08-01', outcome: 'no_result' });
    const after = { ...expected, running: 0 };
    expect((await resultsOf(kmA)).results).toEqual(after);
    expect((await resultsOf(jcR)).results).toEqual(after);
  });
});
