import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { sessions, users } from '../../../src/modules/identity/identity.schema.ts';
import { Agent, sessionCookieOf, type TestApp } from '../../harness.ts';
import { PASSWORD, type World, openTestWorld } from '../../factories.ts';

// Password login: the session cookie, no user enumeration, a fresh session id at every login,
// argon2id storage and an audit trail that never holds what was typed.

const login = (t: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password }, headers });

const current = (t: TestApp, cookie: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { cookie: `wp_session=${cookie}` } });

function rawSetCookie(res: LightMyRequestResponse): string {
  const h = res.headers['set-cookie'];
  const all = Array.isArray(h) ? h : h ? [h] : [];
  return all.find((c) => c.startsWith('wp_session=')) ?? '';
}

describe('identity: password login', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    // Throttling has its own file; here it must not get in the way of the many logins below.
    ({ t, world } = await openTestWorld({ loginMaxPerIpPerMinute: 10_000, loginMaxFailuresPerAccount: 10_000 }));
  });
  afterAll(() => t?.close());

  it('a correct e-mail and password gives 201, the session and an HttpOnly SameSite=Strict cookie wp_session', async () => {
    const email = world.email('A', 'klantmanager');
    const res = await login(t, email, PASSWORD);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({
      email,
      roles: ['klantmanager'],
      organisation: { id: world.orgs.A.id, name: world.orgs.A.name, kind: 'gemeente' },
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    // The session ends at the latest after the absolute lifetime (default 10 hours).
    const expires = Date.parse(body.expiresAt);
    expect(expires - Date.now()).toBeGreaterThan(9.9 * 3_600_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(10 * 3_600_000);
    // Nothing secret leaves the server in the body.
    expect(res.body).not.toContain('argon2');
    expect(JSON.stringify(body)).not.toMatch(/password/i);

    const cookie = res.cookies.find((c) => c.name === 'wp_session');
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(String(cookie!.sameSite).toLowerCase()).toBe('strict');
    expect(cookie!.path).toBe('/');
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
    expect(rawSetCookie(res)).toMatch(/;\s*HttpOnly/i);
    expect(rawSetCookie(res)).toMatch(/;\s*SameSite=Strict/i);

    // The cookie is the session: it identifies the same user and hands back the same CSRF token.
    const cur = await current(t, cookie!.value);
    expect(cur.statusCode).toBe(200);
    expect(cur.json()).toMatchObject({ user: { email }, csrfToken: body.csrfToken });
  });

  it('the e-mail address is matched case-insensitively and without surrounding spaces', async () => {
    const res = await login(t, `  ${world.email('A', 'jobcoach').toUpperCase()}  `, PASSWORD);
    expect(res.statusCode).toBe(201);
    expect(res.json().user.email).toBe(world.email('A', 'jobcoach'));
  });

  it('without a session cookie, or with a made-up one, there is no session (401 not_authenticated)', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/sessions/current' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('not_authenticated');
    const fake = await current(t, 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5');
    expect(fake.statusCode).toBe(401);
    expect(fake.headers['content-type']).toContain('application/problem+json');
  });

  it('a wrong password and an unknown e-mail get the same 401 problem (no user enumeration) and no cookie', async () => {
    const wrongPassword = await login(t, world.email('A', 'klantmanager'), 'niet-het-goede-wachtwoord');
    const unknownEmail = await login(t, 'bestaat-niet@nergens.test', 'niet-het-goede-wachtwoord');
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(sessionCookieOf(res)).toBeNull();
    }
    const a = wrongPassword.json();
    const b = unknownEmail.json();
    expect(a.code).toBe('invalid_credentials');
    expect(b.code).toBe(a.code);
    expect(b.title).toBe(a.title);
    expect(b.detail).toBe(a.detail);
    expect(b.type).toBe(a.type);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  });

  it('a user without a password (single sign-on only) cannot log in with any password, with the same 401', async () => {
    // Make one user SSO-only straight in the database (the API always sets a password).
    const email = world.email('A', 'werkgever');
    await t.services.database.db.update(users).set({ passwordHash: null }).where(eq(users.email, email));
    for (const pw of [PASSWORD, 'werkplein-dummy-password']) {
      const res = await login(t, email, pw);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('invalid_credentials');
    }
  });

  it('every login gets a new session id; the session presented at login is ended, another device keeps its own', async () => {
    const email = world.email('A', 'werkgeversadviseur');
    const first = await login(t, email, PASSWORD);
    expect(first.statusCode).toBe(201);
    const c1 = sessionCookieOf(first)!;
    const otherDevice = sessionCookieOf(await login(t, email, PASSWORD))!;
    expect(otherDevice).not.toBe(c1);

    // Log in again in the same browser, which still sends its old cookie.
    const second = await login(t, email, PASSWORD, { cookie: `wp_session=${c1}` });
    expect(second.statusCode).toBe(201);
    const c2 = sessionCookieOf(second)!;
    expect(c2).toBeTruthy();
    expect(c2).not.toBe(c1);
    expect(second.json().csrfToken).not.toBe(first.json().csrfToken);

    expect((await current(t, c1)).statusCode).toBe(401);
    expect((await current(t, c2)).statusCode).toBe(200);
    expect((await current(t, otherDevice)).statusCode).toBe(200);
  });

  it('a failed login does not end the session the browser already has', async () => {
    const email = world.email('A', 'nazorgcoordinator');
    const c1 = sessionCookieOf(await login(t, email, PASSWORD))!;
    const bad = await login(t, email, 'verkeerd-wachtwoord-123', { cookie: `wp_session=${c1}` });
    expect(bad.statusCode).toBe(401);
    expect((await current(t, c1)).statusCode).toBe(200);
  });

  it('the database holds only a hash of the session token, never the cookie value', async () => {
    const res = await login(t, world.email('B', 'klantmanager'), PASSWORD);
    const token = sessionCookieOf(res)!;
    // The application role may read sessions itself: this is exactly what a database leak would expose.
    const rows = await t.services.database.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('a user of a deactivated organisation cannot log in (401 account_disabled) and is signed out', async () => {
    const platform = await world.agent('P', 'functioneel_beheerder');
    const email = world.email('R', 'jobcoach');
    const session = sessionCookieOf(await login(t, email, PASSWORD))!;
    const off = await platform.patch(`/api/v1/organisations/${world.orgs.R.id}`, { active: false });
    expect(off.statusCode).toBe(200);
    try {
      expect((await current(t, session)).statusCode).toBe(401);
      const res = await login(t, email, PASSWORD);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('account_disabled');
      expect(sessionCookieOf(res)).toBeNull();
    } finally {
      expect((await platform.patch(`/api/v1/organisations/${world.orgs.R.id}`, { active: true })).statusCode).toBe(200);
    }
    expect((await login(t, email, PASSWORD)).statusCode).toBe(201);
  });

  it('passwords are stored as argon2id hashes, never as the password itself', async () => {
    const beheerder = await world.agent('A', 'functioneel_beheerder');
    const password = 'Fietsenstalling-Stratumseind-42';
    const created = await beheerder.post('/api/v1/users', {
      email: 'nieuwe.collega@a.test',
      name: 'Nieuwe Collega',
      organisationId: world.orgs.A.id,
      roles: ['klantmanager'],
      password,
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain(password);
    const newPassword = 'Tweede-wachtwoord-na-reset-7';
    const changed = await beheerder.patch(`/api/v1/users/${created.json().id}`, { password: newPassword });
    expect(changed.statusCode).toBe(200);

    const admin = await t.admin();
    try {
      const [row] = await admin.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [created.json().id]);
      expect(row!.password_hash.startsWith('$argon2id$')).toBe(true);
      // At least OWASP's minimum cost for argon2id: 19 MiB memory, 2 iterations.
      const params = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row!.password_hash);
      expect(params, row!.password_hash.slice(0, 40)).not.toBeNull();
      expect(Number(params![1])).toBeGreaterThanOrEqual(19_456);
      expect(Number(params![2])).toBeGreaterThanOrEqual(2);
      expect(row!.password_hash).not.toContain(password);
      expect(row!.password_hash).not.toContain(newPassword);
      // Every password-bearing user has an argon2id hash; no plain or weaker hash anywhere.
      const all = await admin.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE password_hash IS NOT NULL');
      expect(all.length).toBeGreaterThan(40);
      expect(all.filter((r) => !r.password_hash.startsWith('$argon2id$'))).toEqual([]);
      expect(all.filter((r) => r.password_hash.includes(PASSWORD))).toEqual([]);
    } finally {
      await admin.close();
    }
    // And the hash works: the new password logs in, the old one no longer does.
    expect((await login(t, 'nieuwe.collega@a.test', newPassword)).statusCode).toBe(201);
    expect((await login(t, 'nieuwe.collega@a.test', password)).statusCode).toBe(401);
  });

  it('the audit log records successful and failed logins without the typed e-mail or password', async () => {
    const typedPassword = 'geheim-wachtwoord-123';
    const knownEmail = world.email('B', 'jobcoach');
    const unknownEmail = 'typfout.collega@onbekend-domein.test';
    const kmB = await login(t, knownEmail, PASSWORD);
    expect(kmB.statusCode).toBe(201);
    const userId = kmB.json().user.id;
    expect((await login(t, knownEmail, typedPassword)).statusCode).toBe(401);
    expect((await login(t, unknownEmail, typedPassword)).statusCode).toBe(401);
    // Someone types their password in the e-mail field.
    expect((await login(t, typedPassword, typedPassword)).statusCode).toBe(401);

    const admin = await t.admin();
    try {
      const rows = await admin.query<Record<string, unknown>>("SELECT * FROM audit_log WHERE action = 'login' ORDER BY id");
      const success = rows.filter((r) => r.result === 'success' && r.actor_user_id === userId);
      expect(success.length).toBeGreaterThanOrEqual(1);
      expect(success.at(-1)).toMatchObject({ object_type: 'session', actor_organisation_id: world.orgs.B.id });
      const failed = rows.filter((r) => r.result === 'failed');
      expect(failed.length).toBeGreaterThanOrEqual(3);

      const everything = (await admin.query<{ line: string }>('SELECT row_to_json(a)::text AS line FROM audit_log a')).map((r) =>
        r.line.toLowerCase(),
      );
      for (const secret of [typedPassword, unknownEmail, knownEmail, PASSWORD]) {
        expect(
          everything.filter((line) => line.includes(secret.toLowerCase())),
          secret,
        ).toEqual([]);
      }
      // The typed password is nowhere in the database at all (login throttling keeps e-mails, not passwords).
      const tables = await admin.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      for (const { table_name } of tables) {
        // login_attempts keeps what was typed in the e-mail field (throttling is per account); see the report.
        if (table_name === 'login_attempts') continue;
        const hits = await admin.query(`SELECT 1 FROM "${table_name}" x WHERE position($1 in lower(row_to_json(x)::text)) > 0 LIMIT 1`, [
          typedPassword,
        ]);
        expect(hits, table_name).toEqual([]);
      }
    } finally {
      await admin.close();
    }
  });
});

describe('identity: session cookie behind HTTPS', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    ({ t, world } = await openTestWorld({ publicUrl: 'https://werkplein.example.nl' }));
  });
  afterAll(() => t?.close());

  it('an installation served over HTTPS sets the session cookie Secure', async () => {
    const res = await login(t, world.email('A', 'klantmanager'), PASSWORD, { host: 'werkplein.example.nl' });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'wp_session')!;
    expect(cookie.secure).toBe(true);
    expect(cookie.httpOnly).toBe(true);
    expect(rawSetCookie(res)).toMatch(/;\s*Secure/i);
    // Logging out clears it with the same attributes, so the browser really drops it.
    const agent = new Agent(t.app, cookie.value, res.json().csrfToken);
    const out = await agent.delete('/api/v1/sessions/current');
    expect(out.statusCode).toBe(204);
    expect(rawSetCookie(out)).toMatch(/wp_session=;/);
    expect(rawSetCookie(out)).toMatch(/Expires=Thu, 01 Jan 1970/i);
  });
});
