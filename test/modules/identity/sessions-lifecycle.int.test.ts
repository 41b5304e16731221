import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../../src/modules/identity/identity.schema.ts';
import { Agent, sessionCookieOf, type TestApp } from '../../harness.ts';
import { PASSWORD, type World, openTestWorld } from '../../factories.ts';

// When a session ends: logout, a beheerder disabling the user or changing their password or roles,
// the idle timeout and the absolute lifetime. An ended session must be refused at once.

const current = (t: TestApp, cookie: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { cookie: `wp_session=${cookie}` } });
const login = (t: TestApp, email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });

async function expectSignedOut(t: TestApp, cookie: string) {
  const res = await current(t, cookie);
  expect(res.statusCode).toBe(401);
  expect(res.json().code).toBe('not_authenticated');
}

describe('sessions: ending a session', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld({ loginMaxPerIpPerMinute: 10_000, loginMaxFailuresPerAccount: 10_000 }));
  });
  afterAll(() => t?.close());

  it('logout ends the session at once: 204, the cookie is cleared and the old cookie gets 401', async () => {
    const agent = await Agent.login(t.app, world.email('A', 'klantmanager'), PASSWORD);
    const other = await Agent.login(t.app, world.email('A', 'klantmanager'), PASSWORD);
    expect((await agent.get('/api/v1/clients')).statusCode).toBe(200);

    const out = await agent.delete('/api/v1/sessions/current');
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'wp_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime() ?? Number.POSITIVE_INFINITY).toBeLessThan(Date.now());

    // Someone who copied the cookie value cannot use it any more.
    await expectSignedOut(t, agent.cookie);
    expect((await agent.get('/api/v1/clients')).statusCode).toBe(401);
    expect((await agent.post('/api/v1/clients', {})).statusCode).toBe(401);
    expect((await agent.delete('/api/v1/sessions/current')).statusCode).toBe(401);
    // Logging out in one browser leaves the user's other session alone.
    expect((await current(t, other.cookie)).statusCode).toBe(200);
  });

  it('logout needs the CSRF token: another site cannot sign a user out', async () => {
    const agent = await Agent.login(t.app, world.email('A', 'jobcoach'), PASSWORD);
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      headers: { cookie: `wp_session=${agent.cookie}` },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    expect((await current(t, agent.cookie)).statusCode).toBe(200);
  });

  it('a beheerder disabling a user ends all their sessions at once; they cannot log in (account_disabled) until re-enabled', async () => {
    const beheerder = await world.agent('A', 'functioneel_beheerder');
    const email = world.email('A', 'werkgeversadviseur');
    const laptop = await Agent.login(t.app, email, PASSWORD);
    const phone = await Agent.login(t.app, email, PASSWORD);
    const userId = (await current(t, laptop.cookie)).json().user.id;

    const res = await beheerder.patch(`/api/v1/users/${userId}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: userId, active: false });

    await expectSignedOut(t, laptop.cookie);
    await expectSignedOut(t, phone.cookie);
    const again = await login(t, email, PASSWORD);
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('account_disabled');
    expect(sessionCookieOf(again)).toBeNull();
    // A wrong password still says only "wrong credentials": being blocked is no hint for guessers.
    const guess = await login(t, email, 'geraden-wachtwoord-99');
    expect(guess.statusCode).toBe(401);
    expect(guess.json().code).toBe('invalid_credentials');
    // The beheerder's own session is untouched.
    expect((await beheerder.get('/api/v1/users')).statusCode).toBe(200);

    expect((await beheerder.patch(`/api/v1/users/${userId}`, { active: true })).statusCode).toBe(200);
    expect((await login(t, email, PASSWORD)).statusCode).toBe(201);
    // Re-enabling does not bring the old sessions back.
    await expectSignedOut(t, laptop.cookie);
  });

  it('a disabled user is refused on every route, not only on /sessions/current', async () => {
    const beheerder = await world.agent('B', 'functioneel_beheerder');
    const km = await Agent.login(t.app, world.email('B', 'klantmanager'), PASSWORD);
    const userId = (await current(t, km.cookie)).json().user.id;
    expect((await beheerder.patch(`/api/v1/users/${userId}`, { active: false })).statusCode).toBe(200);
    expect((await km.get('/api/v1/clients')).statusCode).toBe(401);
    expect((await km.post('/api/v1/clients/search', { bsn: '111222333' })).statusCode).toBe(401);
    expect((await km.get('/api/v1/organisations')).statusCode).toBe(401);
  });

  it("changing a user's password ends their sessions; the old password stops working, the new one works", async () => {
    const beheerder = await world.agent('A', 'functioneel_beheerder');
    const email = world.email('A', 'prb_werkadviseur');
    const session = await Agent.login(t.app, email, PASSWORD);
    const userId = (await current(t, session.cookie)).json().user.id;
    const newPassword = 'Nieuw-wachtwoord-na-lek-2026';

    expect((await beheerder.patch(`/api/v1/users/${userId}`, { password: newPassword })).statusCode).toBe(200);
    await expectSignedOut(t, session.cookie);
    expect((await login(t, email, PASSWORD)).statusCode).toBe(401);
    expect((await login(t, email, newPassword)).statusCode).toBe(201);
  });

  it("changing a user's roles ends their sessions; a new login carries the new roles", async () => {
    const beheerder = await world.agent('A', 'functioneel_beheerder');
    const email = world.email('A', 'beleidsadviseur');
    const session = await Agent.login(t.app, email, PASSWORD);
    const userId = (await current(t, session.cookie)).json().user.id;
    expect((await session.get('/api/v1/clients')).statusCode).toBe(403);

    const res = await beheerder.patch(`/api/v1/users/${userId}`, { roles: ['klantmanager'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toEqual(['klantmanager']);
    await expectSignedOut(t, session.cookie);

    const fresh = await Agent.login(t.app, email, PASSWORD);
    expect((await current(t, fresh.cookie)).json().user.roles).toEqual(['klantmanager']);
    expect((await fresh.get('/api/v1/clients')).statusCode).toBe(200);
  });

  it('taking a role away ends the session, so the user cannot keep using the role they lost', async () => {
    const beheerder = await world.agent('B', 'functioneel_beheerder');
    const email = world.email('B', 'jobcoach');
    const session = await Agent.login(t.app, email, PASSWORD);
    const userId = (await current(t, session.cookie)).json().user.id;
    expect((await session.get('/api/v1/clients')).statusCode).toBe(200);
    expect((await beheerder.patch(`/api/v1/users/${userId}`, { roles: ['beleidsadviseur'] })).statusCode).toBe(200);
    expect((await session.get('/api/v1/clients')).statusCode).toBe(401);
  });
});

describe('sessions: idle timeout and absolute lifetime', () => {
  // Short settings so the arithmetic is easy to follow: 30 minutes idle, 2 hours at most.
  const IDLE_MIN = 30;
  const ABSOLUTE_H = 2;
  const MIN = 60_000;
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld({
      sessionIdleMinutes: IDLE_MIN,
      sessionAbsoluteHours: ABSOLUTE_H,
      loginMaxPerIpPerMinute: 10_000,
    }));
  });
  afterAll(() => t?.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Logs in at the (frozen) current time; resolve() compares with JS Date, so moving the clock moves the session's age. */
  async function loginAtNow(role: 'klantmanager' | 'jobcoach' | 'werkgeversadviseur' | 'nazorgcoordinator', org: 'A' | 'B' = 'A') {
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    const agent = await Agent.login(t.app, world.email(org, role), PASSWORD);
    return { agent, start };
  }
  const at = (start: number, minutes: number) => vi.setSystemTime(start + minutes * MIN);

  it('the session expiry and cookie lifetime follow the absolute lifetime setting', async () => {
    const res = await login(t, world.email('B', 'klantmanager'), PASSWORD);
    const expires = Date.parse(res.json().expiresAt);
    expect(Math.abs(expires - (Date.now() + ABSOLUTE_H * 3_600_000))).toBeLessThan(60_000);
    expect(res.cookies.find((c) => c.name === 'wp_session')!.maxAge).toBe(ABSOLUTE_H * 3600);
  });

  it('after the idle time without requests the session is 401, and stays ended', async () => {
    const { agent, start } = await loginAtNow('klantmanager');
    at(start, IDLE_MIN + 1);
    await expectSignedOut(t, agent.cookie);
    // Going back in time does not revive it: the expired session was removed.
    at(start, 1);
    await expectSignedOut(t, agent.cookie);
  });

  it('just before the idle limit the session is still valid', async () => {
    const { agent, start } = await loginAtNow('nazorgcoordinator');
    at(start, IDLE_MIN - 2);
    expect((await current(t, agent.cookie)).statusCode).toBe(200);
  });

  it('activity within the idle window keeps the session alive well past the idle time', async () => {
    const { agent, start } = await loginAtNow('jobcoach');
    // A request every 20 minutes (the last-seen time is refreshed at most once a minute; 20 is far above that).
    for (const minute of [20, 40, 60, 80, 100]) {
      at(start, minute);
      const res = await agent.get('/api/v1/clients');
      expect(res.statusCode, `after ${minute} minutes`).toBe(200);
    }
    // Then the user walks away: idle time after the last request ends it.
    at(start, 100 + IDLE_MIN + 1);
    await expectSignedOut(t, agent.cookie);
  });

  it('after the absolute lifetime the session is 401 even with constant activity', async () => {
    const { agent, start } = await loginAtNow('werkgeversadviseur');
    for (let minute = 15; minute < ABSOLUTE_H * 60; minute += 15) {
      at(start, minute);
      expect((await current(t, agent.cookie)).statusCode, `after ${minute} minutes`).toBe(200);
    }
    at(start, ABSOLUTE_H * 60 - 1);
    expect((await current(t, agent.cookie)).statusCode).toBe(200);
    at(start, ABSOLUTE_H * 60 + 1);
    await expectSignedOut(t, agent.cookie);
    // Logging in again starts a new, full-length session.
    const again = await login(t, world.email('A', 'werkgeversadviseur'), PASSWORD);
    expect(again.statusCode).toBe(201);
    expect(Date.parse(again.json().expiresAt)).toBe(start + (ABSOLUTE_H * 60 + 1) * MIN + ABSOLUTE_H * 3_600_000);
  });

  it('the periodic sweep removes sessions nobody came back to, and keeps sessions still in use', async () => {
    const db = t.services.database.db;
    const sessionsOf = async (userId: string) => (await db.select().from(sessions).where(eq(sessions.userId, userId))).length;
    const { agent: left, start } = await loginAtNow('nazorgcoordinator', 'B');
    const stayed = await Agent.login(t.app, world.email('B', 'jobcoach'), PASSWORD);
    const leftId = (await current(t, left.cookie)).json().user.id;
    const stayedId = (await current(t, stayed.cookie)).json().user.id;
    at(start, 20);
    expect((await current(t, stayed.cookie)).statusCode).toBe(200);

    // The closed browser never presents its cookie again; the sweep removes its session all the same.
    at(start, IDLE_MIN + 1);
    await t.services.identity.sweep();
    expect(await sessionsOf(leftId)).toBe(0);
    expect(await sessionsOf(stayedId)).toBe(1);
    expect((await current(t, stayed.cookie)).statusCode).toBe(200);
  });

  it('an expired session cannot be used for changes either', async () => {
    const { agent, start } = await loginAtNow('klantmanager', 'B');
    at(start, IDLE_MIN + 5);
    const res = await agent.post('/api/v1/clients/search', { bsn: '111222333' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('not_authenticated');
  });
});
