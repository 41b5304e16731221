import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../harness.ts';
import { clientInput, createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newVacancy } from '../vacancies/factories.ts';
import { OCCUPATIONS, candidates, isRanked, matchClient, part } from './factories.ts';

describe('matching: ranked candidates for a vacancy, explained, among the clients the user may see', () => {
  let t: TestApp;
  let world: World;
  let vacancyId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createVacancyTestApp();
    world = await createWorld(t.services.database.db, t.app);
    const employer = await createEmployer(t.services.database.db, world.orgs.A.id);
    const wgaA = await world.agent('A', 'werkgeversadviseur');
    // Public, so that the partner organisation R (re-integration company) may see it too.
    vacancyId = (
      await newVacancy(wgaA, employer.id, { visibility: 'public', skills: ['schoonmaken', 'zelfstandig werken'], startDate: '2027-01-04' })
    ).id;
    const kmA = await world.agent('A', 'klantmanager');
    const kmB = await world.agent('B', 'klantmanager');
    ids.best = (await matchClient(kmA, { surname: 'Best' })).id;
    ids.related = (await matchClient(kmA, { surname: 'Verwant', wantedOccupationUris: [OCCUPATIONS.orderpicker.uri] })).id;
    ids.none = (await matchClient(kmA, { surname: 'Zonderberoep', wantedOccupationUris: [] })).id;
    ids.far = (
      await matchClient(kmA, {
        surname: 'Vandaan',
        address: { street: 'Heuvel', houseNumber: 1, houseNumberAddition: null, postcode: '5038 AA', city: 'Tilburg' },
      })
    ).id;
    // A perfect match, but a client of another municipality.
    ids.otherMunicipality = (await matchClient(kmB, { surname: 'Andergemeente' })).id;
  });
  afterAll(async () => t?.close());

  it('ranks the clients of the own organisation with a plain-Dutch explanation of every part', async () => {
    const list = await candidates(await world.agent('A', 'klantmanager'), vacancyId);
    expect(list.map((c) => c.clientId)).toEqual([ids.best, ids.related, ids.none]);
    expect(isRanked(list, (c: { clientId: string }) => c.clientId)).toBe(true);
    const best = list[0]!;
    expect(best.displayName).toContain('Best');
    expect(best.parts.map((p) => p.key)).toEqual([
      'occupation',
      'distance',
      'hours',
      'education',
      'drivingLicence',
      'skills',
      'availability',
    ]);
    expect(best.score).toBe(best.parts.reduce((n, p) => n + p.points, 0));
    expect(part(best, 'occupation')).toMatchObject({ points: 35, explanation: 'zelfde beroep' });
    expect(part(best, 'distance').explanation).toMatch(/^1,\d km, binnen 15 km$/);
    expect(part(best, 'hours')).toMatchObject({ points: 15, explanation: '24 van 24 uur' });
    expect(part(best, 'education')).toMatchObject({ points: 10, explanation: 'mbo 2, voldoet aan vmbo' });
    expect(part(best, 'drivingLicence')).toMatchObject({ points: 5, explanation: 'geen rijbewijs nodig' });
    expect(part(best, 'skills')).toMatchObject({ points: 5, explanation: '1 van 2 vaardigheden (ontbreekt: zelfstandig werken)' });
    expect(part(best, 'availability')).toMatchObject({ points: 5, explanation: 'direct beschikbaar, start 4 januari 2027' });
    expect(part(list[1]!, 'occupation')).toMatchObject({ points: 6, explanation: 'zelfde hoofdgroep (ISCO 9)' });
    expect(part(list[2]!, 'occupation')).toMatchObject({ points: 0, explanation: 'geen gewenst beroep opgegeven' });
  });

  it('never lists a client of another municipality, nor one beyond the own maximum travel distance', async () => {
    for (const role of ['klantmanager', 'jobcoach', 'werkgeversadviseur'] as const) {
      const list = await candidates(await world.agent('A', role), vacancyId);
      expect(list.map((c) => c.clientId)).not.toContain(ids.otherMunicipality);
      expect(list.map((c) => c.clientId)).not.toContain(ids.far);
    }
    // Municipality B sees its own client for the same (public) vacancy, and none of A's.
    const listB = await candidates(await world.agent('B', 'klantmanager'), vacancyId);
    expect(listB.map((c) => c.clientId)).toEqual([ids.otherMunicipality]);
  });

  it('a consent lets the partner see the client in its candidates; withdrawing it removes the client', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    const kmR = await world.agent('R', 'klantmanager');
    expect(await candidates(kmR, vacancyId)).toEqual([]);
    const consent = await kmA.post(`/api/v1/clients/${ids.best}/consents`, { organisationId: world.orgs.R.id });
    expect(consent.statusCode).toBe(201);
    expect((await candidates(kmR, vacancyId)).map((c) => c.clientId)).toEqual([ids.best]);
    const withdrawn = await kmA.post(`/api/v1/clients/${ids.best}/consents/${consent.json().id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(await candidates(kmR, vacancyId)).toEqual([]);
  });

  it('a werkgeversadviseur sees candidates of the own organisation only, a klantmanager also shared ones', async () => {
    const kmB = await world.agent('B', 'klantmanager');
    const shared = await kmB.post(`/api/v1/clients/${ids.otherMunicipality}/consents`, { organisationId: world.orgs.A.id });
    expect(shared.statusCode).toBe(201);
    const forKm = (await candidates(await world.agent('A', 'klantmanager'), vacancyId)).map((c) => c.clientId);
    const forWga = (await candidates(await world.agent('A', 'werkgeversadviseur'), vacancyId)).map((c) => c.clientId);
    expect(forKm).toContain(ids.otherMunicipality);
    expect(forWga).not.toContain(ids.otherMunicipality);
    expect(forWga).toEqual(forKm.filter((id) => id !== ids.otherMunicipality));
    await kmB.post(`/api/v1/clients/${ids.otherMunicipality}/consents/${shared.json().id}/withdraw`);
    expect((await candidates(await world.agent('A', 'klantmanager'), vacancyId)).map((c) => c.clientId)).not.toContain(
      ids.otherMunicipality,
    );
  });

  it('follows changes to clients at once: an edit, a new client, a move out of reach', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    const version = (await kmA.get(`/api/v1/clients/${ids.best}`)).json().version;
    const edited = await kmA.patch(`/api/v1/clients/${ids.best}`, { version, hoursAvailable: 12 });
    expect(edited.statusCode, edited.body).toBe(200);
    let list = await candidates(kmA, vacancyId);
    const best = list.find((c) => c.clientId === ids.best)!;
    expect(part(best, 'hours')).toMatchObject({ points: 7, explanation: '12 van 24 uur' });

    const newcomer = await matchClient(kmA, { surname: 'Nieuwkomer', skills: ['schoonmaken', 'Zelfstandig werken'] });
    list = await candidates(kmA, vacancyId);
    expect(list[0]!.clientId).toBe(newcomer.id);
    expect(part(list[0]!, 'skills').explanation).toBe('2 van 2 vaardigheden');

    const v2 = (await kmA.get(`/api/v1/clients/${newcomer.id}`)).json().version;
    const moved = await kmA.patch(`/api/v1/clients/${newcomer.id}`, {
      version: v2,
      address: { street: 'Damrak', houseNumber: 1, houseNumberAddition: null, postcode: '1012 AB', city: 'Amsterdam' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await candidates(kmA, vacancyId)).map((c) => c.clientId)).not.toContain(newcomer.id);
  });

  it('answers limit, unknown and invisible vacancies as the contract says', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    expect(await candidates(kmA, vacancyId, 1)).toHaveLength(1);
    const bad = await kmA.get(`/api/v1/vacancies/${vacancyId}/candidates?limit=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('limit');
    expect((await kmA.get('/api/v1/vacancies/00000000-0000-4000-8000-000000000000/candidates')).statusCode).toBe(404);
    // A vacancy of B visible to B only.
    const employer = await createEmployer(t.services.database.db, world.orgs.B.id);
    const own = await newVacancy(await world.agent('B', 'werkgeversadviseur'), employer.id, { visibility: 'own' });
    expect((await kmA.get(`/api/v1/vacancies/${own.id}/candidates`)).statusCode).toBe(404);
    expect((await (await world.agent('A', 'beleidsadviseur')).get(`/api/v1/vacancies/${vacancyId}/candidates`)).statusCode).toBe(403);
  });
});

