import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newVacancy, OCCUPATIONS, vacancyInput } from './factories.ts';

/**
 * Vacancies: a werkgeversadviseur registers a vacancy for an employer; bad input is refused with a
 * problem naming the field; only the registering organisation changes or closes it.
 */

let t: TestApp;
let world: World;
let wgaA: Agent;
let employerId: string;

beforeAll(async () => {
  t = await createVacancyTestApp();
  world = await createWorld(t.services.database.db, t.app);
  wgaA = await world.agent('A', 'werkgeversadviseur');
  employerId = (await createEmployer(t.services.database.db, world.orgs.A.id, { name: 'Schoonmaakbedrijf Blinkend' })).id;
});
afterAll(async () => t?.close());

function invalidNames(res: { json(): { invalidParams?: { name: string }[] } }): string[] {
  return (res.json().invalidParams ?? []).map((p) => p.name);
}

describe('registering a vacancy', () => {
  it('stores every field, derives the ISCO group from the occupation and answers 201 with the vacancy', async () => {
    const res = await wgaA.post(
      '/api/v1/vacancies',
      vacancyInput(employerId, { skills: ['Schoonmaken', ' schoonmaken ', 'Zelfstandig  werken'], postcode: '5611 ab' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({
      employerId,
      employerName: 'Schoonmaakbedrijf Blinkend',
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      own: true,
      regionCode: null,
      occupationUri: OCCUPATIONS.schoonmaker.uri,
      occupationLabel: 'schoonmaker gebouwen',
      iscoCode: '9112',
      title: 'Schoonmaker kantoren (avond)',
      hoursPerWeek: 24,
      postcode: '5611 AB',
      city: 'Eindhoven',
      positions: 2,
      educationLevel: 'vmbo',
      drivingLicenceRequired: false,
      skills: ['schoonmaken', 'zelfstandig werken'],
      startDate: '2027-01-04',
      wageMinCents: 1_400_000,
      wageMaxCents: 1_650_000,
      visibility: 'own',
      status: 'open',
      filledAt: null,
    });
    expect(Math.abs(new Date(v.openedAt).getTime() - Date.now())).toBeLessThan(60_000);
    const again = await wgaA.get(`/api/v1/vacancies/${v.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(v);
  });

  it('accepts a PC4 area alone and leaves optional fields empty', async () => {
    const {
      description: _d,
      educationLevel: _e,
      startDate: _s,
      wageMinCents: _min,
      wageMaxCents: _max,
      skills: _sk,
      ...minimal
    } = vacancyInput(employerId, {
      postcode: '5038',
      occupationUri: OCCUPATIONS.lasser.uri,
    });
    const res = await wgaA.post('/api/v1/vacancies', minimal);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      postcode: '5038',
      city: 'Tilburg',
      iscoCode: '7212',
      description: null,
      educationLevel: null,
      startDate: null,
      wageMinCents: null,
      wageMaxCents: null,
      skills: [],
    });
  });

  it('a klantmanager may register one too; a jobcoach may read but not register', async () => {
    const km = await world.agent('A', 'klantmanager');
    expect((await km.post('/api/v1/vacancies', vacancyInput(employerId))).statusCode).toBe(201);
    const jc = await world.agent('A', 'jobcoach');
    expect((await jc.post('/api/v1/vacancies', vacancyInput(employerId))).statusCode).toBe(403);
    expect((await jc.get('/api/v1/vacancies')).statusCode).toBe(200);
  });
});

describe('bad input gets a 400 problem naming the field', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown occupation', { occupationUri: 'http://data.europa.eu/esco/occupation/bestaat-niet' }, 'occupationUri'],
    ['PC4 that does not exist', { postcode: '9999' }, 'postcode'],
    ['full postcode in an area that does not exist', { postcode: '9999 ZZ' }, 'postcode'],
    ['malformed postcode', { postcode: '561' }, 'postcode'],
    ['hours 0', { hoursPerWeek: 0 }, 'hoursPerWeek'],
    ['hours 61', { hoursPerWeek: 61 }, 'hoursPerWeek'],
    ['hours not whole', { hoursPerWeek: 24.5 }, 'hoursPerWeek'],
    ['wage maximum below minimum', { wageMinCents: 2_000_000, wageMaxCents: 1_900_000 }, 'wageMaxCents'],
    ['no positions', { positions: 0 }, 'positions'],
    ['unknown visibility', { visibility: 'iedereen' }, 'visibility'],
    ['region visibility without a region', { visibility: 'region' }, 'visibility'],
    ['more than 30 skills', { skills: Array.from({ length: 31 }, (_, i) => `vaardigheid ${i}`) }, 'skills'],
    ['unknown employer', { employerId: '00000000-0000-4000-8000-000000000000' }, 'employerId'],
    ['unknown field', { salaris: 12 }, 'salaris'],
  ];
  for (const [label, overrides, field] of cases) {
    it(`${label} → ${field}`, async () => {
      const res = await wgaA.post('/api/v1/vacancies', vacancyInput(employerId, overrides));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('validation_failed');
      expect(invalidNames(res)).toContain(field);
      for (const p of res.json().invalidParams) expect(p.reason).toMatch(/\S/);
    });
  }

  it('names every wrong field at once (occupation, postcode and wage together)', async () => {
    const res = await wgaA.post(
      '/api/v1/vacancies',
      vacancyInput(employerId, { occupationUri: 'onbekend', postcode: '9999', wageMinCents: 5, wageMaxCents: 1 }),
    );
    expect(res.statusCode).toBe(400);
    expect(invalidNames(res).sort()).toEqual(['occupationUri', 'postcode', 'wageMaxCents']);
  });

  it('a refused vacancy is not stored', async () => {
    const before = (await wgaA.get('/api/v1/vacancies?pageSize=100')).json().total;
    await wgaA.post('/api/v1/vacancies', vacancyInput(employerId, { postcode: '9999' }));
    expect((await wgaA.get('/api/v1/vacancies?pageSize=100')).json().total).toBe(before);
  });
});

describe('changing and closing', () => {
  it('PATCH changes only the given fields and re-derives the ISCO group', async () => {
    const v = await newVacancy(wgaA, employerId);
    const res = await wgaA.patch(`/api/v1/vacancies/${v.id}`, {
      occupationUri: OCCUPATIONS.heftruck.uri,
      hoursPerWeek: 32,
      postcode: '5651',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      iscoCode: '8344',
      occupationLabel: 'heftruckchauffeur',
      hoursPerWeek: 32,
      postcode: '5651',
      title: v.title,
      description: v.description,
      wageMinCents: 1_400_000,
    });
  });

  it('PATCH validates like POST: wage range against the stored minimum, unknown occupation, hours', async () => {
    const v = await newVacancy(wgaA, employerId);
    expect(invalidNames(await wgaA.patch(`/api/v1/vacancies/${v.id}`, { wageMaxCents: 100 }))).toEqual(['wageMaxCents']);
    expect(invalidNames(await wgaA.patch(`/api/v1/vacancies/${v.id}`, { occupationUri: 'x' }))).toEqual(['occupationUri']);
    expect(invalidNames(await wgaA.patch(`/api/v1/vacancies/${v.id}`, { hoursPerWeek: 70 }))).toEqual(['hoursPerWeek']);
    expect(invalidNames(await wgaA.patch(`/api/v1/vacancies/${v.id}`, { employerId }))).toEqual(['employerId']);
  });

  it('PATCH can clear an optional field with null', async () => {
    const v = await newVacancy(wgaA, employerId);
    const res = await wgaA.patch(`/api/v1/vacancies/${v.id}`, { wageMinCents: null, wageMaxCents: null, description: null });
    expect(res.json()).toMatchObject({ wageMinCents: null, wageMaxCents: null, description: null });
  });

  it('closing as ingetrokken or vervuld ends the vacancy; a closed vacancy cannot be changed or closed again', async () => {
    const a = await newVacancy(wgaA, employerId);
    const withdrawn = await wgaA.post(`/api/v1/vacancies/${a.id}/close`, { reason: 'ingetrokken' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', filledAt: null });
    const b = await newVacancy(wgaA, employerId);
    const filled = (await wgaA.post(`/api/v1/vacancies/${b.id}/close`, { reason: 'vervuld' })).json();
    expect(filled.status).toBe('filled');
    expect(filled.filledAt).not.toBeNull();
    expect((await wgaA.post(`/api/v1/vacancies/${a.id}/close`, { reason: 'vervuld' })).statusCode).toBe(409);
    expect((await wgaA.patch(`/api/v1/vacancies/${b.id}`, { title: 'Nieuw' })).statusCode).toBe(409);
    expect((await wgaA.post(`/api/v1/vacancies/${b.id}/close`, { reason: 'weg' })).statusCode).toBe(400);
  });

  it('another organisation cannot see an own-only vacancy at all: 404 on read, change and close', async () => {
    const v = await newVacancy(wgaA, employerId);
    const wgaB = await world.agent('B', 'werkgeversadviseur');
    expect((await wgaB.get(`/api/v1/vacancies/${v.id}`)).statusCode).toBe(404);
    expect((await wgaB.patch(`/api/v1/vacancies/${v.id}`, { title: 'Overgenomen' })).statusCode).toBe(404);
    expect((await wgaB.post(`/api/v1/vacancies/${v.id}/close`, { reason: 'ingetrokken' })).statusCode).toBe(404);
    expect((await wgaA.get(`/api/v1/vacancies/${v.id}`)).json()).toMatchObject({ title: v.title, status: 'open' });
  });

  it('another organisation that sees a public vacancy still cannot change it (403)', async () => {
    const v = await newVacancy(wgaA, employerId, { visibility: 'public' });
    const wgaB = await world.agent('B', 'werkgeversadviseur');
    const seen = await wgaB.get(`/api/v1/vacancies/${v.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().own).toBe(false);
    expect((await wgaB.patch(`/api/v1/vacancies/${v.id}`, { title: 'Overgenomen' })).statusCode).toBe(403);
    expect((await wgaB.post(`/api/v1/vacancies/${v.id}/close`, { reason: 'ingetrokken' })).statusCode).toBe(403);
  });
});

describe('listing', () => {
  it('filters by status and employer, searches the title, pages', async () => {
    const other = await createEmployer(t.services.database.db, world.orgs.A.id, { name: 'Lasbedrijf Vonk' });
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push(await newVacancy(wgaA, other.id, { title: `Lasser ${i} MIG/MAG`, occupationUri: OCCUPATIONS.lasser.uri }));
    await wgaA.post(`/api/v1/vacancies/${made[0]!.id}/close`, { reason: 'ingetrokken' });
    const forEmployer = (await wgaA.get(`/api/v1/vacancies?employerId=${other.id}`)).json();
    expect(forEmployer.total).toBe(3);
    const open = (await wgaA.get(`/api/v1/vacancies?employerId=${other.id}&status=open`)).json();
    expect(open.items.map((v: { id: string }) => v.id).sort()).toEqual([made[1]!.id, made[2]!.id].sort());
    const page = (await wgaA.get(`/api/v1/vacancies?employerId=${other.id}&pageSize=2&page=2`)).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    const searched = (await wgaA.get(`/api/v1/vacancies?q=${encodeURIComponent('mig/mag')}`)).json();
    expect(searched.total).toBe(3);
    expect((await wgaA.get('/api/v1/vacancies?status=gesloten')).statusCode).toBe(400);
  });
});
