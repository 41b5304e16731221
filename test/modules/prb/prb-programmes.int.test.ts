import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRB_ACTIVITIES } from '../../../src/modules/prb/prb.activities.ts';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import {
  addAdvisor,
  admit,
  approve,
  decide,
  newPrbClient,
  newProgramme,
  newProposal,
  programmeInput,
  proposalInput,
  submit,
} from './factories.ts';

/**
 * PRB programmes: creating them, admitting clients until the cohort is full, bad input, and who sees what:
 * the municipality's case manager everything, a PRB advisor only the programmes they advise (also from
 * another organisation), the beleidsadviseur and functioneel beheerder counts only, the client their own
 * participation in the portal.
 */

let t: TestApp;
let world: World;
let kmA: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
});
afterAll(async () => t?.close());

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('programmes', () => {
  it('the functioneel beheerder creates a programme; the organisation’s PRB instrument is made once and reused', async () => {
    const fb = await world.agent('A', 'functioneel_beheerder');
    const res = await fb.post(
      '/api/v1/prb-programmes',
      programmeInput({
        name: 'PRB Eindhoven 2004–2005',
        periodStart: '2004-01-01',
        periodEnd: '2005-12-31',
        cohortSize: 60,
        maxBudgetPerClient: '5000,00',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const programme = res.json();
    expect(programme).toMatchObject({
      name: 'PRB Eindhoven 2004–2005',
      organisationId: world.orgs.A.id,
      periodStart: '2004-01-01',
      periodEnd: '2005-12-31',
      cohortSize: 60,
      admittedCount: 0,
      placesLeft: 60,
      maxBudgetPerClientCents: 500_000,
      instrumentName: 'Persoonsgebonden re-integratiebudget (PRB)',
      counts: { admitted: 0, running: 0, closed: 0, closedWithWork: 0, droppedOut: 0, committedCents: 0, paidCents: 0 },
      advisors: [],
      participantsVisible: false,
      participants: [],
    });
    const second = await newProgramme(kmA, { name: 'PRB Eindhoven 2006', cohortSize: 30 });
    expect(second.instrumentId).toBe(programme.instrumentId);

    const instruments = (await fb.get('/api/v1/instruments')).json<{ id: string; kind: string }[]>();
    expect(instruments.filter((i) => i.kind === 'prb').map((i) => i.id)).toEqual([programme.instrumentId]);

    const duplicate = await fb.post('/api/v1/prb-programmes', programmeInput({ name: 'PRB Eindhoven 2004–2005' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().invalidParams[0]).toMatchObject({ name: 'name', code: 'duplicate' });
  });

  it('refuses an end before the start, a zero budget, a budget with three decimals and an empty cohort, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ periodStart: '2005-01-01', periodEnd: '2004-12-31' }, 'periodEnd', 'before_start'],
      [{ maxBudgetPerClient: '0' }, 'maxBudgetPerClient', 'not_positive'],
      [{ maxBudgetPerClient: '-5000' }, 'maxBudgetPerClient', 'not_positive'],
      [{ maxBudgetPerClient: '5000,001' }, 'maxBudgetPerClient', 'too_many_decimals'],
      [{ cohortSize: 0 }, 'cohortSize', 'too_small'],
    ];
    for (const [overrides, field, code] of cases) {
      const res = await kmA.post('/api/v1/prb-programmes', programmeInput(overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(res.json().invalidParams).toContainEqual(expect.objectContaining({ name: field, code }));
    }
    const wrongKind = (
      await (await world.agent('A', 'functioneel_beheerder')).post('/api/v1/instruments', { name: 'Werkfit-training', kind: 'training' })
    ).json();
    const res = await kmA.post('/api/v1/prb-programmes', programmeInput({ instrumentId: wrongKind.id }));
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'instrumentId', code: 'not_prb' });
  });

  it('adds advisors by e-mail (any organisation); a user without the advisor role is refused', async () => {
    const programme = await newProgramme(kmA);
    const res = await kmA.post(`/api/v1/prb-programmes/${programme.id}/advisors`, { email: world.email('R', 'prb_werkadviseur') });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().advisors).toEqual([expect.objectContaining({ name: 'prb_werkadviseur R', organisationName: world.orgs.R.name })]);
    const again = await kmA.post(`/api/v1/prb-programmes/${programme.id}/advisors`, { email: world.email('R', 'prb_werkadviseur') });
    expect(again.statusCode).toBe(409);
    const notAdvisor = await kmA.post(`/api/v1/prb-programmes/${programme.id}/advisors`, { email: world.email('R', 'jobcoach') });
    expect(notAdvisor.statusCode).toBe(400);
    expect(notAdvisor.json().invalidParams[0]).toMatchObject({ name: 'email', code: 'not_an_advisor' });
    // Another municipality cannot add advisors to this programme.
    const other = await (
      await world.agent('B', 'klantmanager')
    ).post(`/api/v1/prb-programmes/${programme.id}/advisors`, { email: world.email('B', 'prb_werkadviseur') });
    expect(other.statusCode).toBe(404);
  });
});

describe('admission', () => {
  it('creates the participant and its PRB trajectory in one go, with the programme’s budget', async () => {
    const programme = await newProgramme(kmA, { maxBudgetPerClient: '4500' });
    const client = await newPrbClient(kmA, { firstName: 'Noor', surnamePrefix: 'van', surname: 'Dijk' });
    const res = await kmA.post(`/api/v1/prb-programmes/${programme.id}/participants`, {
      clientId: client.id,
      admittedOn: '2025-03-01',
      intakeNote: 'Wil zelf een opleiding kiezen.',
      plannedEndDate: '2025-12-31',
      goalRung: 5,
    });
    expect(res.statusCode, res.body).toBe(201);
    const participant = res.json();
    expect(participant).toMatchObject({
      programmeId: programme.id,
      clientId: client.id,
      clientDisplayName: 'Noor van Dijk',
      intakeNote: 'Wil zelf een opleiding kiezen.',
      admittedOn: '2025-03-01',
      budgetCents: 450_000,
      committedCents: 0,
      paidCents: 0,
      remainingCents: 450_000,
      trajectoryStatus: 'running',
      trajectoryStartDate: '2025-03-01',
      trajectoryPlannedEndDate: '2025-12-31',
      outcome: null,
      proposals: [],
      commitments: [],
    });
    const trajectory = await kmA.get(`/api/v1/trajectories/${participant.trajectoryId}`);
    expect(trajectory.statusCode, trajectory.body).toBe(200);
    expect(trajectory.json()).toMatchObject({
      clientId: client.id,
      prbParticipantId: participant.id,
      costCents: 0,
      goalRung: 5,
      status: 'running',
      instrument: { kind: 'prb' },
    });

    const again = await kmA.post(`/api/v1/prb-programmes/${programme.id}/participants`, { clientId: client.id, admittedOn: '2025-03-02' });
    expect(again.statusCode).toBe(409);
    expect(again.json().invalidParams[0]).toMatchObject({ name: 'clientId', code: 'already_admitted' });
  });

  it('a full cohort refuses the next admission with the reason, and writes nothing for it', async () => {
    const programme = await newProgramme(kmA, { cohortSize: 2 });
    for (let i = 0; i < 2; i++) await admit(kmA, programme.id, (await newPrbClient(kmA)).id);
    const third = await newPrbClient(kmA);
    const res = await kmA.post(`/api/v1/prb-programmes/${programme.id}/participants`, { clientId: third.id, admittedOn: '2025-02-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('Het cohort is vol (2 van 2 plaatsen bezet). Er kan niemand meer worden toegelaten.');
    expect(res.json().invalidParams[0]).toMatchObject({ code: 'cohort_full' });
    expect((await kmA.get(`/api/v1/clients/${third.id}/trajectories`)).json()).toEqual([]);
    const after = (await kmA.get(`/api/v1/prb-programmes/${programme.id}`)).json();
    expect(after).toMatchObject({ admittedCount: 2, placesLeft: 0, counts: { admitted: 2, running: 2 } });
    expect(after.participants).toHaveLength(2);
  });

  it('admissions racing for the last places: exactly the cohort gets in', async () => {
    const programme = await newProgramme(kmA, { cohortSize: 3 });
    const clients = await Promise.all(Array.from({ length: 8 }, () => newPrbClient(kmA)));
    const results = await Promise.all(
      clients.map((c) => kmA.post(`/api/v1/prb-programmes/${programme.id}/participants`, { clientId: c.id, admittedOn: '2025-02-01' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
    expect((await kmA.get(`/api/v1/prb-programmes/${programme.id}`)).json()).toMatchObject({ admittedCount: 3, counts: { admitted: 3 } });
  });

  it('refuses an end before the start, a date outside the period and someone who is not an advisor, naming the field', async () => {
    const programme = await newProgramme(kmA, { periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const client = await newPrbClient(kmA);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ admittedOn: '2025-06-01', plannedEndDate: '2025-05-31' }, 'plannedEndDate', 'before_start'],
      [{ admittedOn: '2026-01-05' }, 'admittedOn', 'outside_period'],
      [
        {
          admittedOn: '2025-06-01',
          advisorUserId: (await (await world.agent('A', 'jobcoach')).get('/api/v1/sessions/current')).json().user.id,
        },
        'advisorUserId',
        'not_an_advisor',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await kmA.post(`/api/v1/prb-programmes/${programme.id}/participants`, { clientId: client.id, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().invalidParams).toContainEqual(expect.objectContaining({ name: field, code }));
    }
    expect((await kmA.get(`/api/v1/prb-programmes/${programme.id}`)).json().admittedCount).toBe(0);
    // Another municipality's client file cannot be admitted.
    const otherClient = await newPrbClient(await world.agent('B', 'klantmanager'));
    expect(
      (await kmA.post(`/api/v1/prb-programmes/${programme.id}/participants`, { clientId: otherClient.id, admittedOn: '2025-02-01' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('proposals: bad input', () => {
  it('refuses zero, negative and three-decimal amounts naming costLines.N.amount, and a total above the budget', async () => {
    const programme = await newProgramme(kmA);
    const participant = await admit(kmA, programme.id, (await newPrbClient(kmA)).id);
    const url = `/api/v1/prb-participants/${participant.id}/proposals`;
    const cases: [string[], string, string][] = [
      [['100', '0'], 'costLines.1.amount', 'not_positive'],
      [['-25,00'], 'costLines.0.amount', 'not_positive'],
      [['100', '200', '12,345'], 'costLines.2.amount', 'too_many_decimals'],
      [['twaalf'], 'costLines.0.amount', 'invalid_amount'],
      [['3000', '2000,01'], 'costLines', 'over_budget'],
    ];
    for (const [amounts, field, code] of cases) {
      const res = await kmA.post(url, proposalInput(amounts));
      expect(res.statusCode, amounts.join(' ')).toBe(400);
      expect(res.json().invalidParams).toContainEqual(expect.objectContaining({ name: field, code }));
    }
    expect((await kmA.post(url, { goal: 'Iets', costLines: [] })).json().invalidParams[0]).toMatchObject({
      name: 'costLines',
      code: 'too_few',
    });
    expect((await kmA.get(`/api/v1/prb-participants/${participant.id}`)).json().proposals).toEqual([]);

    const ok = await kmA.post(url, proposalInput(['1250,50', 750]));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      status: 'draft',
      totalCents: 200_050,
      costLines: [{ amountCents: 125_050 }, { amountCents: 75_000 }],
    });
  });

  it('a decision needs an Idempotency-Key header and a reason to reject or send back', async () => {
    const programme = await newProgramme(kmA);
    const participant = await admit(kmA, programme.id, (await newPrbClient(kmA)).id);
    const proposal = await newProposal(kmA, participant.id);
    await submit(kmA, proposal.id);
    const missing = await decide(t.app, kmA, proposal.id, { decision: 'approve' }, null);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams).toEqual([expect.objectContaining({ name: 'Idempotency-Key', code: 'required' })]);
    const tooLong = await decide(t.app, kmA, proposal.id, { decision: 'approve' }, 'x'.repeat(201));
    expect(tooLong.json().invalidParams).toEqual([expect.objectContaining({ name: 'Idempotency-Key', code: 'invalid_format' })]);
    for (const decision of ['reject', 'return']) {
      const res = await decide(t.app, kmA, proposal.id, { decision });
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'reason', code: 'required' })]);
    }
    expect((await kmA.get(`/api/v1/prb-participants/${participant.id}`)).json().proposals[0].status).toBe('submitted');
  });
});

describe('who sees what', () => {
  let programmeX: string;
  let programmeY: string;
  let inX: { id: string; trajectoryId: string };
  let inY: { id: string };
  let clientX: { id: string; bsn: string };

  beforeAll(async () => {
    programmeX = (await newProgramme(kmA, { name: `PRB X ${Date.now()}` })).id;
    programmeY = (await newProgramme(kmA, { name: `PRB Y ${Date.now()}` })).id;
    await addAdvisor(kmA, programmeX, world.email('R', 'prb_werkadviseur'));
    await addAdvisor(kmA, programmeY, world.email('A', 'prb_werkadviseur'));
    clientX = await newPrbClient(kmA, { firstName: 'Xander', surnamePrefix: null, surname: 'Kuipers' });
    inX = await admit(kmA, programmeX, clientX.id);
    inY = await admit(kmA, programmeY, (await newPrbClient(kmA, { firstName: 'Yara', surnamePrefix: null, surname: 'Smit' })).id);
  });

  it('an advisor of another organisation sees only the programme they advise, and never the client file', async () => {
    const advisorR = await world.agent('R', 'prb_werkadviseur');
    const list = (await advisorR.get('/api/v1/prb-programmes')).json<{ id: string; advising: boolean }[]>();
    expect(list.map((p) => p.id)).toContain(programmeX);
    expect(list.map((p) => p.id)).not.toContain(programmeY);
    expect(list.every((p) => p.advising)).toBe(true);

    const x = await advisorR.get(`/api/v1/prb-programmes/${programmeX}`);
    expect(x.statusCode, x.body).toBe(200);
    expect(x.json()).toMatchObject({
      participantsVisible: true,
      participants: [{ id: inX.id, clientDisplayName: 'Xander Kuipers', trajectoryStatus: 'running' }],
    });
    expect((await advisorR.get(`/api/v1/prb-programmes/${programmeY}`)).statusCode).toBe(404);

    const participant = await advisorR.get(`/api/v1/prb-participants/${inX.id}`);
    expect(participant.statusCode, participant.body).toBe(200);
    expect(participant.json()).toMatchObject({ clientDisplayName: 'Xander Kuipers', trajectoryStatus: 'running', remainingCents: 500_000 });
    expect(participant.body).not.toContain(clientX.bsn);
    expect((await advisorR.get(`/api/v1/prb-participants/${inY.id}`)).statusCode).toBe(404);
    expect((await advisorR.post(`/api/v1/prb-participants/${inY.id}/proposals`, proposalInput())).statusCode).toBe(404);
    expect((await advisorR.get(`/api/v1/clients/${clientX.id}`)).statusCode).toBe(403);

    // The read is in the processing log, under the advisor's organisation.
    const admin = await t.admin();
    try {
      const lines = await admin.query<{ organisation_id: string }>(
        'SELECT organisation_id::text FROM processing_log WHERE processing_activity_id = $1 AND data_subject_id = $2',
        [PRB_ACTIVITIES.prbView.id, t.services.audit.pseudonymise(clientX.bsn)],
      );
      expect(lines.map((l) => l.organisation_id)).toContain(world.orgs.R.id);
    } finally {
      await admin.close();
    }
  });

  it('an advisor inside the municipality still sees only the programmes they advise', async () => {
    const advisorA = await world.agent('A', 'prb_werkadviseur');
    const list = (await advisorA.get('/api/v1/prb-programmes')).json<{ id: string }[]>();
    expect(list.map((p) => p.id)).toEqual([programmeY]);
    expect((await advisorA.get(`/api/v1/prb-programmes/${programmeX}`)).statusCode).toBe(404);
    expect((await advisorA.get(`/api/v1/prb-participants/${inX.id}`)).statusCode).toBe(404);
    expect((await advisorA.get(`/api/v1/prb-participants/${inY.id}`)).statusCode).toBe(200);
  });

  it('the beleidsadviseur and the functioneel beheerder see counts, not participants', async () => {
    for (const role of ['beleidsadviseur', 'functioneel_beheerder'] as const) {
      const agent = await world.agent('A', role);
      const res = await agent.get(`/api/v1/prb-programmes/${programmeX}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ participantsVisible: false, participants: [], counts: { admitted: 1, running: 1 } });
      expect(res.body).not.toContain('Xander');
      expect((await agent.get(`/api/v1/prb-participants/${inX.id}`)).statusCode).toBe(403);
    }
  });

  it('another municipality and a provider see nothing of it', async () => {
    const kmB = await world.agent('B', 'klantmanager');
    expect((await kmB.get('/api/v1/prb-programmes')).json<{ id: string }[]>().map((p) => p.id)).not.toContain(programmeX);
    expect((await kmB.get(`/api/v1/prb-programmes/${programmeX}`)).statusCode).toBe(404);
    expect((await kmB.get(`/api/v1/prb-participants/${inX.id}`)).statusCode).toBe(404);
    expect((await kmB.post(`/api/v1/prb-participants/${inX.id}/proposals`, proposalInput())).statusCode).toBe(404);
    const kmR = await world.agent('R', 'klantmanager');
    expect((await kmR.get(`/api/v1/prb-participants/${inX.id}`)).statusCode).toBe(404);
    expect((await (await world.agent('R', 'jobcoach')).get(`/api/v1/prb-programmes/${programmeX}`)).statusCode).toBe(403);
  });

  it('the advisor helps write and submit a proposal; the case manager decides', async () => {
    const advisorR = await world.agent('R', 'prb_werkadviseur');
    const proposal = await newProposal(advisorR, inX.id, ['400']);
    expect(proposal.createdByName).toBe('prb_werkadviseur R');
    const updated = await advisorR.request('PUT', `/api/v1/prb-proposals/${proposal.id}`, {
      ...proposalInput(['450']),
      revision: proposal.revision,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ totalCents: 45_000, revision: 2 });
    await submit(advisorR, proposal.id);
    // The advisor has no final word.
    expect((await decide(t.app, advisorR, proposal.id, { decision: 'approve' })).statusCode).toBe(403);
    const approved = await approve(t.app, kmA, proposal.id);
    expect(approved).toMatchObject({ status: 'approved', budget: { committedCents: 45_000, remainingCents: 455_000 } });
    const seen = (await advisorR.get(`/api/v1/prb-participants/${inX.id}`)).json();
    expect(seen).toMatchObject({
      committedCents: 45_000,
      remainingCents: 455_000,
      commitments: [{ amountCents: 45_000, openCents: 45_000 }],
    });
  });
});

describe('the client portal', () => {
  let programme: string;
  let mine: { id: string };
  let someoneElse: { id: string };

  beforeAll(async () => {
    programme = (await newProgramme(kmA, { name: `PRB portaal ${Date.now()}` })).id;
    mine = await admit(kmA, programme, await world.portalClientId(), { intakeNote: 'Interne notitie van de intake.' });
    someoneElse = await admit(kmA, programme, (await newPrbClient(kmA)).id);
  });

  it('the client writes and submits their own proposal, sees the reason it was sent back, and the remaining budget after approval', async () => {
    const me = await world.agent('A', 'werkzoekende');
    const start = await me.get('/api/v1/portal/prb');
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json()).toEqual([expect.objectContaining({ id: mine.id, budgetCents: 500_000, remainingCents: 500_000, proposals: [] })]);
    expect(start.body).not.toContain('Interne notitie');
    expect(start.json()[0]).not.toHaveProperty('clientId');

    const draft = await newProposal(me, mine.id, ['1200', '300'], true);
    expect(draft).toMatchObject({ status: 'draft', totalCents: 150_000, createdByName: expect.any(String) });
    const edited = await me.request('PUT', `/api/v1/portal/prb-proposals/${draft.id}`, {
      ...proposalInput(['1300', '300']),
      revision: draft.revision,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await me.request('PUT', `/api/v1/portal/prb-proposals/${draft.id}`, {
      ...proposalInput(['1']),
      revision: draft.revision,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().invalidParams[0]).toMatchObject({ name: 'revision', code: 'stale' });
    await submit(me, draft.id, true);

    const returned = await decide(t.app, kmA, draft.id, { decision: 'return', reason: 'Graag een offerte van de opleider toevoegen.' });
    expect(returned.statusCode, returned.body).toBe(200);
    const seen = (await me.get('/api/v1/portal/prb')).json()[0];
    expect(seen.proposals[0]).toMatchObject({
      id: draft.id,
      status: 'returned',
      decisionReason: 'Graag een offerte van de opleider toevoegen.',
    });

    const again = await me.request('PUT', `/api/v1/portal/prb-proposals/${draft.id}`, {
      ...proposalInput(['1250', '300']),
      revision: seen.proposals[0].revision,
    });
    expect(again.statusCode, again.body).toBe(200);
    await submit(me, draft.id, true);
    await approve(t.app, kmA, draft.id);
    const after = (await me.get('/api/v1/portal/prb')).json()[0];
    expect(after).toMatchObject({ committedCents: 155_000, remainingCents: 345_000, proposals: [{ status: 'approved' }] });
    expect(after.commitments.map((c: { amountCents: number }) => c.amountCents)).toEqual([125_000, 30_000]);
    // An approved proposal cannot be changed any more.
    const late = await me.request('PUT', `/api/v1/portal/prb-proposals/${draft.id}`, {
      ...proposalInput(['1']),
      revision: after.proposals[0].revision,
    });
    expect(late.statusCode).toBe(409);
    expect(plain(late.json().detail)).toContain('goedgekeurd');
  });

  it('the client cannot touch another participant or their proposal (403)', async () => {
    const me = await world.agent('A', 'werkzoekende');
    expect((await me.post(`/api/v1/portal/prb-participants/${someoneElse.id}/proposals`, proposalInput())).statusCode).toBe(403);
    const theirs = await newProposal(kmA, someoneElse.id);
    expect((await me.request('PUT', `/api/v1/portal/prb-proposals/${theirs.id}`, { ...proposalInput(), revision: 1 })).statusCode).toBe(
      403,
    );
    expect((await me.post(`/api/v1/portal/prb-proposals/${theirs.id}/submit`)).statusCode).toBe(403);
    expect((await kmA.get(`/api/v1/prb-participants/${someoneElse.id}`)).json().proposals[0].status).toBe('draft');
    // The staff routes are not for the client.
    expect((await me.get(`/api/v1/prb-participants/${mine.id}`)).statusCode).toBe(403);
    expect((await me.get('/api/v1/prb-programmes')).statusCode).toBe(403);
  });

  it('a werkzoekende without a linked file gets 403, and so does a case manager on the portal routes', async () => {
    expect((await (await world.agent('B', 'werkzoekende')).get('/api/v1/portal/prb')).statusCode).toBe(403);
    expect(
      (await (await world.agent('B', 'werkzoekende')).post(`/api/v1/portal/prb-participants/${mine.id}/proposals`, proposalInput()))
        .statusCode,
    ).toBe(403);
    expect((await kmA.get('/api/v1/portal/prb')).statusCode).toBe(403);
  });
});
