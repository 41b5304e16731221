import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newVacancy, setRegion } from '../vacancies/factories.ts';
import { OCCUPATIONS, isRanked, matchClient, part, vacancyMatches } from './factories.ts';

describe('matching: ranked open vacancies for a client, among the vacancies the user may see', () => {
  let t: TestApp;
  let world: World;
  let clientId: string;
  const v: Record<string, string> = {};

  beforeAll(async () => {
    t = await createVacancyTestApp();
    const db = t.services.database.db;
    world = await createWorld(db, t.app);
    // A and B share a labour-market region; R is elsewhere. Regions are set before anyone signs in.
    await setRegion(db, world.orgs.A.id, 'AM24');
    await setRegion(db, world.orgs.B.id, 'AM24');
    await setRegion(db, world.orgs.R.id, 'AM01');
    const employerA = await createEmployer(db, world.orgs.A.id, { name: 'Glans Schoonmaak' });
    const employerB = await createEmployer(db, world.orgs.B.id, { name: 'Logistiek Tilburg' });
    const wgaA = await world.agent('A', 'werkgeversadviseur');
    const wgaB = await world.agent('B', 'werkgeversadviseur');
    v.ownA = (await newVacancy(wgaA, employerA.id, { title: 'Schoonmaker kantoren' })).id;
    v.closedA = (await newVacancy(wgaA, employerA.id, { title: 'Schoonmaker (gesloten)' })).id;
    expect((await wgaA.post(`/api/v1/vacancies/${v.closedA}/close`, { reason: 'ingetrokken' })).statusCode).toBe(200);
    v.ownB = (await newVacancy(wgaB, employerB.id, { title: 'Alleen voor Tilburg', visibility: 'own', postcode: '5611' })).id;
    v.regionB = (
      await newVacancy(wgaB, employerB.id, {
        title: 'Orderpicker regio',
        visibility: 'region',
        occupationUri: OCCUPATIONS.orderpicker.uri,
        postcode: '5651',
      })
    ).id;
    v.publicB = (await newVacancy(wgaB, employerB.id, { title: 'Schoonmaker openbaar', visibility: 'public', postcode: '5612' })).id;
    v.amsterdam = (await newVacancy(wgaA, employerA.id, { title: 'Schoonmaker Amsterdam', postcode: '1012' })).id;
    clientId = (await matchClient(await world.agent('A', 'klantmanager'))).id;
  });
  afterAll(async () => t?.close());

  it('lists the visible open vacancies within reach, best first, explained', async () => {
    const list = await vacancyMatches(await world.agent('A', 'klantmanager'), clientId);
    const listed = list.map((m) => m.vacancyId);
    expect(new Set(listed)).toEqual(new Set([v.ownA, v.publicB, v.regionB]));
    expect(isRanked(list, (m: { vacancyId: string }) => m.vacancyId)).toBe(true);
    expect(listed.at(-1)).toBe(v.regionB); // another occupation ranks below the two cleaning jobs
    const own = list.find((m) => m.vacancyId === v.ownA)!;
    expect(own).toMatchObject({ title: 'Schoonmaker kantoren', employerName: 'Glans Schoonmaak' });
    expect(part(own, 'occupation').explanation).toBe('zelfde beroep');
    expect(part(own, 'distance').explanation).toMatch(/^1,\d km, binnen 15 km$/);
    expect(own.score).toBe(own.parts.reduce((n, p) => n + p.points, 0));
    expect(
      part(
        list.find((m) => m.vacancyId === v.regionB)!,
        'occupation',
      ).explanation,
    ).toBe('zelfde hoofdgroep (ISCO 9)');
  });

  it('a partner with consent may ask for the client; others get 404; roles without client files 403', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    const kmR = await world.agent('R', 'klantmanager');
    expect((await kmR.get(`/api/v1/clients/${clientId}/vacancies`)).statusCode).toBe(404);
    const consent = await kmA.post(`/api/v1/clients/${clientId}/consents`, { organisationId: world.orgs.R.id });
    expect(consent.statusCode).toBe(201);
    // R sees the client, but only the vacancies R may see: the public one (R is in another region).
    expect((await vacancyMatches(kmR, clientId)).map((m) => m.vacancyId)).toEqual([v.publicB]);
    expect((await (await world.agent('B', 'klantmanager')).get(`/api/v1/clients/${clientId}/vacancies`)).statusCode).toBe(404);
    expect((await (await world.agent('A', 'jobcoach')).get(`/api/v1/clients/${clientId}/vacancies`)).statusCode).toBe(200);
    expect((await (await world.agent('A', 'werkgeversadviseur')).get(`/api/v1/clients/${clientId}/vacancies`)).statusCode).toBe(403);
  });

  it('follows new, changed and closed vacancies', async () => {
    const kmA = await world.agent('A', 'klantmanager');
    const wgaA = await world.agent('A', 'werkgeversadviseur');
    const employer = await createEmployer(t.services.database.db, world.orgs.A.id);
    const fresh = (
      await newVacancy(wgaA, employer.id, { title: 'Schoonmaker nieuw', hoursPerWeek: 24, skills: ['schoonmaken'], postcode: '5612' })
    ).id;
    let list = await vacancyMatches(kmA, clientId);
    expect(list[0]!.vacancyId).toBe(fresh);
    const changed = await wgaA.patch(`/api/v1/vacancies/${fresh}`, { hoursPerWeek: 48 });
    expect(changed.statusCode, changed.body).toBe(200);
    list = await vacancyMatches(kmA, clientId);
    expect(
      part(
        list.find((m) => m.vacancyId === fresh)!,
        'hours',
      ).explanation,
    ).toBe('24 van 48 uur');
    expect((await wgaA.post(`/api/v1/vacancies/${fresh}/close`, { reason: 'vervuld' })).statusCode).toBe(200);
    expect((await vacancyMatches(kmA, clientId)).map((m) => m.vacancyId)).not.toContain(fresh);
  });
});
