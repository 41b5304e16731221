import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { Agent, sessionCookieOf, type TestApp } from '../../harness.ts';
import { clientInput, PASSWORD, type World, openTestWorld } from '../../factories.ts';

// Cross-site request forgery: a valid cookie alone never changes anything. And the security headers
// browsers rely on, on API responses and on the web app's pages.

describe('sessions: CSRF protection', () => {
  let t: TestApp;
  let world: World;
  let km: Agent;
  let clientId: string;

  const withCookie = (
    agent: Agent,
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload: unknown,
    extra: Record<string, string> = {},
  ) => t.app.inject({ method, url, payload: payload as object, headers: { cookie: `wp_session=${agent.cookie}`, ...extra } });

  async function clientTotal(): Promise<number> {
    const res = await km.get('/api/v1/clients?page=1&pageSize=100');
    expect(res.statusCode).toBe(200);
    return res.json().total;
  }
  function expectCsrfRefused(res: LightMyRequestResponse) {
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('csrf_failed');
  }

  beforeAll(async () => {
    ({ t, world } = await openTestWorld({ loginMaxPerIpPerMinute: 10_000 }));
    km = await world.agent('A', 'klantmanager');
    const created = await km.post('/api/v1/clients', clientInput({ firstName: 'Anouk', surname: 'Verbeek' }));
    expect(created.statusCode).toBe(201);
    clientId = created.json().id;
  });
  afterAll(() => t?.close());

  it('a POST with a valid cookie but without X-CSRF-Token, or with a wrong one, is refused (403 csrf_failed) and creates nothing', async () => {
    const before = await clientTotal();
    const input = () => clientInput({ firstName: 'Gevaarlijk', surname: 'Verzoek' });

    expectCsrfRefused(await withCookie(km, 'POST', '/api/v1/clients', input()));
    expectCsrfRefused(await withCookie(km, 'POST', '/api/v1/clients', input(), { 'x-csrf-token': 'geraden-token' }));
    expectCsrfRefused(await withCookie(km, 'POST', '/api/v1/clients', input(), { 'x-csrf-token': '' }));
    // Same length as the real token, one character off.
    const off = km.csrfToken.slice(0, -1) + (km.csrfToken.endsWith('A') ? 'B' : 'A');
    expectCsrfRefused(await withCookie(km, 'POST', '/api/v1/clients', input(), { 'x-csrf-token': off }));
    // A token of the same user's other session does not fit this session.
    const otherSession = await Agent.login(t.app, world.email('A', 'klantmanager'), PASSWORD);
    expect(otherSession.csrfToken).not.toBe(km.csrfToken);
    expectCsrfRefused(await withCookie(km, 'POST', '/api/v1/clients', input(), { 'x-csrf-token': otherSession.csrfToken }));

    expect(await clientTotal()).toBe(before);
    const search = await km.get('/api/v1/clients?q=Gevaarlijk');
    expect(search.json().total).toBe(0);

    // The control: with the right token the same request goes through.
    const ok = await withCookie(km, 'POST', '/api/v1/clients', input(), { 'x-csrf-token': km.csrfToken });
    expect(ok.statusCode).toBe(201);
    expect(await clientTotal()).toBe(before + 1);
  });

  it('a PATCH without a valid token changes nothing', async () => {
    const before = (await km.get(`/api/v1/clients/${clientId}`)).json();
    const patch = { version: before.version, hoursAvailable: before.hoursAvailable === 8 ? 9 : 8 };
    expectCsrfRefused(await withCookie(km, 'PATCH', `/api/v1/clients/${clientId}`, patch));
    expectCsrfRefused(await withCookie(km, 'PATCH', `/api/v1/clients/${clientId}`, patch, { 'x-csrf-token': 'x'.repeat(43) }));
    const after = (await km.get(`/api/v1/clients/${clientId}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.hoursAvailable).toBe(before.hoursAvailable);
  });

  it('a forged request cannot disable a user or end a session (PATCH and DELETE)', async () => {
    const beheerder = await world.agent('A', 'functioneel_beheerder');
    const target = await Agent.login(t.app, world.email('A', 'jobcoach'), PASSWORD);
    const targetId = (await target.get('/api/v1/sessions/current')).json().user.id;

    expectCsrfRefused(await withCookie(beheerder, 'PATCH', `/api/v1/users/${targetId}`, { active: false }));
    const users = (await beheerder.get('/api/v1/users')).json<{ id: string; active: boolean }[]>();
    expect(users.find((u) => u.id === targetId)?.active).toBe(true);
    expect((await target.get('/api/v1/sessions/current')).statusCode).toBe(200);

    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      headers: { cookie: `wp_session=${target.cookie}`, 'x-csrf-token': 'fout' },
    });
    expectCsrfRefused(del);
    expect((await target.get('/api/v1/sessions/current')).statusCode).toBe(200);
  });

  it('a request from another site (Origin header) is refused even with the right token, and writes nothing', async () => {
    const before = await clientTotal();
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      const res = await withCookie(km, 'POST', '/api/v1/clients', clientInput({ firstName: 'Vreemde', surname: 'Herkomst' }), {
        'x-csrf-token': km.csrfToken,
        origin,
      });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().code).toBe('csrf_failed');
    }
    expect(await clientTotal()).toBe(before);
  });

  it('a request from the site itself (Origin equal to the host) is accepted', async () => {
    const res = await withCookie(
      km,
      'POST',
      '/api/v1/clients/search',
      { bsn: '111222333' },
      {
        'x-csrf-token': km.csrfToken,
        host: 'werkplein.example.nl',
        origin: 'https://werkplein.example.nl',
      },
    );
    expect(res.statusCode).toBe(200);
  });

  it('another site cannot log a browser in to an account of its choosing (login CSRF)', async () => {
    const email = world.email('A', 'werkgever');
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email, password: PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('csrf_failed');
    expect(sessionCookieOf(foreign)).toBeNull();

    // A plain HTML form cannot send JSON: form and text bodies are refused (415, or 400 for text/plain) without a session.
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `email=${encodeURIComponent(email)}&password=${encodeURIComponent(PASSWORD)}`],
      ['text/plain', JSON.stringify({ email, password: PASSWORD })],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${email}\r\n--x--\r\n`],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: body, headers: { 'content-type': type } });
      expect([400, 415], type).toContain(res.statusCode);
      expect(sessionCookieOf(res)).toBeNull();
    }
  });
});

