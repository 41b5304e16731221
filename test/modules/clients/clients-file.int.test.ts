import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type Agent, type TestApp } from '../../harness.ts';
import { clientInput, validBsn, type World, nextBsn, openTestWorld } from '../../factories.ts';
import { newTrail } from '../../../src/platform/audit/trail.ts';
import { queryRows } from '../../../src/platform/db/database.ts';
import { Client } from '../../../src/modules/clients/clients.api.ts';
import type { Actor } from '../../../src/platform/http/access.ts';
import type { Role } from '../../../src/kernel/roles.ts';

/** The client file: register, read, edit with optimistic locking, the caseload and its search. */

const input = (overrides: Record<string, unknown> = {}) => clientInput({ bsn: nextBsn(), ...overrides });

let t: TestApp;
let world: World;
let km: Agent;
let unique = 0;
/** A surname no other test uses, so list assertions are exact however the tests are ordered. */
const surname = (label: string) => `${label}${Date.now().toString(36)}x${(unique++).toString(36)}`;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
});
afterAll(async () => t?.close());

async function register(overrides: Record<string, unknown> = {}, agent: Agent = km) {
  const res = await agent.post('/api/v1/clients', input(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function me(agent: Agent): Promise<{ id: string; name: string }> {
  const res = await agent.get('/api/v1/sessions/current');
  return res.json().user;
}

describe('register and read', () => {
  it('registers a client: 201 with the normalised file, owned by the organisation, the registrar as case manager', async () => {
    const bsn = validBsn(31_001);
    const res = await km.post(
      '/api/v1/clients',
      input({
        bsn,
        firstName: '  Jan ',
        surnamePrefix: 'van der',
        surname: 'Berg',
        email: 'Jan.vanderBerg@Example.COM',
        address: { street: 'Markt', houseNumber: 3, houseNumberAddition: 'b', postcode: '5211ab', city: "'s-Hertogenbosch" },
        languages: ['Nederlands'],
        targetGroups: ['vijftig_plus'],
        healthLimitations: null,
      }),
    );
    expect(res.statusCode).toBe(201);
    const c = res.json();
    const self = await me(km);
    expect(c).toMatchObject({
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      shared: false,
      bsn,
      firstName: 'Jan',
      surnamePrefix: 'van der',
      surname: 'Berg',
      displayName: 'Jan van der Berg',
      email: 'jan.vanderberg@example.com',
      address: { street: 'Markt', houseNumber: 3, houseNumberAddition: 'b', postcode: '5211 AB', city: "'s-Hertogenbosch" },
      languages: ['Nederlands'],
      targetGroups: ['vijftig_plus'],
      caseManager: { id: self.id, name: self.name },
      latestLadder: null,
      version: 1,
    });
    // A klantmanager sees the health field; "none recorded" is null, not a missing key.
    expect('healthLimitations' in c).toBe(true);
    expect(c.healthLimitations).toBeNull();
    expect(new Date(c.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('GET returns the same file as the registration answered', async () => {
    const created = await register();
    const res = await km.get(`/api/v1/clients/${created.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual(created);
  });

  it('an unknown id → 404 problem; a malformed id → 404 as well', async () => {
    const unknown = await km.get('/api/v1/clients/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await km.get('/api/v1/clients/not-a-uuid')).statusCode).toBe(404);
  });

  it('another municipality gets 404 for the file, not 403 (it does not learn the file exists)', async () => {
    const created = await register();
    const kmB = await world.agent('B', 'klantmanager');
    const res = await kmB.get(`/api/v1/clients/${created.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(created.bsn);
  });
});

describe('health limitations (special-category data)', () => {
  it('klantmanager and jobcoach of the owning organisation receive healthLimitations', async () => {
    const created = await register({ healthLimitations: 'Astma: geen stoffige omgeving.' });
    for (const role of ['klantmanager', 'jobcoach'] as const) {
      const res = await (await world.agent('A', role)).get(`/api/v1/clients/${created.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().healthLimitations).toBe('Astma: geen stoffige omgeving.');
    }
  });

  it('for a role that may read the file but not health data, the key is absent from the file (not null)', async () => {
    const created = await register({ healthLimitations: 'Astma: geen stoffige omgeving.' });
    const [row] = await queryRows<{ id: string; name: string }>(
      t.services.database.db,
      sql`SELECT id, name FROM users WHERE email = ${world.email('A', 'werkgeversadviseur')}`,
    );
    const actorFor = (roles: Role[]): Actor => ({
      userId: row!.id,
      name: row!.name,
      email: world.email('A', 'werkgeversadviseur'),
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      organisationKind: 'gemeente',
      roles,
      csrfToken: 'x',
      sessionTokenHash: 'x',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const file = await t.services.clients.get(actorFor(['werkgeversadviseur']), created.id, newTrail('127.0.0.1'));
    expect(file.surname).toBe(created.surname);
    expect('healthLimitations' in file).toBe(false);
    // The response schema the route sends through keeps it absent.
    expect('healthLimitations' in Client.parse(file)).toBe(false);
    expect(JSON.stringify(Client.parse(file))).not.toContain('Astma');
    // Same service, a role that may see it: present.
    const forJobcoach = await t.services.clients.get(actorFor(['jobcoach']), created.id, newTrail('127.0.0.1'));
    expect(forJobcoach.healthLimitations).toBe('Astma: geen stoffige omgeving.');
  });

  it('roles that may not read client files get 403 on the file route', async () => {
    const created = await register();
    for (const role of ['werkgeversadviseur', 'beleidsadviseur', 'functioneel_beheerder'] as const) {
      const res = await (await world.agent('A', role)).get(`/api/v1/clients/${created.id}`);
      expect(res.statusCode, role).toBe(403);
      expect(res.body).not.toContain(created.bsn);
    }
  });
});

describe('edit with optimistic locking', () => {
  it('PATCH with the current version changes the named fields and bumps the version', async () => {
    const created = await register({ hoursAvailable: 24 });
    const res = await km.patch(`/api/v1/clients/${created.id}`, {
      version: created.version,
      hoursAvailable: 32,
      address: { street: 'Kerkstraat', houseNumber: 7, postcode: '5612ab', city: 'Eindhoven' },
      healthLimitations: 'Geen nachtdiensten.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const updated = res.json();
    expect(updated.version).toBe(created.version + 1);
    expect(updated.hoursAvailable).toBe(32);
    expect(updated.address).toEqual({
      street: 'Kerkstraat',
      houseNumber: 7,
      houseNumberAddition: null,
      postcode: '5612 AB',
      city: 'Eindhoven',
    });
    expect(updated.healthLimitations).toBe('Geen nachtdiensten.');
    for (const k of [
      'bsn',
      'firstName',
      'surnamePrefix',
      'surname',
      'dateOfBirth',
      'gender',
      'email',
      'phone',
      'educationLevel',
      'benefitType',
      'createdAt',
      'caseManager',
    ]) {
      expect(updated[k], k).toEqual(created[k]);
    }
    expect((await km.get(`/api/v1/clients/${created.id}`)).json()).toEqual(updated);
  });

  it('PATCH of one field leaves every other field as it was (languages and target groups included)', async () => {
    const created = await register({
      languages: ['Nederlands', 'Turks'],
      targetGroups: ['statushouder', 'jongere'],
      healthLimitations: 'Rugklachten.',
    });
    const res = await km.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: 10 });
    expect(res.statusCode).toBe(200);
    const { version, updatedAt: _updatedAt, hoursAvailable, ...rest } = res.json();
    expect(hoursAvailable).toBe(10);
    expect(version).toBe(created.version + 1);
    const { version: _v, updatedAt: _u, hoursAvailable: _h, ...before } = created;
    expect(rest).toEqual(before);
  });

  it('a stale version → 409 conflict naming version, and the file is unchanged', async () => {
    const created = await register({ hoursAvailable: 24 });
    const first = await km.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: 30 });
    expect(first.statusCode).toBe(200);
    const current = first.json();
    const stale = await km.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: 8, surname: 'Overschreven' });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.json().code).toBe('conflict');
    expect(stale.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['version']);
    expect((await km.get(`/api/v1/clients/${created.id}`)).json()).toEqual(current);
  });

  it('two simultaneous edits from the same version: exactly one wins', async () => {
    const created = await register();
    const results = await Promise.all(
      [1, 2, 3, 4].map((h) => km.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: h })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    const now = (await km.get(`/api/v1/clients/${created.id}`)).json();
    expect(now.version).toBe(created.version + 1);
    expect(now.hoursAvailable).toBe(winner.hoursAvailable);
  });

  it('PATCH without a version → 400 naming version; unknown field → 400 naming it; nothing changes', async () => {
    const created = await register();
    const noVersion = await km.patch(`/api/v1/clients/${created.id}`, { hoursAvailable: 1 });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['version']);
    const unknownField = await km.patch(`/api/v1/clients/${created.id}`, { version: created.version, city: 'Breda' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['city']);
    const badNested = await km.patch(`/api/v1/clients/${created.id}`, {
      version: created.version,
      address: { ...created.address, postcode: '1234' },
    });
    expect(badNested.statusCode).toBe(400);
    expect(badNested.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['address.postcode']);
    expect((await km.get(`/api/v1/clients/${created.id}`)).json()).toEqual(created);
  });

  it("changing the BSN to another client's BSN in the organisation → 409 duplicate_bsn", async () => {
    const a = await register();
    const b = await register();
    const res = await km.patch(`/api/v1/clients/${b.id}`, { version: b.version, bsn: a.bsn });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('duplicate_bsn');
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['bsn']);
    expect((await km.get(`/api/v1/clients/${b.id}`)).json().bsn).toBe(b.bsn);
  });

  it('a jobcoach may read but not edit (403); another municipality gets 404; the file is unchanged', async () => {
    const created = await register();
    const jc = await world.agent('A', 'jobcoach');
    expect((await jc.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: 1 })).statusCode).toBe(403);
    const kmB = await world.agent('B', 'klantmanager');
    expect((await kmB.patch(`/api/v1/clients/${created.id}`, { version: created.version, hoursAvailable: 1 })).statusCode).toBe(404);
    expect((await km.get(`/api/v1/clients/${created.id}`)).json()).toEqual(created);
  });
});

describe('caseload: paging, search, masked BSN', () => {
  it('pages through the caseload with page, pageSize and total; pages do not overlap', async () => {
    const name = surname('Pagina');
    const firstNames = ['Anna', 'Bram', 'Chantal', 'Dirk', 'Eva', 'Fleur', 'Gijs'];
    for (const firstName of firstNames) await register({ firstName, surname: name });
    const seen: string[] = [];
    for (const [page, expectedCount] of [
      [1, 3],
      [2, 3],
      [3, 1],
      [4, 0],
    ] as const) {
      const res = await km.get(`/api/v1/clients?q=${name}&page=${page}&pageSize=3`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ total: 7, page, pageSize: 3 });
      expect(body.items).toHaveLength(expectedCount);
      seen.push(...body.items.map((i: { displayName: string }) => i.displayName));
    }
    // Sorted by surname then first name, each client exactly once.
    expect(seen).toEqual(firstNames.map((f) => `${f} el ${name}`));
  });

  it('defaults to page 1 of 25', async () => {
    const body = (await km.get('/api/v1/clients')).json();
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(25);
    expect(body.items.length).toBeLessThanOrEqual(25);
  });

  it('rejects bad paging and unknown query parameters with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['pageSize=abc', 'pageSize'],
      ['postcode=56', 'postcode'],
      ['q=' + 'x'.repeat(101), 'q'],
      ['sort=surname', 'sort'],
    ] as const) {
      const res = await km.get(`/api/v1/clients?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().invalidParams.map((p: { name: string }) => p.name),
        query,
      ).toEqual([field]);
    }
  });

  it('searches by name: case-insensitive, partial, across prefix and surname', async () => {
    const name = surname('Öztürk');
    const c = await register({ firstName: 'Mehmet', surnamePrefix: null, surname: name });
    await register({ firstName: 'Ander', surnamePrefix: null, surname: surname('Iemand') });
    const find = async (q: string) => (await km.get(`/api/v1/clients?q=${encodeURIComponent(q)}`)).json();
    for (const q of [name, name.toUpperCase(), name.toLowerCase(), name.slice(2, 8), `mehmet ${name.slice(0, 4)}`]) {
      const body = await find(q);
      expect(body.total, q).toBe(1);
      expect(body.items[0].id, q).toBe(c.id);
    }
    const prefixed = await register({ firstName: 'Kees', surnamePrefix: 'van den', surname: surname('Bosch') });
    expect((await find(`van den ${prefixed.surname}`)).items.map((i: { id: string }) => i.id)).toEqual([prefixed.id]);
  });

  it('LIKE wildcards in the search are literal characters, not "match everything"', async () => {
    await register();
    for (const q of ['%', '_', '\\']) {
      const body = (await km.get(`/api/v1/clients?q=${encodeURIComponent(q)}`)).json();
      expect(body.total, q).toBe(0);
    }
  });

  it('searches by postcode prefix: "5611", "5611 A", "5611ab" (any case, with or without space)', async () => {
    const name = surname('Postcode');
    const addr = (postcode: string) => ({ street: 'Straat', houseNumber: 1, postcode, city: 'Eindhoven' });
    const ab = await register({ surname: name, address: addr('5611 AB') });
    const ac = await register({ surname: name, address: addr('5611 AC') });
    const other4 = await register({ surname: name, address: addr('5612 AB') });
    await register({ surname: name, address: addr('6511 AB') });
    const ids = async (postcode: string) =>
      (await km.get(`/api/v1/clients?q=${name}&postcode=${encodeURIComponent(postcode)}`))
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort();
    expect(await ids('5611')).toEqual([ab.id, ac.id].sort());
    expect(await ids('5611 A')).toEqual([ab.id, ac.id].sort());
    expect(await ids('5611 AB')).toEqual([ab.id]);
    expect(await ids('5611ab')).toEqual([ab.id]);
    expect(await ids('5612')).toEqual([other4.id]);
    expect(await ids('1234')).toEqual([]);
  });

  it('searches by BSN in the body (POST /clients/search): own organisation only, BSN masked in the result', async () => {
    const c = await register();
    const res = await km.post('/api/v1/clients/search', { bsn: c.bsn });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: c.id, bsnMasked: `******${(c.bsn as string).slice(-3)}`, shared: false });
    expect(res.body).not.toContain(c.bsn);
    const kmB = await world.agent('B', 'klantmanager');
    const inB = await kmB.post('/api/v1/clients/search', { bsn: c.bsn });
    expect(inB.statusCode).toBe(200);
    expect(inB.json()).toMatchObject({ total: 0, items: [] });
    const invalid = await km.post('/api/v1/clients/search', { bsn: '123456789' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['bsn']);
  });

  it('lists never contain the full BSN nor health data; summaries carry the masked BSN', async () => {
    const name = surname('Masker');
    const created = [await register({ surname: name }), await register({ surname: name })];
    const res = await km.get(`/api/v1/clients?q=${name}`);
    const body = res.json();
    expect(body.total).toBe(2);
    for (const c of created) {
      expect(res.body).not.toContain(c.bsn);
      const item = body.items.find((i: { id: string }) => i.id === c.id);
      expect(item).toEqual({
        id: c.id,
        displayName: c.displayName,
        dateOfBirth: c.dateOfBirth,
        postcode: c.address.postcode,
        city: c.address.city,
        benefitType: c.benefitType,
        bsnMasked: `******${(c.bsn as string).slice(-3)}`,
        latestRung: null,
        organisationName: world.orgs.A.name,
        shared: false,
      });
    }
    expect(res.body).not.toContain('Rugklachten');
  });

  it("another municipality's caseload does not contain our clients", async () => {
    const name = surname('Eigen');
    await register({ surname: name });
    const kmB = await world.agent('B', 'klantmanager');
    expect((await kmB.get(`/api/v1/clients?q=${name}`)).json()).toMatchObject({ total: 0, items: [] });
  });
});
