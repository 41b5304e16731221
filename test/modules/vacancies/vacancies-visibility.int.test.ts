import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../../src/platform/db/database.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newVacancy, setRegion } from './factories.ts';

/**
 * Who sees a vacancy: 'own' only the registering organisation; 'region' also the partners in the same
 * labour-market region; 'public' everyone, also the public vacancy site without login. Row-level
 * security enforces it in the database, not just the query.
 */

let t: TestApp;
let world: World;
let wgaA: Agent;
let employer: { id: string; name: string };
const v: Record<'own' | 'region' | 'public' | 'publicClosed', { id: string; title: string }> = {} as never;

beforeAll(async () => {
  t = await createVacancyTestApp();
  const db = t.services.database.db;
  world = await createWorld(db, t.app);
  // A and B are in Zuidoost-Brabant (AM28 in this test), R is in another region, P in none.
  await setRegion(db, world.orgs.A.id, 'AM28');
  await setRegion(db, world.orgs.B.id, 'AM28');
  await setRegion(db, world.orgs.R.id, 'AM24');
  wgaA = await world.agent('A', 'werkgeversadviseur');
  employer = await createEmployer(db, world.orgs.A.id, { name: 'Bakkerij De Korenschoof' });
  for (const visibility of ['own', 'region', 'public'] as const) {
    const created = await newVacancy(wgaA, employer.id, { visibility, title: `Vacature ${visibility} ${Date.now().toString(36)}` });
    v[visibility] = { id: created.id, title: created.title as string };
  }
  const closed = await newVacancy(wgaA, employer.id, { visibility: 'public', title: 'Gesloten openbare vacature' });
  expect((await wgaA.post(`/api/v1/vacancies/${closed.id}/close`, { reason: 'ingetrokken' })).statusCode).toBe(200);
  v.publicClosed = { id: closed.id, title: 'Gesloten openbare vacature' };
});
afterAll(async () => t?.close());

async function visibleIds(agent: Agent): Promise<string[]> {
  const res = await agent.get('/api/v1/vacancies?pageSize=100');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((x: { id: string }) => x.id);
}

describe('visibility for organisations', () => {
  it('a region vacancy records the region of the registering organisation', async () => {
    expect((await wgaA.get(`/api/v1/vacancies/${v.region.id}`)).json()).toMatchObject({ regionCode: 'AM28', visibility: 'region' });
  });

  it('the registering organisation sees all its vacancies', async () => {
    expect(await visibleIds(wgaA)).toEqual(expect.arrayContaining([v.own.id, v.region.id, v.public.id, v.publicClosed.id]));
  });

  it('a partner in the same region sees region and public vacancies, not own-only ones', async () => {
    const kmB = await world.agent('B', 'klantmanager');
    const ids = await visibleIds(kmB);
    expect(ids).toEqual(expect.arrayContaining([v.region.id, v.public.id]));
    expect(ids).not.toContain(v.own.id);
    expect((await kmB.get(`/api/v1/vacancies/${v.region.id}`)).statusCode).toBe(200);
    expect((await kmB.get(`/api/v1/vacancies/${v.own.id}`)).statusCode).toBe(404);
  });

  it('an organisation in another region, or in none, sees only the public vacancies', async () => {
    for (const org of ['R', 'P'] as const) {
      const agent = await world.agent(org, 'klantmanager');
      const ids = await visibleIds(agent);
      expect(ids, org).toContain(v.public.id);
      expect(ids, org).not.toContain(v.region.id);
      expect(ids, org).not.toContain(v.own.id);
      expect((await agent.get(`/api/v1/vacancies/${v.region.id}`)).statusCode, org).toBe(404);
    }
  });

  it('changing the visibility takes effect at once', async () => {
    const x = await newVacancy(wgaA, employer.id, { visibility: 'own' });
    const kmB = await world.agent('B', 'klantmanager');
    expect((await kmB.get(`/api/v1/vacancies/${x.id}`)).statusCode).toBe(404);
    expect((await wgaA.patch(`/api/v1/vacancies/${x.id}`, { visibility: 'region' })).statusCode).toBe(200);
    expect((await kmB.get(`/api/v1/vacancies/${x.id}`)).statusCode).toBe(200);
    expect((await wgaA.patch(`/api/v1/vacancies/${x.id}`, { visibility: 'own' })).statusCode).toBe(200);
    expect((await kmB.get(`/api/v1/vacancies/${x.id}`)).statusCode).toBe(404);
  });

  it('the database itself enforces it: a bare SELECT in a tenant context returns only the visible rows', async () => {
    const db = t.services.database.db;
    const ids = async (organisationId: string | null, regionCode: string | null) =>
      (
        await inTenant(db, organisationId ? { organisationId, userId: null, regionCode } : null, (tx) =>
          queryRows<{ id: string }>(tx, sql`SELECT id FROM vacancies`),
        )
      ).map((r) => r.id);
    const asB = await ids(world.orgs.B.id, 'AM28');
    expect(asB).toEqual(expect.arrayContaining([v.region.id, v.public.id]));
    expect(asB).not.toContain(v.own.id);
    // Organisation B claiming another region gets that region's vacancies, not AM28's.
    const asBElsewhere = await ids(world.orgs.B.id, 'AM24');
    expect(asBElsewhere).not.toContain(v.region.id);
    const anonymous = await ids(null, null);
    expect(anonymous).toEqual(expect.arrayContaining([v.public.id, v.publicClosed.id]));
    expect(anonymous).not.toContain(v.own.id);
    expect(anonymous).not.toContain(v.region.id);
    // Another organisation cannot write a vacancy in A's name.
    await expect(
      inTenant(db, { organisationId: world.orgs.B.id, userId: null }, (tx) =>
        tx.execute(sql`UPDATE vacancies SET title = 'gekaapt' WHERE id = ${v.public.id}`),
      ),
    ).resolves.toBeDefined();
    expect((await wgaA.get(`/api/v1/vacancies/${v.public.id}`)).json().title).toBe(v.public.title);
  });
});

