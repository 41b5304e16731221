import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEMENTS_ACTIVITIES } from '../../../src/modules/placements/placements.activities.ts';
import { Agent, type TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newClient, newVacancy, PLACEMENT, propose } from '../vacancies/factories.ts';

/**
 * The employer portal: a user with role werkgever, in the employer's own organisation on the platform,
 * sees the employer's vacancies and the candidates proposed, under a stable pseudonym and without name,
 * BSN, e-mail or phone until the client agreed to be introduced; the BSN never.
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let wgaA: Agent;
let portal: Agent;
let otherPortal: Agent;
let portalOrgId: string;
let vacancy: { id: string; title?: unknown };

async function portalUser(name: string): Promise<{ agent: Agent; organisationId: string }> {
  const admin = await world.agent('P', 'functioneel_beheerder');
  const org = await admin.post('/api/v1/organisations', { name, kind: 'werkgever' });
  expect(org.statusCode, org.body).toBe(201);
  const email = `portaal-${org.json().id.slice(0, 8)}@werkgever.test`;
  const user = await admin.post('/api/v1/users', {
    email,
    name: `Personeelszaken ${name}`,
    organisationId: org.json().id,
    roles: ['werkgever'],
    password: 'een-lang-wachtwoord',
  });
  expect(user.statusCode, user.body).toBe(201);
  return { agent: await Agent.login(t.app, email, 'een-lang-wachtwoord'), organisationId: org.json().id };
}

const SECRET = { firstName: 'Wilhelmina', surname: 'Zwanenburg', email: 'w.zwanenburg@voorbeeld.nl', phone: '06 98765432' };

beforeAll(async () => {
  t = await createVacancyTestApp();
  const db = t.services.database.db;
  world = await createWorld(db, t.app);
  kmA = await world.agent('A', 'klantmanager');
  wgaA = await world.agent('A', 'werkgeversadviseur');
  const p = await portalUser('Bakkerij De Korenschoof (portaal)');
  portal = p.agent;
  portalOrgId = p.organisationId;
  otherPortal = (await portalUser('Metaalwerken Vonk (portaal)')).agent;
  const employer = await createEmployer(db, world.orgs.A.id, { name: 'Bakkerij De Korenschoof', portalOrganisationId: portalOrgId });
  vacancy = await newVacancy(wgaA, employer.id, { title: 'Inpakker broodafdeling', visibility: 'own', positions: 5 });
});
afterAll(async () => t?.close());

function portalProposals(agent = portal) {
  return agent.get('/api/v1/employer-portal/proposals');
}

describe('employer portal: candidates', () => {
  it('before introduction consent: pseudonym, hours, education, place — and no name, BSN, e-mail or phone anywhere in the JSON', async () => {
    const client = await newClient(kmA, {
      ...SECRET,
      surnamePrefix: null,
      hoursAvailable: 32,
      educationLevel: 'mbo2',
      address: { street: 'Kerkstraat', houseNumber: 3, postcode: '5038 AB', city: 'Tilburg' },
    });
    const p = await propose(kmA, vacancy.id, client.id, false);
    const res = await portalProposals();
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().find((x: { id: string }) => x.id === p.id);
    expect(mine).toMatchObject({
      vacancyId: vacancy.id,
      vacancyTitle: 'Inpakker broodafdeling',
      status: 'proposed',
      hoursAvailable: 32,
      educationLevel: 'mbo2',
      city: 'Tilburg',
      introduced: false,
    });
    expect(mine.candidateLabel).toMatch(/^Kandidaat \d{4}$/);
    expect(Object.keys(mine)).not.toEqual(expect.arrayContaining(['name']));
    for (const secret of [SECRET.firstName, SECRET.surname, SECRET.email, SECRET.phone, client.bsn, client.id]) {
      expect(res.body, secret).not.toContain(secret);
    }
    expect(res.body.toLowerCase()).not.toContain('zwanenburg');
    expect(res.body).not.toContain('"bsn"');
  });

  it('after the client agrees to be introduced: name, e-mail and phone — still never the BSN', async () => {
    const client = await newClient(kmA, { ...SECRET, firstName: 'Hendrika', surnamePrefix: 'van', surname: 'Oosterhout' });
    const p = await propose(kmA, vacancy.id, client.id, false);
    expect((await portalProposals()).body).not.toContain('Oosterhout');
    const consent = await kmA.post(`/api/v1/proposals/${p.id}/introduction-consent`);
    expect(consent.statusCode, consent.body).toBe(200);
    expect(consent.json().introductionConsent).toBe(true);
    const res = await portalProposals();
    const mine = res.json().find((x: { id: string }) => x.id === p.id);
    expect(mine).toMatchObject({ introduced: true, name: 'Hendrika van Oosterhout', email: SECRET.email, phone: SECRET.phone });
    expect(res.body).not.toContain(client.bsn);
    expect(res.body).not.toContain('"bsn"');
  });

  it('consent given when proposing shows the name straight away', async () => {
    const client = await newClient(kmA, { firstName: 'Pieter', surnamePrefix: null, surname: 'Klaassen' });
    const p = await propose(kmA, vacancy.id, client.id, true);
    const mine = (await portalProposals()).json().find((x: { id: string }) => x.id === p.id);
    expect(mine).toMatchObject({ introduced: true, name: 'Pieter Klaassen' });
  });

  it('the pseudonym is stable for a candidate across vacancies and requests', async () => {
    const client = await newClient(kmA);
    const second = await newVacancy(wgaA, (await portalVacancyEmployer()).employerId, { title: 'Bezorger' });
    const p1 = await propose(kmA, vacancy.id, client.id);
    const p2 = await propose(kmA, second.id, client.id);
    const labels = async () => {
      const list = (await portalProposals()).json<{ id: string; candidateLabel: string }[]>();
      return [list.find((x) => x.id === p1.id)!.candidateLabel, list.find((x) => x.id === p2.id)!.candidateLabel];
    };
    const [a, b] = await labels();
    expect(a).toBe(b);
    expect(await labels()).toEqual([a, b]);
  });

  it('candidates proposed by a partner (with the client’s consent) are shown the same way', async () => {
    const publicVacancy = await newVacancy(wgaA, (await portalVacancyEmployer()).employerId, {
      title: 'Verkoper winkel',
      visibility: 'public',
    });
    const client = await newClient(kmA, { surname: 'Partnerkandidaat', hoursAvailable: 20, educationLevel: 'vmbo' });
    await kmA.post(`/api/v1/clients/${client.id}/consents`, { organisationId: world.orgs.R.id });
    const p = await propose(await world.agent('R', 'klantmanager'), publicVacancy.id, client.id);
    const res = await portalProposals();
    expect(res.json().find((x: { id: string }) => x.id === p.id)).toMatchObject({
      hoursAvailable: 20,
      educationLevel: 'vmbo',
      introduced: false,
    });
    expect(res.body).not.toContain('Partnerkandidaat');
  });

  it('the outcome is visible to the employer; reading the candidates is logged as processing', async () => {
    const client = await newClient(kmA);
    const p = await propose(kmA, vacancy.id, client.id);
    await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'placed', placement: PLACEMENT });
    expect((await portalProposals()).json().find((x: { id: string }) => x.id === p.id).status).toBe('placed');
    const admin = await t.admin();
    try {
      const rows = await admin.query<{ organisation_id: string }>(
        'SELECT organisation_id::text FROM processing_log WHERE processing_activity_id = $1 AND data_subject_id = $2',
        [PLACEMENTS_ACTIVITIES.portalCandidates.id, t.services.audit.pseudonymise(client.bsn)],
      );
      expect(rows).toEqual([{ organisation_id: portalOrgId }]);
    } finally {
      await admin.close();
    }
  });

  it('another employer sees none of it', async () => {
    const res = await portalProposals(otherPortal);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
    expect((await otherPortal.get('/api/v1/employer-portal/vacancies')).json()).toEqual([]);
  });

  it('an employer user cannot reach the staff routes', async () => {
    const p = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    expect((await portal.get(`/api/v1/proposals/${p.id}`)).statusCode).toBe(403);
    expect((await portal.get(`/api/v1/vacancies/${vacancy.id}/proposals`)).statusCode).toBe(403);
    expect((await portal.get('/api/v1/vacancies')).statusCode).toBe(403);
    expect((await portal.get('/api/v1/clients')).statusCode).toBe(403);
  });
});

describe('employer portal: vacancies', () => {
  it('lists the employer’s own vacancies (also own-only ones) with the number of candidates proposed', async () => {
    const res = await portal.get('/api/v1/employer-portal/vacancies');
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().find((x: { id: string }) => x.id === vacancy.id);
    expect(mine).toMatchObject({ title: 'Inpakker broodafdeling', status: 'open', city: 'Eindhoven', positions: 5, hoursPerWeek: 24 });
    const proposals = (await portalProposals()).json().filter((x: { vacancyId: string }) => x.vacancyId === vacancy.id);
    expect(mine.proposals).toBe(proposals.length);
    expect(mine.proposals).toBeGreaterThan(0);
    expect(res.body).not.toContain(world.orgs.A.id);
  });
});

async function portalVacancyEmployer(): Promise<{ employerId: string }> {
  return { employerId: (await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json().employerId };
}