describe('client match fields: wanted occupations, skills, available from', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createVacancyTestApp();
    world = await createWorld(t.services.database.db, t.app);
  });
  afterAll(async () => t?.close());

  it('stores the fields, derives the ISCO groups, and keeps what a PATCH leaves out', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    const created = await matchClient(kmA, {
      wantedOccupationUris: [OCCUPATIONS.lasser.uri, OCCUPATIONS.heftruck.uri],
      skills: ['MIG-lassen', ' Heftruck  certificaat', 'mig-lassen'],
      availableFrom: '2027-03-01',
    });
    expect(created).toMatchObject({
      wantedOccupationUris: [OCCUPATIONS.lasser.uri, OCCUPATIONS.heftruck.uri],
      wantedIscoCodes: ['7212', '8344'],
      skills: ['mig-lassen', 'heftruck certificaat'],
      availableFrom: '2027-03-01',
    });
    const patched = await kmA.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: 30 });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      wantedIscoCodes: ['7212', '8344'],
      skills: ['mig-lassen', 'heftruck certificaat'],
      availableFrom: '2027-03-01',
      hoursAvailable: 30,
    });
    const cleared = await kmA.patch(`/api/v1/clients/${created.id}`, {
      version: patched.json().version,
      availableFrom: null,
      wantedOccupationUris: [OCCUPATIONS.schoonmaker.uri],
    });
    expect(cleared.json()).toMatchObject({
      availableFrom: null,
      wantedOccupationUris: [OCCUPATIONS.schoonmaker.uri],
      wantedIscoCodes: ['9112'],
    });
    // Without the fields a registration gets empty defaults.
    const plain = await kmA.post('/api/v1/clients', clientInput());
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json()).toMatchObject({ wantedOccupationUris: [], wantedIscoCodes: [], skills: [], availableFrom: null });
  });

  it('rejects an unknown occupation with a 400 naming wantedOccupationUris.N, on registration and on change', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    const res = await kmA.post('/api/v1/clients', {
      ...clientInput(),
      wantedOccupationUris: [OCCUPATIONS.lasser.uri, 'http://data.europa.eu/esco/occupation/bestaat-niet'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'wantedOccupationUris.1', code: 'unknown_occupation' })]);
    const client = await matchClient(kmA);
    const patch = await kmA.patch(`/api/v1/clients/${client.id}`, { version: client.version, wantedOccupationUris: ['onbekend'] });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().invalidParams[0].name).toBe('wantedOccupationUris.0');
    const tooMany = await kmA.patch(`/api/v1/clients/${client.id}`, {
      version: client.version,
      skills: Array.from({ length: 31 }, (_, i) => `vaardigheid ${i}`),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().invalidParams[0].name).toBe('skills');
  });
});
