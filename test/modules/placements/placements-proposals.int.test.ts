import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessingActivity } from '../../../src/platform/audit/processing-activity.ts';
import { PLACEMENTS_ACTIVITIES } from '../../../src/modules/placements/placements.activities.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newClient, newVacancy, PLACEMENT, propose, setRegion } from '../vacancies/factories.ts';

/**
 * From match to durable work: propose a candidate, then interview, placed or rejected (with a reason);
 * placing the last open position fills the vacancy; checks after 6 and 12 months. Tenancy: a proposal
 * only for a client the user may see, and another organisation never sees a proposal it does not own.
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let wgaA: Agent;
let employerId: string;

beforeAll(async () => {
  t = await createVacancyTestApp();
  const db = t.services.database.db;
  world = await createWorld(db, t.app);
  await setRegion(db, world.orgs.A.id, 'AM28');
  await setRegion(db, world.orgs.B.id, 'AM28');
  kmA = await world.agent('A', 'klantmanager');
  wgaA = await world.agent('A', 'werkgeversadviseur');
  employerId = (await createEmployer(db, world.orgs.A.id, { name: 'Logistiek Centrum Acht' })).id;
});
afterAll(async () => t?.close());

async function processingLines(activity: ProcessingActivity, bsn: string): Promise<{ organisation_id: string }[]> {
  const admin = await t.admin();
  try {
    return await admin.query<{ organisation_id: string }>(
      'SELECT organisation_id::text FROM processing_log WHERE processing_activity_id = $1 AND data_subject_id = $2',
      [activity.id, t.services.audit.pseudonymise(bsn)],
    );
  } finally {
    await admin.close();
  }
}

describe('proposing a candidate', () => {
  it('records who proposed whom for which vacancy, and logs the processing', async () => {
    const vacancy = await newVacancy(wgaA, employerId);
    const client = await newClient(kmA, { firstName: 'Sanne', surnamePrefix: 'de', surname: 'Vries' });
    const res = await kmA.post(`/api/v1/vacancies/${vacancy.id}/proposals`, { clientId: client.id, introductionConsent: false });
    expect(res.statusCode, res.body).toBe(201);
    const me = (await kmA.get('/api/v1/sessions/current')).json().user;
    expect(res.json()).toMatchObject({
      vacancyId: vacancy.id,
      vacancyTitle: vacancy.title,
      employerName: 'Logistiek Centrum Acht',
      clientId: client.id,
      clientDisplayName: 'Sanne de Vries',
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      status: 'proposed',
      introductionConsent: false,
      rejectionReason: null,
      proposedBy: { id: me.id, name: me.name },
      placement: null,
      checks: [],
    });
    const lines = await processingLines(PLACEMENTS_ACTIVITIES.proposalCreate, client.bsn);
    expect(lines).toEqual([{ organisation_id: world.orgs.A.id }]);
  });

  it('the same client twice for one vacancy is a 409', async () => {
    const vacancy = await newVacancy(wgaA, employerId);
    const client = await newClient(kmA);
    await propose(kmA, vacancy.id, client.id);
    const again = await kmA.post(`/api/v1/vacancies/${vacancy.id}/proposals`, { clientId: client.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['clientId']);
  });

  it('a client the user may not see cannot be proposed (404), even for a vacancy they see', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { visibility: 'public' });
    const client = await newClient(kmA);
    for (const org of ['B', 'R', 'P'] as const) {
      const res = await (await world.agent(org, 'klantmanager')).post(`/api/v1/vacancies/${vacancy.id}/proposals`, { clientId: client.id });
      expect(res.statusCode, org).toBe(404);
    }
  });

  it('with the client’s consent a partner may propose the client; the proposal is the partner’s', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { visibility: 'public' });
    const client = await newClient(kmA);
    expect((await kmA.post(`/api/v1/clients/${client.id}/consents`, { organisationId: world.orgs.R.id })).statusCode).toBe(201);
    const kmR = await world.agent('R', 'klantmanager');
    const p = await propose(kmR, vacancy.id, client.id);
    expect(p).toMatchObject({ organisationId: world.orgs.R.id, clientId: client.id });
    // A, who owns the vacancy and the client file, does not see R's proposal: it is R's.
    expect((await kmA.get(`/api/v1/proposals/${p.id}`)).statusCode).toBe(404);
    expect((await kmA.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json()).toEqual([]);
    expect((await kmR.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json().map((x: { id: string }) => x.id)).toEqual([p.id]);
  });

  it('a vacancy the user may not see cannot be proposed for (404)', async () => {
    const ownOnly = await newVacancy(wgaA, employerId, { visibility: 'own' });
    const kmB = await world.agent('B', 'klantmanager');
    const clientB = await newClient(kmB);
    expect((await kmB.post(`/api/v1/vacancies/${ownOnly.id}/proposals`, { clientId: clientB.id })).statusCode).toBe(404);
    const region = await newVacancy(wgaA, employerId, { visibility: 'region' });
    expect((await kmB.post(`/api/v1/vacancies/${region.id}/proposals`, { clientId: clientB.id })).statusCode).toBe(201);
  });

  it('only a klantmanager proposes; a closed vacancy takes no proposals (409)', async () => {
    const vacancy = await newVacancy(wgaA, employerId);
    const client = await newClient(kmA);
    expect((await wgaA.post(`/api/v1/vacancies/${vacancy.id}/proposals`, { clientId: client.id })).statusCode).toBe(403);
    await wgaA.post(`/api/v1/vacancies/${vacancy.id}/close`, { reason: 'ingetrokken' });
    expect((await kmA.post(`/api/v1/vacancies/${vacancy.id}/proposals`, { clientId: client.id })).statusCode).toBe(409);
  });
});

describe('another organisation never sees a proposal it does not own', () => {
  it('404 on read, change, consent and checks; absent from its lists', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { visibility: 'public' });
    const p = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    for (const org of ['B', 'R', 'P'] as const) {
      const km = await world.agent(org, 'klantmanager');
      expect((await km.get(`/api/v1/proposals/${p.id}`)).statusCode, org).toBe(404);
      expect((await km.patch(`/api/v1/proposals/${p.id}`, { status: 'interview' })).statusCode, org).toBe(404);
      expect((await km.post(`/api/v1/proposals/${p.id}/introduction-consent`)).statusCode, org).toBe(404);
      expect((await km.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json(), org).toEqual([]);
    }
    expect((await kmA.get(`/api/v1/proposals/${p.id}`)).json().status).toBe('proposed');
  });

  it('names go to client-file roles, and to the employer account manager only for the own organisation’s clients', async () => {
    const vacancy = await newVacancy(wgaA, employerId);
    const client = await newClient(kmA, { firstName: 'Jan', surnamePrefix: null, surname: 'Mulder' });
    await propose(kmA, vacancy.id, client.id);
    expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json()[0].clientDisplayName).toBe('Jan Mulder');
    expect(
      (await (await world.agent('A', 'nazorgcoordinator')).get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json()[0].clientDisplayName,
    ).toBe('Jan Mulder');
    const lines = await processingLines(PLACEMENTS_ACTIVITIES.proposalView, client.bsn);
    expect(lines.length).toBe(2);
  });
});

describe('the outcome: interview, placed or rejected', () => {
  async function fresh(positions = 3) {
    const vacancy = await newVacancy(wgaA, employerId, { positions });
    const client = await newClient(kmA);
    const p = await propose(kmA, vacancy.id, client.id);
    return { vacancy, client, p };
  }

  it('proposed → interview → placed, with the placement details', async () => {
    const { p, client } = await fresh();
    const interview = await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'interview' });
    expect(interview.statusCode, interview.body).toBe(200);
    expect(interview.json()).toMatchObject({ status: 'interview', placement: null });
    const placed = await wgaA.patch(`/api/v1/proposals/${p.id}`, { status: 'placed', placement: PLACEMENT });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json()).toMatchObject({ status: 'placed', placement: PLACEMENT });
    expect(await processingLines(PLACEMENTS_ACTIVITIES.proposalUpdate, client.bsn)).toHaveLength(2);
  });

  it('proposed → rejected needs a reason (400 naming rejectionReason), then stores it', async () => {
    const { p } = await fresh();
    const missing = await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'rejected' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['rejectionReason']);
    const blank = await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'rejected', rejectionReason: '   ' });
    expect(blank.statusCode).toBe(400);
    const ok = await kmA.patch(`/api/v1/proposals/${p.id}`, {
      status: 'rejected',
      rejectionReason: 'Werkgever koos een kandidaat met heftruckcertificaat.',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Werkgever koos een kandidaat met heftruckcertificaat.' });
  });

  it('placed needs the placement details (400 naming placement and its fields)', async () => {
    const { p } = await fresh();
    const none = await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'placed' });
    expect(none.statusCode).toBe(400);
    expect(none.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['placement']);
    const bad = await kmA.patch(`/api/v1/proposals/${p.id}`, {
      status: 'placed',
      placement: { ...PLACEMENT, hours: 61, contractType: 'nul-uren' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .invalidParams.map((x: { name: string }) => x.name)
        .sort(),
    ).toEqual(['placement.contractType', 'placement.hours']);
    const misplaced = await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'interview', placement: PLACEMENT });
    expect(misplaced.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['placement']);
    expect((await kmA.get(`/api/v1/proposals/${p.id}`)).json().status).toBe('proposed');
  });

  it('illegal transitions are a 409 and change nothing', async () => {
    const { p } = await fresh();
    await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'rejected', rejectionReason: 'Geen klik.' });
    for (const body of [
      { status: 'interview' },
      { status: 'placed', placement: PLACEMENT },
      { status: 'rejected', rejectionReason: 'Nogmaals.' },
    ]) {
      const res = await kmA.patch(`/api/v1/proposals/${p.id}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(409);
    }
    const second = await fresh();
    await kmA.patch(`/api/v1/proposals/${second.p.id}`, { status: 'interview' });
    expect((await kmA.patch(`/api/v1/proposals/${second.p.id}`, { status: 'interview' })).statusCode).toBe(409);
    await kmA.patch(`/api/v1/proposals/${second.p.id}`, { status: 'placed', placement: PLACEMENT });
    expect((await kmA.patch(`/api/v1/proposals/${second.p.id}`, { status: 'rejected', rejectionReason: 'Toch niet.' })).statusCode).toBe(
      409,
    );
    expect((await kmA.get(`/api/v1/proposals/${second.p.id}`)).json()).toMatchObject({ status: 'placed', rejectionReason: null });
    expect((await kmA.patch(`/api/v1/proposals/${second.p.id}`, { status: 'proposed' })).statusCode).toBe(400);
  });

  it('a jobcoach reads but does not record the outcome', async () => {
    const { p } = await fresh();
    const jc = await world.agent('A', 'jobcoach');
    expect((await jc.get(`/api/v1/proposals/${p.id}`)).statusCode).toBe(200);
    expect((await jc.patch(`/api/v1/proposals/${p.id}`, { status: 'interview' })).statusCode).toBe(403);
  });
});

describe('placing fills the vacancy', () => {
  it('when the last open position is placed the vacancy becomes filled; then nobody more can be placed or proposed', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { positions: 2 });
    const ps = [];
    for (let i = 0; i < 3; i++) ps.push(await propose(kmA, vacancy.id, (await newClient(kmA)).id));
    await kmA.patch(`/api/v1/proposals/${ps[0]!.id}`, { status: 'placed', placement: PLACEMENT });
    expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json()).toMatchObject({ status: 'open', filledAt: null });
    await kmA.patch(`/api/v1/proposals/${ps[1]!.id}`, { status: 'rejected', rejectionReason: 'Past niet.' });
    expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json().status).toBe('open');
    await kmA.patch(`/api/v1/proposals/${ps[2]!.id}`, { status: 'placed', placement: PLACEMENT });
    const after = (await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json();
    expect(after.status).toBe('filled');
    expect(Math.abs(new Date(after.filledAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect((await kmA.post(`/api/v1/vacancies/${vacancy.id}/proposals`, { clientId: (await newClient(kmA)).id })).statusCode).toBe(409);
  });

  it('placements by region partners count too: A and B each place one on A’s region vacancy of two positions', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { positions: 2, visibility: 'region' });
    const kmB = await world.agent('B', 'klantmanager');
    const pA = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    const pB = await propose(kmB, vacancy.id, (await newClient(kmB)).id);
    expect((await kmB.patch(`/api/v1/proposals/${pB.id}`, { status: 'placed', placement: PLACEMENT })).statusCode).toBe(200);
    expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json().status).toBe('open');
    expect((await kmA.patch(`/api/v1/proposals/${pA.id}`, { status: 'placed', placement: PLACEMENT })).statusCode).toBe(200);
    expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json().status).toBe('filled');
    // Still each organisation sees only its own proposal.
    expect((await kmA.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json().map((x: { id: string }) => x.id)).toEqual([pA.id]);
    expect((await kmB.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).json().map((x: { id: string }) => x.id)).toEqual([pB.id]);
  });

  it('the partner who places the last position fills the vacancy without being able to change it otherwise', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { positions: 1, visibility: 'region' });
    const kmB = await world.agent('B', 'klantmanager');
    const pB = await propose(kmB, vacancy.id, (await newClient(kmB)).id);
    expect((await kmB.patch(`/api/v1/proposals/${pB.id}`, { status: 'placed', placement: PLACEMENT })).statusCode).toBe(200);
    expect((await kmB.get(`/api/v1/vacancies/${vacancy.id}`)).json()).toMatchObject({ status: 'filled', own: false });
    expect((await kmB.patch(`/api/v1/vacancies/${vacancy.id}`, { title: 'Van B' })).statusCode).toBe(403);
  });

  it('two placements for the last position at the same moment: exactly one wins', async () => {
    const kmB = await world.agent('B', 'klantmanager');
    for (let round = 0; round < 3; round++) {
      const vacancy = await newVacancy(wgaA, employerId, { positions: 1, visibility: 'region' });
      const pA = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
      const pB = await propose(kmB, vacancy.id, (await newClient(kmB)).id);
      const results = await Promise.all([
        kmA.patch(`/api/v1/proposals/${pA.id}`, { status: 'placed', placement: PLACEMENT }),
        kmB.patch(`/api/v1/proposals/${pB.id}`, { status: 'placed', placement: PLACEMENT }),
      ]);
      expect(results.map((r) => r.statusCode).sort(), `round ${round}`).toEqual([200, 409]);
      expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json().status).toBe('filled');
      const statuses = [
        (await kmA.get(`/api/v1/proposals/${pA.id}`)).json().status,
        (await kmB.get(`/api/v1/proposals/${pB.id}`)).json().status,
      ];
      expect(
        statuses.filter((x) => x === 'placed'),
        `round ${round}`,
      ).toHaveLength(1);
    }
  });

  it('a vacancy closed by hand takes no placements', async () => {
    const vacancy = await newVacancy(wgaA, employerId);
    const p = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    await wgaA.post(`/api/v1/vacancies/${vacancy.id}/close`, { reason: 'ingetrokken' });
    expect((await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'placed', placement: PLACEMENT })).statusCode).toBe(409);
    expect(
      (await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'rejected', rejectionReason: 'Vacature ingetrokken.' })).statusCode,
    ).toBe(200);
  });
});

describe('durable work: checks after 6 and 12 months', () => {
  async function placed(startDate: string) {
    const vacancy = await newVacancy(wgaA, employerId);
    const client = await newClient(kmA);
    const p = await propose(kmA, vacancy.id, client.id);
    expect((await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'placed', placement: { ...PLACEMENT, startDate } })).statusCode).toBe(
      200,
    );
    return { p, client };
  }

  it('records the 6-month check once (second time 409); it shows on the proposal and is logged', async () => {
    const { p, client } = await placed('2025-03-03');
    const nazorg = await world.agent('A', 'nazorgcoordinator');
    const res = await nazorg.post(`/api/v1/proposals/${p.id}/checks`, {
      months: 6,
      checkedOn: '2025-09-05',
      stillWorking: true,
      notes: 'Vaste kracht geworden.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ months: 6, checkedOn: '2025-09-05', stillWorking: true, notes: 'Vaste kracht geworden.' });
    expect(
      (await nazorg.post(`/api/v1/proposals/${p.id}/checks`, { months: 6, checkedOn: '2025-09-06', stillWorking: false })).statusCode,
    ).toBe(409);
    const twelve = await nazorg.post(`/api/v1/proposals/${p.id}/checks`, { months: 12, checkedOn: '2026-03-10', stillWorking: false });
    expect(twelve.statusCode, twelve.body).toBe(201);
    expect(
      (await kmA.get(`/api/v1/proposals/${p.id}`))
        .json()
        .checks.map((c: { months: number; stillWorking: boolean }) => [c.months, c.stillWorking]),
    ).toEqual([
      [6, true],
      [12, false],
    ]);
    expect(await processingLines(PLACEMENTS_ACTIVITIES.placementCheck, client.bsn)).toHaveLength(2);
  });

  it('a check before its moment, in the future, or for other months is a 400 naming the field', async () => {
    const { p } = await placed('2026-06-01');
    const early = await kmA.post(`/api/v1/proposals/${p.id}/checks`, { months: 6, checkedOn: '2026-11-01', stillWorking: true });
    expect(early.statusCode).toBe(400);
    expect(early.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['checkedOn']);
    const future = await kmA.post(`/api/v1/proposals/${p.id}/checks`, { months: 6, checkedOn: '2099-01-01', stillWorking: true });
    expect(future.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['checkedOn']);
    const nine = await kmA.post(`/api/v1/proposals/${p.id}/checks`, { months: 9, checkedOn: '2026-03-01', stillWorking: true });
    expect(nine.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['months']);
  });

  it('only a placement can be checked (409)', async () => {
    const vacancy = await newVacancy(wgaA, employerId);
    const p = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    expect(
      (await kmA.post(`/api/v1/proposals/${p.id}/checks`, { months: 6, checkedOn: '2026-01-01', stillWorking: true })).statusCode,
    ).toBe(409);
  });
});

describe('consent withdrawn', () => {
  it('the partner keeps its proposal but no longer sees the name and can no longer change it', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { visibility: 'public' });
    const client = await newClient(kmA);
    const consent = (await kmA.post(`/api/v1/clients/${client.id}/consents`, { organisationId: world.orgs.R.id })).json();
    const kmR = await world.agent('R', 'klantmanager');
    const p = await propose(kmR, vacancy.id, client.id);
    expect((await kmA.post(`/api/v1/clients/${client.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(200);
    const seen = await kmR.get(`/api/v1/proposals/${p.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().clientDisplayName).toBeNull();
    expect(seen.body).not.toContain(client.surname);
    expect((await kmR.patch(`/api/v1/proposals/${p.id}`, { status: 'interview' })).statusCode).toBe(409);
  });
});
