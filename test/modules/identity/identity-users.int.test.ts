import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ROLES } from '../../../src/kernel/roles.ts';
import { Agent, type TestApp } from '../../harness.ts';
import { PASSWORD, type World, openTestWorld } from '../../factories.ts';

// User administration by the functioneel beheerder: own organisation only, the platform beheerder everywhere,
// and input errors that name the field.

let n = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(n++).toString(36)}@werkplein.test`;
const LONG_PASSWORD = 'een-lang-genoeg-wachtwoord';

function expectInvalid(res: LightMyRequestResponse, field: string | RegExp) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json();
  expect(body.code).toBe('validation_failed');
  const names = (body.invalidParams as { name: string; reason: string }[]).map((p) => p.name);
  expect(
    names.some((name) => (typeof field === 'string' ? name === field : field.test(name))),
    `invalidParams ${names.join(', ')}`,
  ).toBe(true);
  for (const p of body.invalidParams) expect(p.reason).toEqual(expect.any(String));
}

describe('identity: user administration', () => {
  let t: TestApp;
  let world: World;
  let beheerderA: Agent;
  let platform: Agent;

  const newUser = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
    email: unique('collega'),
    name: 'Sanne de Vries',
    organisationId,
    roles: ['klantmanager'],
    password: LONG_PASSWORD,
    ...overrides,
  });

  beforeAll(async () => {
    ({ t, world } = await openTestWorld({ loginMaxPerIpPerMinute: 10_000 }));
    beheerderA = await world.agent('A', 'functioneel_beheerder');
    platform = await world.agent('P', 'functioneel_beheerder');
  });
  afterAll(() => t?.close());

  it("a functioneel_beheerder of organisation A lists only A's users", async () => {
    const res = await beheerderA.get('/api/v1/users');
    expect(res.statusCode).toBe(200);
    const users = res.json<{ email: string; organisationId: string; roles: string[]; active: boolean }[]>();
    expect(users.length).toBe(ROLES.length);
    expect(users.every((u) => u.organisationId === world.orgs.A.id)).toBe(true);
    expect(users.map((u) => u.email).sort()).toEqual(ROLES.map((r) => world.email('A', r)).sort());
    // No secrets in the listing.
    expect(res.body).not.toMatch(/argon2|password/i);

    // Asking for another organisation's users does not reveal them.
    const other = await beheerderA.get(`/api/v1/users?organisationId=${world.orgs.B.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(world.email('B', 'klantmanager'));
  });

  it('the platform beheerder lists the users of any organisation, or of all', async () => {
    const b = await platform.get(`/api/v1/users?organisationId=${world.orgs.B.id}`);
    expect(b.statusCode).toBe(200);
    expect(b.json<{ organisationId: string }[]>().every((u) => u.organisationId === world.orgs.B.id)).toBe(true);
    expect(b.json()).toHaveLength(ROLES.length);
    const all = await platform.get('/api/v1/users');
    expect(all.statusCode).toBe(200);
    const orgs = new Set(all.json<{ organisationId: string }[]>().map((u) => u.organisationId));
    for (const org of Object.values(world.orgs)) expect(orgs.has(org.id)).toBe(true);
  });

  it('other roles cannot see or manage users (403)', async () => {
    const km = await world.agent('A', 'klantmanager');
    expect((await km.get('/api/v1/users')).statusCode).toBe(403);
    expect((await km.post('/api/v1/users', newUser(world.orgs.A.id))).statusCode).toBe(403);
  });

  it('a beheerder creates a user in their own organisation; the user can log in with the given password', async () => {
    const input = newUser(world.orgs.A.id, { roles: ['klantmanager', 'jobcoach'] });
    const res = await beheerderA.post('/api/v1/users', input);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: input.email,
      name: input.name,
      organisationId: world.orgs.A.id,
      organisationName: world.orgs.A.name,
      roles: ['jobcoach', 'klantmanager'],
      active: true,
      lastLoginAt: null,
    });
    expect(res.body).not.toContain(LONG_PASSWORD);
    const session = await Agent.login(t.app, input.email, LONG_PASSWORD);
    const me = (await session.get('/api/v1/sessions/current')).json();
    expect(me.user.organisation.id).toBe(world.orgs.A.id);
    expect(me.user.roles).toEqual(['jobcoach', 'klantmanager']);
    const listed = (await beheerderA.get('/api/v1/users')).json<{ email: string; lastLoginAt: string | null }[]>();
    expect(listed.find((u) => u.email === input.email)?.lastLoginAt).toEqual(expect.any(String));
  });

  it('creating a user in another organisation is refused with 400 naming organisationId, and nothing is created', async () => {
    const input = newUser(world.orgs.B.id);
    const res = await beheerderA.post('/api/v1/users', input);
    expectInvalid(res, 'organisationId');
    const inB = (await platform.get(`/api/v1/users?organisationId=${world.orgs.B.id}`)).json<{ email: string }[]>();
    expect(inB.some((u) => u.email === input.email)).toBe(false);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: input.email, password: LONG_PASSWORD } }))
        .statusCode,
    ).toBe(401);
  });

  it('the platform beheerder (organisation P) creates users in any organisation', async () => {
    for (const key of ['A', 'B', 'R'] as const) {
      const input = newUser(world.orgs[key].id, { roles: ['jobcoach'] });
      const res = await platform.post('/api/v1/users', input);
      expect(res.statusCode, key).toBe(201);
      expect(res.json().organisationId).toBe(world.orgs[key].id);
      const session = await Agent.login(t.app, input.email, LONG_PASSWORD);
      expect((await session.get('/api/v1/sessions/current')).json().user.organisation.id).toBe(world.orgs[key].id);
    }
    // An organisation that does not exist is named as the field in error.
    expectInvalid(await platform.post('/api/v1/users', newUser('00000000-0000-4000-8000-000000000000')), 'organisationId');
  });

  it('a duplicate e-mail address is 409 naming email, also when typed in other capitals', async () => {
    const existing = world.email('A', 'jobcoach');
    for (const email of [existing, existing.toUpperCase()]) {
      const res = await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { email }));
      expect(res.statusCode, email).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('conflict');
      expect((res.json().invalidParams as { name: string }[]).map((p) => p.name)).toContain('email');
    }
    // The duplicate check is installation-wide: an address in use in B cannot be taken in A either.
    const res = await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { email: world.email('B', 'jobcoach') }));
    expect(res.statusCode).toBe(409);
    // The original account still logs in with its own password.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: existing, password: PASSWORD } })).statusCode,
    ).toBe(201);
  });

  it('simultaneous requests for the same new e-mail (a double-click on save): one 201, the others 409 naming email, never a 500', async () => {
    const input = newUser(world.orgs.A.id);
    const results = await Promise.all(Array.from({ length: 4 }, () => beheerderA.post('/api/v1/users', input)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const conflict of results.filter((r) => r.statusCode !== 201)) {
      expect(conflict.json().code).toBe('conflict');
      expect((conflict.json().invalidParams as { name: string }[]).map((p) => p.name)).toContain('email');
    }
  });

  it("a new user's e-mail is stored in lower case, so they can log in however they type it", async () => {
    const email = unique('Hoofd.Letters');
    expect(email).not.toBe(email.toLowerCase());
    const res = await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { email }));
    expect(res.statusCode).toBe(201);
    expect(res.json().email).toBe(email.toLowerCase());
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password: LONG_PASSWORD } })).statusCode).toBe(
      201,
    );
  });

  it('a password shorter than 12 characters is 400 naming password (on create and on change)', async () => {
    const input = newUser(world.orgs.A.id, { password: 'kort-11-tkn' });
    expect(input.password).toHaveLength(11);
    expectInvalid(await beheerderA.post('/api/v1/users', input), 'password');
    // Exactly 12 is enough.
    expect((await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { password: 'precies-12-t' }))).statusCode).toBe(201);

    const target = (await beheerderA.get('/api/v1/users')).json().find((u: { email: string }) => u.email === world.email('A', 'werkgever'));
    expectInvalid(await beheerderA.patch(`/api/v1/users/${target.id}`, { password: 'te-kort' }), 'password');
    // The old password still works: nothing was changed.
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email: world.email('A', 'werkgever'), password: PASSWORD },
        })
      ).statusCode,
    ).toBe(201);
  });

  it('an unknown role is 400 naming the role field; no roles at all is refused too', async () => {
    expectInvalid(await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { roles: ['superuser'] })), /^roles(\.0)?$/);
    expectInvalid(await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { roles: ['klantmanager', 'root'] })), /^roles(\.1)?$/);
    expectInvalid(await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { roles: [] })), 'roles');
    const target = (await beheerderA.get('/api/v1/users'))
      .json()
      .find((u: { email: string }) => u.email === world.email('A', 'werkzoekende'));
    expectInvalid(await beheerderA.patch(`/api/v1/users/${target.id}`, { roles: ['admin'] }), /^roles(\.0)?$/);
  });

  it('a malformed e-mail and unknown fields are refused with the field named', async () => {
    expectInvalid(await beheerderA.post('/api/v1/users', newUser(world.orgs.A.id, { email: 'geen-emailadres' })), 'email');
    // A client cannot slip in fields the API does not offer (e.g. to set a hash or activate itself).
    expectInvalid(await beheerderA.post('/api/v1/users', { ...newUser(world.orgs.A.id), passwordHash: '$argon2id$x' }), 'passwordHash');
  });

  it('a beheerder cannot disable themselves or take away their own beheer role (400), and stays signed in', async () => {
    const me = (await beheerderA.get('/api/v1/sessions/current')).json().user;
    const disable = await beheerderA.patch(`/api/v1/users/${me.id}`, { active: false });
    expectInvalid(disable, 'active');
    const demote = await beheerderA.patch(`/api/v1/users/${me.id}`, { roles: ['klantmanager'] });
    expectInvalid(demote, 'roles');
    const listed = (await beheerderA.get('/api/v1/users')).json().find((u: { id: string }) => u.id === me.id);
    expect(listed).toMatchObject({ active: true, roles: ['functioneel_beheerder'] });
    expect((await beheerderA.get('/api/v1/sessions/current')).statusCode).toBe(200);
  });

  it('a beheerder of A cannot change or disable a user of B (404), the platform beheerder can', async () => {
    const victim = await Agent.login(t.app, world.email('B', 'klantmanager'), PASSWORD);
    const victimId = (await victim.get('/api/v1/sessions/current')).json().user.id;
    for (const patch of [
      { active: false },
      { password: 'overgenomen-wachtwoord' },
      { roles: ['functioneel_beheerder'] },
      { name: 'Gekaapt' },
    ]) {
      const res = await beheerderA.patch(`/api/v1/users/${victimId}`, patch);
      expect(res.statusCode, JSON.stringify(patch)).toBe(404);
    }
    expect((await victim.get('/api/v1/sessions/current')).statusCode).toBe(200);
    const listed = (await platform.get(`/api/v1/users?organisationId=${world.orgs.B.id}`))
      .json()
      .find((u: { id: string }) => u.id === victimId);
    expect(listed).toMatchObject({ active: true, roles: ['klantmanager'], name: 'klantmanager B' });

    const byPlatform = await platform.patch(`/api/v1/users/${victimId}`, { name: 'Klantmanager Tilburg' });
    expect(byPlatform.statusCode).toBe(200);
    expect(byPlatform.json().name).toBe('Klantmanager Tilburg');
  });

  it('user changes are recorded in the audit log with the beheerder as actor', async () => {
    const input = newUser(world.orgs.A.id);
    const created = await beheerderA.post('/api/v1/users', input);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await beheerderA.patch(`/api/v1/users/${id}`, { active: false })).statusCode).toBe(200);
    const meId = (await beheerderA.get('/api/v1/sessions/current')).json().user.id;
    const admin = await t.admin();
    try {
      const rows = await admin.query<Record<string, unknown>>('SELECT * FROM audit_log WHERE object_id = $1 ORDER BY id', [id]);
      expect(rows.map((r) => [r.action, r.result, r.actor_user_id])).toEqual([
        ['user.create', 'success', meId],
        ['user.update', 'success', meId],
      ]);
      const lines = (await admin.query<{ line: string }>('SELECT row_to_json(a)::text AS line FROM audit_log a')).map((r) => r.line);
      expect(lines.filter((l) => l.includes(LONG_PASSWORD))).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});
