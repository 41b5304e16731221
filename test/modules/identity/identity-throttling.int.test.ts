import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieOf, type TestApp } from '../../harness.ts';
import { createWorld, PASSWORD, type World, openTestWorld } from '../../factories.ts';

// Password guessing is slowed down twice: per account (failed logins in the database) and per IP address
// (login requests per minute, in memory).

const login = (t: TestApp, email: string, password: string, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password }, ...(remoteAddress ? { remoteAddress } : {}) });

describe('identity: throttling per account', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    // Default per-account limit (5 failures in 15 minutes); the per-IP limit is tested below on its own app.
    t = await createTestApp({ loginMaxPerIpPerMinute: 10_000 });
    expect(t.services.config.loginMaxFailuresPerAccount).toBe(5);
    world = await createWorld(t.services.database.db, t.app);
  });
  afterAll(() => t?.close());

  it('after 5 failed logins the 6th attempt gets 429 with Retry-After, even with the right password; other accounts are unaffected', async () => {
    const victim = world.email('A', 'klantmanager');
    // The attacker rotates IP addresses: the account limit holds regardless.
    for (let i = 0; i < 5; i++) {
      const res = await login(t, victim, `geraden-wachtwoord-${i}`, `198.51.100.${i + 1}`);
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
      expect(res.json().code).toBe('invalid_credentials');
    }
    const sixth = await login(t, victim, PASSWORD, '198.51.100.77');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['content-type']).toContain('application/problem+json');
    expect(sixth.json().code).toBe('too_many_requests');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(sessionCookieOf(sixth)).toBeNull();
    // The account is locked for the e-mail however it is typed.
    expect((await login(t, `  ${victim.toUpperCase()} `, PASSWORD)).statusCode).toBe(429);

    // A colleague in the same organisation, on the same IP address, logs in as usual.
    const colleague = await login(t, world.email('A', 'jobcoach'), PASSWORD, '198.51.100.77');
    expect(colleague.statusCode).toBe(201);
  });

  it('parallel guesses get no more tries than sequential ones: at most 5 are checked, the rest get 429', async () => {
    const victim = world.email('B', 'jobcoach');
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(t, victim, `parallelle-gok-${i}-abcdef`, `192.0.2.${i + 1}`)),
    );
    const codes = burst.map((r) => r.statusCode);
    expect(
      codes.every((c) => c === 401 || c === 429),
      codes.join(','),
    ).toBe(true);
    expect(codes.filter((c) => c === 401).length, `statuses ${codes.join(',')}`).toBeLessThanOrEqual(5);
    expect((await login(t, victim, PASSWORD)).statusCode).toBe(429);
  });

  it('an unknown e-mail address is throttled the same way (no enumeration through the limit)', async () => {
    const unknown = 'niet-bestaand@a.test';
    for (let i = 0; i < 5; i++) expect((await login(t, unknown, `poging-${i}-abcdefgh`)).statusCode).toBe(401);
    const sixth = await login(t, unknown, 'poging-6-abcdefgh');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBeDefined();
  });

  it('a successful login clears earlier failures: an occasional typo never locks the owner out', async () => {
    const email = world.email('B', 'klantmanager');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await login(t, email, `tikfout-${round}-${i}-xyz`)).statusCode).toBe(401);
      expect((await login(t, email, PASSWORD)).statusCode, `round ${round}`).toBe(201);
    }
  });
});

describe('identity: throttling per IP address', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld({ loginMaxPerIpPerMinute: 3 }));
  });
  afterAll(() => t?.close());

  it('the 4th login request from one IP within a minute gets 429 with Retry-After; another IP still gets in', async () => {
    const email = world.email('A', 'klantmanager');
    // Failed and successful requests both count.
    expect((await login(t, email, 'fout-wachtwoord-1')).statusCode).toBe(401);
    expect((await login(t, world.email('B', 'jobcoach'), 'fout-wachtwoord-2')).statusCode).toBe(401);
    expect((await login(t, email, PASSWORD)).statusCode).toBe(201);

    const fourth = await login(t, email, PASSWORD);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.headers['content-type']).toContain('application/problem+json');
    expect(fourth.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    expect(sessionCookieOf(fourth)).toBeNull();

    const elsewhere = await login(t, email, PASSWORD, '203.0.113.9');
    expect(elsewhere.statusCode).toBe(201);
    expect(sessionCookieOf(elsewhere)).toBeTruthy();
  });

  it('the per-IP limit applies to logging in only: signed-in work from that IP goes on', async () => {
    const ip = '203.0.113.50';
    const res = await login(t, world.email('A', 'klantmanager'), PASSWORD, ip);
    expect(res.statusCode).toBe(201);
    const cookie = sessionCookieOf(res)!;
    for (let i = 0; i < 3; i++) await login(t, world.email('A', 'klantmanager'), PASSWORD, ip);
    expect((await login(t, world.email('A', 'klantmanager'), PASSWORD, ip)).statusCode).toBe(429);
    for (let i = 0; i < 5; i++) {
      const cur = await t.app.inject({
        method: 'GET',
        url: '/api/v1/clients',
        headers: { cookie: `wp_session=${cookie}` },
        remoteAddress: ip,
      });
      expect(cur.statusCode).toBe(200);
    }
  });
});

describe('identity: throttling per IP address behind a reverse proxy', () => {
  // With WERKPLEIN_TRUST_PROXY=true the app reads the client address from X-Forwarded-For. The reverse proxy
  // (here at 127.0.0.1) appends the address it saw; anything to the left of that was written by the client itself.
  let t: TestApp;
  let world: World;
  const viaProxy = (email: string, password: string, xff: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email, password },
      remoteAddress: '127.0.0.1',
      headers: { host: 'werkplein.example.nl', 'x-forwarded-proto': 'https', 'x-forwarded-for': xff },
    });

  beforeAll(async () => {
    ({ t, world } = await openTestWorld({ publicUrl: 'https://werkplein.example.nl', trustProxyHops: 1, loginMaxPerIpPerMinute: 3 }));
  });
  afterAll(() => t?.close());

  it('without proxy trust (the default) forwarded headers are ignored: the limit is on the connecting address', async () => {
    const direct = await createTestApp({ loginMaxPerIpPerMinute: 3 });
    try {
      const w = await createWorld(direct.services.database.db, direct.app);
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await direct.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email: w.email('A', 'klantmanager'), password: PASSWORD },
          remoteAddress: '198.51.100.40',
          headers: { 'x-forwarded-for': `10.9.9.${i}` },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([201, 201, 201, 429]);
    } finally {
      await direct?.close();
    }
  });

  it('clients behind the proxy are limited per client address, not all together as the proxy', async () => {
    const email = world.email('A', 'klantmanager');
    for (let i = 0; i < 3; i++) expect((await viaProxy(email, PASSWORD, '198.51.100.20')).statusCode).toBe(201);
    expect((await viaProxy(email, PASSWORD, '198.51.100.20')).statusCode).toBe(429);
    expect((await viaProxy(email, PASSWORD, '198.51.100.21')).statusCode).toBe(201);
  });

  it('a client cannot dodge the per-IP limit by writing its own X-Forwarded-For entries', async () => {
    const email = world.email('A', 'jobcoach');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await viaProxy(email, PASSWORD, `10.${i}.${i}.${i}, 198.51.100.30`)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429, 429, 429]);
  });
});