describe('security headers', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld());
  });
  afterAll(() => t?.close());

  function csp(res: LightMyRequestResponse): Map<string, string[]> {
    const header = String(res.headers['content-security-policy'] ?? '');
    expect(header, 'Content-Security-Policy present').not.toBe('');
    return new Map(
      header
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((p) => p[0])
        .map(([name, ...values]) => [name!.toLowerCase(), values]),
    );
  }

  function expectSecurityHeaders(res: LightMyRequestResponse, what: string) {
    const policy = csp(res);
    expect(policy.get('default-src'), what).toEqual(["'self'"]);
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src')!;
    expect(scriptSrc, what).not.toContain("'unsafe-inline'");
    expect(scriptSrc, what).not.toContain("'unsafe-eval'");
    expect(scriptSrc, what).not.toContain('*');
    expect(policy.get('object-src'), what).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
    const hsts = String(res.headers['strict-transport-security'] ?? '');
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), what).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts.toLowerCase(), what).toContain('includesubdomains');
    expect(res.headers['x-content-type-options'], what).toBe('nosniff');
    expect(res.headers['x-powered-by'], what).toBeUndefined();
  }

  it('an API response with personal data (GET /api/v1/clients) has the security headers and Cache-Control no-store', async () => {
    const km = await world.agent('A', 'klantmanager');
    expect((await km.post('/api/v1/clients', clientInput())).statusCode).toBe(201);
    const res = await km.get('/api/v1/clients');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1);
    expectSecurityHeaders(res, 'GET /api/v1/clients');
    expect(res.headers['cache-control']).toContain('no-store');

    const one = await km.get(`/api/v1/clients/${res.json().items[0].id}`);
    expect(one.statusCode).toBe(200);
    expect(one.headers['cache-control']).toContain('no-store');
  });

  it('the session response and API errors are not cached either', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: world.email('A', 'jobcoach'), password: PASSWORD },
    });
    expect(login.statusCode).toBe(201);
    expect(login.headers['cache-control']).toContain('no-store');
    expectSecurityHeaders(login, 'POST /api/v1/sessions');

    const unauth = await t.app.inject({ method: 'GET', url: '/api/v1/clients' });
    expect(unauth.statusCode).toBe(401);
    expect(unauth.headers['cache-control']).toContain('no-store');
    expectSecurityHeaders(unauth, '401');
  });

  it('an unknown API route is a 404 problem with the same headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('not_found');
    expectSecurityHeaders(res, 'GET /api/v1/bestaat-niet');
    expect(res.headers['cache-control']).toContain('no-store');

    const post = await t.app.inject({ method: 'POST', url: '/ergens/anders', payload: {} });
    expect(post.statusCode).toBe(404);
    expectSecurityHeaders(post, 'POST /ergens/anders');
  });

  it('a web app page (SPA fallback) carries the security headers too', async () => {
    // Whether or not the web app has been built (200 with index.html, or 503 with a hint), the headers are there.
    const res = await t.app.inject({ method: 'GET', url: '/clienten/00000000-0000-4000-8000-000000000000' });
    expect([200, 503]).toContain(res.statusCode);
    expectSecurityHeaders(res, 'SPA page');
    const root = await t.app.inject({ method: 'GET', url: '/' });
    expectSecurityHeaders(root, '/');
  });
});