describe('the public vacancy site (no login)', () => {
  const PUBLIC_FIELDS = [
    'id',
    'title',
    'occupationLabel',
    'employerName',
    'city',
    'hoursPerWeek',
    'startDate',
    'wageMinCents',
    'wageMaxCents',
    'description',
    'publishedAt',
  ];

  async function publicPage(query = '') {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/vacancies${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  }

  it('lists public open vacancies without a session, with public-safe fields only', async () => {
    const res = await publicPage('?pageSize=50');
    const items = res.json().items as Record<string, unknown>[];
    const mine = items.find((x) => x.id === v.public.id)!;
    expect(mine).toBeDefined();
    expect(Object.keys(mine).sort()).toEqual([...PUBLIC_FIELDS].sort());
    expect(mine).toMatchObject({
      title: v.public.title,
      occupationLabel: 'schoonmaker gebouwen',
      employerName: 'Bakkerij De Korenschoof',
      city: 'Eindhoven',
      hoursPerWeek: 24,
      startDate: '2027-01-04',
      wageMinCents: 1_400_000,
      wageMaxCents: 1_650_000,
    });
    // Nothing about who registered it.
    expect(res.body).not.toContain(world.orgs.A.id);
    expect(res.body).not.toContain(world.orgs.A.name);
  });

  it('never shows an own-only or region vacancy, nor a closed one', async () => {
    const res = await publicPage('?pageSize=50');
    const ids = res.json().items.map((x: { id: string }) => x.id);
    expect(ids).not.toContain(v.own.id);
    expect(ids).not.toContain(v.region.id);
    expect(ids).not.toContain(v.publicClosed.id);
    expect(res.body).not.toContain(v.own.title);
    expect(res.body).not.toContain(v.region.title);
  });

  it('searches title, occupation, employer and place', async () => {
    const x = await newVacancy(wgaA, employer.id, { visibility: 'public', title: 'Broodbakker nachtdienst', postcode: '5038' });
    for (const q of ['broodbakker', 'Tilburg', 'korenschoof', 'schoonmaker']) {
      const ids = (await publicPage(`?q=${encodeURIComponent(q)}`)).json().items.map((i: { id: string }) => i.id);
      expect(ids, q).toContain(x.id);
    }
    expect((await publicPage('?q=astronaut')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('a vacancy made private disappears from the site', async () => {
    const x = await newVacancy(wgaA, employer.id, { visibility: 'public', title: 'Tijdelijk openbaar' });
    expect((await publicPage('?pageSize=50')).json().items.map((i: { id: string }) => i.id)).toContain(x.id);
    await wgaA.patch(`/api/v1/vacancies/${x.id}`, { visibility: 'own' });
    expect((await publicPage('?pageSize=50')).json().items.map((i: { id: string }) => i.id)).not.toContain(x.id);
  });

  it('bad paging is a 400, not an error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/vacancies?page=0' });
    expect(res.statusCode).toBe(400);
  });
});
