import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { employerInput, nextKvk, registerEmployer } from './factories.ts';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';

/**
 * Employers as clients of the one-stop shop: registration with field-level validation, one employer per
 * KvK number across all partners, editing, search by name or KvK, contact persons and the shared
 * contact history.
 */

let t: TestApp;
let world: World;
let wgaA: Agent;
let wgaB: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  wgaA = await world.agent('A', 'werkgeversadviseur');
  wgaB = await world.agent('B', 'werkgeversadviseur');
});
afterAll(async () => t?.close());

interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

function expectProblem(res: LightMyRequestResponse, status: number): { code: string; detail: string; invalidParams?: InvalidParam[] } {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return res.json();
}

/** A 400 naming exactly these fields, each with a code and a Dutch reason. */
function expectInvalid(res: LightMyRequestResponse, names: string[]): InvalidParam[] {
  const body = expectProblem(res, 400);
  expect(body.code).toBe('validation_failed');
  const params = body.invalidParams ?? [];
  expect(params.map((p) => p.name).sort()).toEqual([...names].sort());
  for (const p of params) expect(p.reason.length).toBeGreaterThan(0);
  return params;
}

async function employerCount(agent: Agent = wgaA): Promise<number> {
  const res = await agent.get('/api/v1/employers?pageSize=1');
  expect(res.statusCode).toBe(200);
  return res.json().total;
}

describe('registering an employer', () => {
  it('registers with a normalised postcode and no lead yet; every partner sees it', async () => {
    const kvk = nextKvk();
    const res = await wgaA.post(
      '/api/v1/employers',
      employerInput({ kvkNumber: kvk, address: { street: 'Markt', houseNumber: 3, postcode: '5281ab', city: 'Boxtel' } }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({
      kvkNumber: kvk,
      name: 'Bakkerij Van Gils B.V.',
      sbiCode: '1071',
      sizeClass: '10-49',
      city: 'Boxtel',
      lead: null,
      address: { street: 'Markt', houseNumber: 3, postcode: '5281 AB', city: 'Boxtel' },
      contacts: [],
      agreements: [],
      registeredByOrganisationName: world.orgs.A.name,
    });
    // Employers are shared by all partner organisations: a klantmanager of another municipality reads it.
    const other = await (await world.agent('B', 'klantmanager')).get(`/api/v1/employers/${e.id}`);
    expect(other.statusCode).toBe(200);
    expect(other.json().kvkNumber).toBe(kvk);
  });

  it('accepts a KvK number typed with a space and an SBI code with a dot', async () => {
    const kvk = nextKvk();
    const res = await wgaA.post('/api/v1/employers', employerInput({ kvkNumber: `${kvk.slice(0, 4)} ${kvk.slice(4)}`, sbiCode: '47.11' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kvkNumber: kvk, sbiCode: '4711' });
  });

  it.each([
    ['a KvK number of 7 digits', { kvkNumber: '1234567' }, ['kvkNumber']],
    ['a KvK number of 9 digits', { kvkNumber: '123456789' }, ['kvkNumber']],
    ['a KvK number with letters', { kvkNumber: '1234567A' }, ['kvkNumber']],
    ['no KvK number', { kvkNumber: undefined }, ['kvkNumber']],
    ['an unknown size class', { sizeClass: '5-10' }, ['sizeClass']],
    ['an SBI code of one digit', { sbiCode: '1' }, ['sbiCode']],
    ['an SBI code with letters', { sbiCode: 'A10' }, ['sbiCode']],
    ['an empty name', { name: '  ' }, ['name']],
    ['a malformed postcode', { address: { street: 'Markt', houseNumber: 3, postcode: '528 AB', city: 'Boxtel' } }, ['address.postcode']],
    [
      'a postcode with letters SS',
      { address: { street: 'Markt', houseNumber: 3, postcode: '5281 SS', city: 'Boxtel' } },
      ['address.postcode'],
    ],
    ['house number 0', { address: { street: 'Markt', houseNumber: 0, postcode: '5281 AB', city: 'Boxtel' } }, ['address.houseNumber']],
    ['an unknown field', { website: 'https://example.com' }, ['website']],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_label, overrides, names) => {
    const before = await employerCount();
    expectInvalid(await wgaA.post('/api/v1/employers', employerInput(overrides)), names);
    expect(await employerCount()).toBe(before);
  });

  it('names every bad field at once', async () => {
    const res = await wgaA.post(
      '/api/v1/employers',
      employerInput({
        kvkNumber: '12',
        sizeClass: 'groot',
        address: { street: 'Markt', houseNumber: 3, postcode: 'xxxx', city: 'Boxtel' },
      }),
    );
    expectInvalid(res, ['kvkNumber', 'sizeClass', 'address.postcode']);
  });

  it('refuses a second employer with the same KvK number, also from another organisation: 409 naming kvkNumber', async () => {
    const kvk = nextKvk();
    await registerEmployer(wgaA, { kvkNumber: kvk, name: 'Metaalbewerking Dongen' });
    const before = await employerCount();
    const body = expectProblem(await wgaB.post('/api/v1/employers', employerInput({ kvkNumber: kvk, name: 'Andere naam' })), 409);
    expect(body.code).toBe('conflict');
    expect(body.invalidParams?.map((p) => p.name)).toEqual(['kvkNumber']);
    expect(body.detail).toContain('Metaalbewerking Dongen');
    expect(await employerCount()).toBe(before);
  });

  it('of two registrations of one KvK number at once, exactly one succeeds', async () => {
    const kvk = nextKvk();
    const results = await Promise.all([wgaA, wgaB].map((a) => a.post('/api/v1/employers', employerInput({ kvkNumber: kvk }))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().invalidParams.map((p: InvalidParam) => p.name)).toEqual(['kvkNumber']);
  });

  it('only a werkgeversadviseur registers; a klantmanager or beleidsadviseur gets 403', async () => {
    for (const role of ['klantmanager', 'beleidsadviseur', 'jobcoach', 'functioneel_beheerder'] as const) {
      const res = await (await world.agent('A', role)).post('/api/v1/employers', employerInput());
      expect(res.statusCode, role).toBe(403);
    }
  });

  it('a beleidsadviseur (aggregates only) and the portal roles cannot read employers', async () => {
    const e = await registerEmployer(wgaA);
    for (const role of ['beleidsadviseur', 'werkzoekende', 'werkgever', 'inlener'] as const) {
      const agent = await world.agent('A', role);
      expect((await agent.get('/api/v1/employers')).statusCode, role).toBe(403);
      expect((await agent.get(`/api/v1/employers/${e.id}`)).statusCode, role).toBe(403);
    }
  });

  it('writes an audit line for the registration', async () => {
    const e = await registerEmployer(wgaA);
    const admin = await t.admin();
    try {
      const rows = await admin.query<{ action: string; result: string; actor_organisation_id: string }>(
        `SELECT action, result, actor_organisation_id FROM audit_log WHERE object_type = 'employer' AND object_id = $1`,
        [e.id],
      );
      expect(rows).toEqual([{ action: 'employer.create', result: 'success', actor_organisation_id: world.orgs.A.id }]);
    } finally {
      await admin.close();
    }
  });
});

describe('editing an employer', () => {
  it('changes name, SBI code, size class and address; the KvK number stays', async () => {
    const e = await registerEmployer(wgaA);
    const res = await wgaB.patch(`/api/v1/employers/${e.id}`, {
      name: 'Bakkerij Van Gils & Zn.',
      sizeClass: '50-249',
      address: { street: 'Stationsweg', houseNumber: 8, postcode: '5283 jk', city: 'Boxtel' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      kvkNumber: e.kvkNumber,
      name: 'Bakkerij Van Gils & Zn.',
      sbiCode: '1071',
      sizeClass: '50-249',
      address: { street: 'Stationsweg', houseNumber: 8, postcode: '5283 JK', city: 'Boxtel' },
    });
  });

  it('refuses a KvK change, a bad size class or a bad postcode, naming the field', async () => {
    const e = await registerEmployer(wgaA);
    expectInvalid(await wgaA.patch(`/api/v1/employers/${e.id}`, { kvkNumber: nextKvk() }), ['kvkNumber']);
    expectInvalid(await wgaA.patch(`/api/v1/employers/${e.id}`, { sizeClass: '1000+' }), ['sizeClass']);
    expectInvalid(
      await wgaA.patch(`/api/v1/employers/${e.id}`, { address: { street: 'X', houseNumber: 1, postcode: '0123 AB', city: 'Y' } }),
      ['address.postcode'],
    );
    expect((await wgaA.get(`/api/v1/employers/${e.id}`)).json().sizeClass).toBe('10-49');
  });

  it('answers 404 for an unknown employer', async () => {
    const res = await wgaA.patch('/api/v1/employers/00000000-0000-4000-8000-000000000000', { name: 'X' });
    expectProblem(res, 404);
  });
});

describe('finding employers', () => {
  it('searches by name (part, any case) and by KvK number (start), paged, ordered by name', async () => {
    const tag = `Zoektest${Date.now().toString(36)}`;
    const kvks = [nextKvk(), nextKvk(), nextKvk()];
    await registerEmployer(wgaA, { name: `${tag} Cbouw`, kvkNumber: kvks[0] });
    await registerEmployer(wgaB, { name: `${tag} Abouw`, kvkNumber: kvks[1] });
    await registerEmployer(wgaA, { name: `${tag} Bzorg`, kvkNumber: kvks[2] });

    const byName = await wgaA.get(`/api/v1/employers?q=${encodeURIComponent(tag.toLowerCase())}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().total).toBe(3);
    expect(byName.json().items.map((i: { name: string }) => i.name)).toEqual([`${tag} Abouw`, `${tag} Bzorg`, `${tag} Cbouw`]);

    const page2 = (await wgaA.get(`/api/v1/employers?q=${tag}&page=2&pageSize=2`)).json();
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((i: { name: string }) => i.name)).toEqual([`${tag} Cbouw`]);

    const byKvk = (await (await world.agent('R', 'jobcoach')).get(`/api/v1/employers?q=${kvks[2]}`)).json();
    expect(byKvk.items.map((i: { kvkNumber: string }) => i.kvkNumber)).toEqual([kvks[2]]);
    expect(byKvk.items[0]).toMatchObject({ name: `${tag} Bzorg`, sbiCode: '1071', sizeClass: '10-49', city: 'Boxtel', lead: null });

    const none = (await wgaA.get(`/api/v1/employers?q=${tag}xyz`)).json();
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('treats % and _ in the search as plain text', async () => {
    const res = await wgaA.get(`/api/v1/employers?q=${encodeURIComponent('%')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
  });

  it('refuses a bad page size with a 400 naming it', async () => {
    expectInvalid(await wgaA.get('/api/v1/employers?pageSize=1000'), ['pageSize']);
  });
});

describe('contact persons', () => {
  it('adds contact persons, shown on the employer', async () => {
    const e = await registerEmployer(wgaA);
    const res = await wgaB.post(`/api/v1/employers/${e.id}/contacts`, {
      name: 'Els de Wit',
      jobTitle: 'HR-adviseur',
      email: 'E.deWit@vangils.example',
      phone: '0411 123456',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Els de Wit',
      jobTitle: 'HR-adviseur',
      email: 'e.dewit@vangils.example',
      phone: '0411 123456',
    });
    const minimal = await wgaA.post(`/api/v1/employers/${e.id}/contacts`, { name: 'Ahmed Bouzid' });
    expect(minimal.statusCode).toBe(201);
    expect(minimal.json()).toMatchObject({ jobTitle: null, email: null, phone: null });
    const got = (await (await world.agent('A', 'klantmanager')).get(`/api/v1/employers/${e.id}`)).json();
    expect(got.contacts.map((c: { name: string }) => c.name)).toEqual(['Ahmed Bouzid', 'Els de Wit']);
  });

  it('refuses a bad e-mail address or phone number naming the field', async () => {
    const e = await registerEmployer(wgaA);
    expectInvalid(await wgaA.post(`/api/v1/employers/${e.id}/contacts`, { name: 'X', email: 'geen-adres' }), ['email']);
    expectInvalid(await wgaA.post(`/api/v1/employers/${e.id}/contacts`, { name: 'X', phone: 'bel me' }), ['phone']);
    expectInvalid(await wgaA.post(`/api/v1/employers/${e.id}/contacts`, {}), ['name']);
    expect((await wgaA.get(`/api/v1/employers/${e.id}`)).json().contacts).toEqual([]);
  });

  it('answers 404 for an unknown employer', async () => {
    expectProblem(await wgaA.post('/api/v1/employers/00000000-0000-4000-8000-000000000000/contacts', { name: 'X' }), 404);
  });
});

describe('contact moments', () => {
  it('records visits, calls and e-mails by any partner, listed newest first with who and which organisation', async () => {
    const e = await registerEmployer(wgaA);
    const url = `/api/v1/employers/${e.id}/contact-moments`;
    const a1 = await wgaA.post(url, { kind: 'bezoek', occurredOn: '2026-01-10', notes: 'Kennismaking, 3 vacatures productie.' });
    expect(a1.statusCode, a1.body).toBe(201);
    expect(a1.json()).toMatchObject({
      kind: 'bezoek',
      occurredOn: '2026-01-10',
      notes: 'Kennismaking, 3 vacatures productie.',
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      userName: 'werkgeversadviseur A',
    });
    expect((await wgaB.post(url, { kind: 'telefoon', occurredOn: '2026-02-03', notes: 'Nagebeld over proefplaatsing.' })).statusCode).toBe(
      201,
    );
    const wgaR = await world.agent('R', 'werkgeversadviseur');
    expect((await wgaR.post(url, { kind: 'email', occurredOn: '2025-12-01', notes: 'Offerte jobcoaching gestuurd.' })).statusCode).toBe(
      201,
    );
    // Same day as the first: the one recorded later comes first.
    expect((await wgaR.post(url, { kind: 'telefoon', occurredOn: '2026-01-10', notes: 'Terugbelverzoek.' })).statusCode).toBe(201);

    const list = await (await world.agent('B', 'klantmanager')).get(url);
    expect(list.statusCode).toBe(200);
    expect(
      list
        .json()
        .map((m: { occurredOn: string; kind: string; organisationName: string; userName: string }) => [
          m.occurredOn,
          m.kind,
          m.organisationName,
          m.userName,
        ]),
    ).toEqual([
      ['2026-02-03', 'telefoon', world.orgs.B.name, 'werkgeversadviseur B'],
      ['2026-01-10', 'telefoon', world.orgs.R.name, 'werkgeversadviseur R'],
      ['2026-01-10', 'bezoek', world.orgs.A.name, 'werkgeversadviseur A'],
      ['2025-12-01', 'email', world.orgs.R.name, 'werkgeversadviseur R'],
    ]);
  });

  it('refuses an unknown kind, a date in the future, empty or too long notes, naming the field', async () => {
    const e = await registerEmployer(wgaA);
    const url = `/api/v1/employers/${e.id}/contact-moments`;
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    expect(tomorrow > todayInAmsterdam()).toBe(true);
    expectInvalid(await wgaA.post(url, { kind: 'brief', occurredOn: '2026-01-10', notes: 'x' }), ['kind']);
    expectInvalid(await wgaA.post(url, { kind: 'bezoek', occurredOn: tomorrow, notes: 'x' }), ['occurredOn']);
    expectInvalid(await wgaA.post(url, { kind: 'bezoek', occurredOn: '2026-02-30', notes: 'x' }), ['occurredOn']);
    expectInvalid(await wgaA.post(url, { kind: 'bezoek', occurredOn: '2026-01-10', notes: '' }), ['notes']);
    expectInvalid(await wgaA.post(url, { kind: 'bezoek', occurredOn: '2026-01-10', notes: 'x'.repeat(4001) }), ['notes']);
    expect((await wgaA.post(url, { kind: 'bezoek', occurredOn: todayInAmsterdam(), notes: 'x'.repeat(4000) })).statusCode).toBe(201);
    expect((await wgaA.get(url)).json()).toHaveLength(1);
  });

  it('a klantmanager reads the history but does not record in it', async () => {
    const e = await registerEmployer(wgaA);
    const km = await world.agent('A', 'klantmanager');
    expect(
      (await km.post(`/api/v1/employers/${e.id}/contact-moments`, { kind: 'bezoek', occurredOn: '2026-01-10', notes: 'x' })).statusCode,
    ).toBe(403);
    expect((await km.get(`/api/v1/employers/${e.id}/contact-moments`)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown employer', async () => {
    expectProblem(await wgaA.get('/api/v1/employers/00000000-0000-4000-8000-000000000000/contact-moments'), 404);
  });
});
