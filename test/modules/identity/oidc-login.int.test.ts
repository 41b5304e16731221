/**
 * Single sign-on through Werkplein's HTTP routes, end to end against real OpenID Providers
 * (oidc-provider) on 127.0.0.1: the Werkplein app listens on a real port, a small cookie-keeping user
 * agent starts the login at Werkplein, follows the provider's redirects (the provider's "login screen"
 * signs in whichever person the test chooses) and arrives back at Werkplein's callback.
 *
 * The provider set-up follows src/modules/identity/oidc/oidc.service.int.test.ts.
 */
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
// @ts-expect-error -- oidc-provider ships no type definitions; the few members used are typed below.
import OidcProviderModule from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';

// ---- minimal types for oidc-provider -------------------------------------------------------------

interface GrantInstance {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface InteractionDetails {
  params: Record<string, unknown>;
  grantId?: string;
}
interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: {
    new (props: { accountId: string; clientId: string }): GrantInstance;
    find(id: string): Promise<GrantInstance | undefined>;
  };
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;
const Provider = OidcProviderModule as ProviderConstructor;

// ---- the providers -------------------------------------------------------------------------------

const CLIENT_ID = 'werkplein';
const CLIENT_SECRET = 'werkplein-test-secret-7d2e4b19';
const SIGNING_KEY = (() => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'werkplein-sso-test', alg: 'RS256', use: 'sig' } as JsonWebKey;
})();

/** A person as the provider knows them; the test may change the claims between logins. */
interface Person {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

interface TestProvider {
  issuer: string;
  /** The provider's accounts by subject. */
  people: Map<string, Person>;
  /** Whom the provider's login screen signs in next. */
  loginAs: string;
}

const servers: Server[] = [];

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createHttpServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function startProvider(redirectUris: string[]): Promise<TestProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const issuer = await listen((req, res) => handle(req, res));
  const idp: TestProvider = { issuer, people: new Map(), loginAs: '' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    scopes: ['openid', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    jwks: { keys: [SIGNING_KEY] },
    cookies: { keys: ['werkplein-sso-test-cookie-key'] },
    ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60, Grant: 3600, Interaction: 600, Session: 3600 },
    findAccount: async (_ctx: unknown, sub: string) => {
      const person = idp.people.get(sub);
      return person ? { accountId: sub, claims: async () => ({ ...person, sub }) } : undefined;
    },
  });
  const providerCallback = provider.callback();

  handle = (req, res) => {
    if (new URL(req.url ?? '/', issuer).pathname.startsWith('/interaction/')) {
      // The login and consent screen, minus the screen: signs in idp.loginAs and grants the scope.
      (async () => {
        const details = await provider.interactionDetails(req, res);
        const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
        const grant = existing ?? new provider.Grant({ accountId: idp.loginAs, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: idp.loginAs }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    providerCallback(req, res);
  };
  return idp;
}

/** A port that was free a moment ago: the provider must know the redirect URI before Werkplein starts. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---- a user agent without a browser ---------------------------------------------------------------

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/** Keeps cookies per name and path (all servers are on 127.0.0.1; browsers ignore the port), never follows redirects itself. */
class Browser {
  readonly jar: StoredCookie[] = [];

  cookieHeaderFor(url: string): string {
    const path = new URL(url).pathname;
    return this.jar
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  cookie(name: string): string | undefined {
    return this.jar.find((c) => c.name === name)?.value;
  }

  async get(url: string): Promise<Response> {
    const cookie = this.cookieHeaderFor(url);
    const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of res.headers.getSetCookie()) this.store(url, line);
    return res;
  }

  private store(url: string, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const path = attr('path') ?? new URL(url).pathname.replace(/\/[^/]*$/, '/');
    const expired = attr('max-age') === '0' || /1970/.test(attr('expires') ?? '') || value === '';
    const i = this.jar.findIndex((c) => c.name === name && c.path === path);
    if (i >= 0) this.jar.splice(i, 1);
    if (!expired) this.jar.push({ name, value, path });
  }

  /** Follows redirects from `url` until the next one would go to `stopAt`; returns that URL unvisited. */
  async followUntil(url: string, stopAt: string): Promise<string> {
    for (let hop = 0; hop < 15; hop++) {
      if (url.startsWith(stopAt)) return url;
      const res = await this.get(url);
      const body = await res.text();
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location)
        throw new Error(`Unexpected HTTP ${res.status} at ${url}: ${body.slice(0, 300)}`);
      url = new URL(location, url).href;
    }
    throw new Error('Too many redirects');
  }
}

/** Set-Cookie lines of a response for one cookie name. */
function setCookies(res: Response, name: string): string[] {
  return res.headers.getSetCookie().filter((line) => line.startsWith(`${name}=`));
}

/** The attributes of a Set-Cookie line, keys in lower case ('httponly' → ''). */
function cookieAttributes(line: string): Map<string, string> {
  const [, ...parts] = line.split(';').map((s) => s.trim());
  return new Map(
    parts.map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p.toLowerCase(), ''] : [p.slice(0, eq).toLowerCase(), p.slice(eq + 1)];
    }),
  );
}

// ---- set-up --------------------------------------------------------------------------------------

let t: TestApp;
let world: World;
let appUrl: string;
let idp: TestProvider;
let otherIdp: TestProvider;

const callbackPath = (providerId: string) => `/api/v1/auth/oidc/${providerId}/callback`;
const FAILED = '/inloggen?reason=sso_failed';

beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  const redirectUris = ['test-idp', 'andere-idp'].map((id) => appUrl + callbackPath(id));
  idp = await startProvider(redirectUris);
  // A second provider (another issuer) with the same client registration.
  otherIdp = await startProvider(redirectUris);

  const provider = (id: string, name: string, issuer: string, redirectUri = appUrl + callbackPath(id)) => ({
    id,
    name,
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri,
    allowInsecureHttp: true,
  });
  t = await createTestApp({
    oidcProviders: JSON.stringify([
      provider('test-idp', 'Test-inlogdienst', idp.issuer),
      provider('andere-idp', 'Andere inlogdienst', otherIdp.issuer),
      // Same issuer, client and redirect URI as test-idp: a login started here differs from one started
      // at test-idp only in the provider id Werkplein stored with it.
      provider('zelfde-idp', 'Zelfde inlogdienst, ander id', idp.issuer, appUrl + callbackPath('test-idp')),
    ]),
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  world = await createWorld(t.services.database.db, t.app);
});

afterAll(async () => {
  await t?.close();
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

interface Started {
  browser: Browser;
  /** The response of GET …/login (302 to the provider). */
  login: Response;
  /** The callback URL the provider sent the browser to (not yet visited). */
  callbackUrl: string;
}

/**
 * Starts a login at Werkplein and goes through the provider as `subject`, stopping just before the
 * callback. The callback lands on `callbackOf` (default: the provider id that started the login).
 */
async function startLogin(provider: TestProvider, subject: string, providerId = 'test-idp', callbackOf = providerId): Promise<Started> {
  const browser = new Browser();
  const login = await browser.get(`${appUrl}/api/v1/auth/oidc/${providerId}/login`);
  expect(login.status).toBe(302);
  const location = login.headers.get('location')!;
  expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
  provider.loginAs = subject;
  const callbackUrl = await browser.followUntil(location, appUrl + callbackPath(callbackOf));
  expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();
  return { browser, login, callbackUrl };
}

async function expectSignedInAs(res: Response, browser: Browser, email: string): Promise<string> {
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await res.text()).toMatch(/<meta http-equiv="refresh" content="0;url=\/">/);
  const token = browser.cookie('wp_session');
  expect(token).toBeTruthy();
  const current = await browser.get(`${appUrl}/api/v1/sessions/current`);
  expect(current.status).toBe(200);
  const body = (await current.json()) as { user: { id: string; email: string } };
  expect(body.user.email).toBe(email);
  return body.user.id;
}

async function expectRefused(res: Response): Promise<void> {
  expect(res.status, await res.clone().text()).toBe(302);
  expect(res.headers.get('location')).toBe(FAILED);
  expect(setCookies(res, 'wp_session')).toEqual([]);
}

/** A complete login as `subject` at test-idp: the callback response and the browser that got it. */
async function completeLogin(subject: string): Promise<{ res: Response; browser: Browser; callbackUrl: string }> {
  const { browser, callbackUrl } = await startLogin(idp, subject);
  return { res: await browser.get(callbackUrl), browser, callbackUrl };
}

async function auditLogins(): Promise<Array<Record<string, unknown>>> {
  const admin = await t.admin();
  try {
    return await admin.query("SELECT * FROM audit_log WHERE action = 'login' ORDER BY id");
  } finally {
    await admin.close();
  }
}

const pseudonym = (email: string) => t.services.audit.pseudonymise(`login:${email}`).slice(0, 16);

// ---- tests ---------------------------------------------------------------------------------------

describe('single sign-on routes against a real OpenID Provider', () => {
  it('lists the configured providers (id and name only); an unknown provider id is 404', async () => {
    const res = await fetch(`${appUrl}/api/v1/auth/oidc/providers`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual([
      { id: 'test-idp', name: 'Test-inlogdienst' },
      { id: 'andere-idp', name: 'Andere inlogdienst' },
      { id: 'zelfde-idp', name: 'Zelfde inlogdienst, ander id' },
    ]);
    for (const secret of [CLIENT_SECRET, idp.issuer, CLIENT_ID]) expect(text).not.toContain(secret);

    const unknown = await fetch(`${appUrl}/api/v1/auth/oidc/onbekend/login`, { redirect: 'manual' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('logs in an existing user by verified e-mail, links the account, and recognises it by (issuer, subject) after the e-mail changed', async () => {
    const email = world.email('A', 'klantmanager');
    idp.people.set('km-a-001', { email: email.toUpperCase(), email_verified: true, name: 'Karin Manager' });

    const first = await startLogin(idp, 'km-a-001');
    expect(first.browser.cookie('wp_oidc')).toBe(stateCookieOf(first.login));
    const res = await first.browser.get(first.callbackUrl);
    const userId = await expectSignedInAs(res, first.browser, email);
    // The state cookie is cleared on its own path; the session cookie is HttpOnly, Strict, for the whole app.
    const cleared = setCookies(res, 'wp_oidc');
    expect(cleared).toHaveLength(1);
    expect(cookieAttributes(cleared[0]!).get('path')).toBe('/api/v1/auth/oidc/');
    expect(first.browser.cookie('wp_oidc')).toBeUndefined();
    const session = cookieAttributes(setCookies(res, 'wp_session')[0]!);
    expect(session.has('httponly')).toBe(true);
    expect(session.get('samesite')?.toLowerCase()).toBe('strict');
    expect(session.get('path')).toBe('/');

    // At the provider the person gets another, not even verified, address: only the link made at the
    // first login, by (issuer, subject), can find the user now.
    idp.people.set('km-a-001', { email: 'karin.nieuw@elders.example', email_verified: false, name: 'Karin Manager' });
    const second = await completeLogin('km-a-001');
    expect(await expectSignedInAs(second.res, second.browser, email)).toBe(userId);
    // A new session, not the first one again.
    expect(second.browser.cookie('wp_session')).not.toBe(first.browser.cookie('wp_session'));
  });

  it('never re-links an account that is already linked: another identity with the same verified e-mail is refused', async () => {
    const email = world.email('A', 'contractmanager_social_return');
    idp.people.set('owner-010', { email, email_verified: true });
    const owner = await completeLogin('owner-010');
    const userId = await expectSignedInAs(owner.res, owner.browser, email);

    // A second identity (a recycled mailbox, another person) that the provider vouches for with the same address.
    idp.people.set('intruder-011', { email, email_verified: true });
    await expectRefused((await completeLogin('intruder-011')).res);

    // The real owner still gets in, to the same account.
    const again = await completeLogin('owner-010');
    expect(await expectSignedInAs(again.res, again.browser, email)).toBe(userId);
  });

  it('refuses a person without a Werkplein account: back to the login page, no session, a failed audit line', async () => {
    idp.people.set('onbekend-003', { email: 'Iemand@Nergens.example', email_verified: true, name: 'Iemand Onbekend' });
    const { res, browser } = await completeLogin('onbekend-003');
    await expectRefused(res);
    expect(browser.cookie('wp_session')).toBeUndefined();
    expect((await browser.get(`${appUrl}/api/v1/sessions/current`)).status).toBe(401);

    // One failed login line, under a keyed pseudonym of the address the provider asserted, never the address itself.
    const logins = await auditLogins();
    expect(logins.filter((r) => r.object_id === pseudonym('iemand@nergens.example'))).toEqual([
      expect.objectContaining({
        action: 'login',
        object_type: 'session',
        result: 'failed',
        actor_user_id: null,
        actor_organisation_id: null,
      }),
    ]);
    expect(JSON.stringify(logins).toLowerCase()).not.toContain('iemand@nergens.example');
  });

  it('does not link an account by an e-mail address the provider did not verify', async () => {
    const email = world.email('A', 'werkgeversadviseur');
    idp.people.set('onverifieerd-004', { email, email_verified: false });
    const { res } = await completeLogin('onverifieerd-004');
    // Refused, so not linked either: linking happens only together with starting the session.
    await expectRefused(res);
  });

  it('refuses a disabled user, whether found by (issuer, subject) or by e-mail', async () => {
    // Linked first, then disabled by the functioneel beheerder.
    const email = world.email('A', 'jobcoach');
    idp.people.set('jc-a-005', { email, email_verified: true });
    const first = await completeLogin('jc-a-005');
    const userId = await expectSignedInAs(first.res, first.browser, email);
    const beheerder = await world.agent('A', 'functioneel_beheerder');
    expect((await beheerder.patch(`/api/v1/users/${userId}`, { active: false })).statusCode).toBe(200);
    expect((await first.browser.get(`${appUrl}/api/v1/sessions/current`)).status).toBe(401);

    const again = await completeLogin('jc-a-005');
    await expectRefused(again.res);
    expect(again.browser.cookie('wp_session')).toBeUndefined();

    // Disabled before any single sign-on: the e-mail match does not help either.
    const emailB = world.email('B', 'jobcoach');
    const beheerderB = await world.agent('B', 'functioneel_beheerder');
    const users = (await beheerderB.get('/api/v1/users')).json<Array<{ id: string; email: string }>>();
    const idB = users.find((u) => u.email === emailB)!.id;
    expect((await beheerderB.patch(`/api/v1/users/${idB}`, { active: false })).statusCode).toBe(200);
    idp.people.set('jc-b-005', { email: emailB, email_verified: true });
    const byEmail = await completeLogin('jc-b-005');
    await expectRefused(byEmail.res);
  });

  it('refuses the same callback a second time: the login state is single-use', async () => {
    idp.people.set('km-b-006', { email: world.email('B', 'klantmanager'), email_verified: true });
    const { browser, callbackUrl } = await startLogin(idp, 'km-b-006');
    const stateCookie = browser.cookie('wp_oidc')!;
    const ok = await browser.get(callbackUrl);
    await expectSignedInAs(ok, browser, world.email('B', 'klantmanager'));

    // Someone who captured the URL and the state cookie replays both.
    const replay = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: `wp_oidc=${stateCookie}` } });
    await expectRefused(replay);

    // The state is spent even by a failed attempt: a tampered callback burns it, and the genuine one
    // (whose code the provider never saw redeemed) is refused afterwards.
    const second = await startLogin(idp, 'km-b-006');
    const secondState = second.browser.cookie('wp_oidc')!;
    const tampered = new URL(second.callbackUrl);
    tampered.searchParams.set('state', 'vervalst');
    await expectRefused(await second.browser.get(tampered.href));
    await expectRefused(await fetch(second.callbackUrl, { redirect: 'manual', headers: { cookie: `wp_oidc=${secondState}` } }));
  });

  it('refuses a callback without the state cookie, or with the state cookie of another login', async () => {
    const email = world.email('R', 'jobcoach');
    idp.people.set('jc-r-007', { email, email_verified: true });
    const mine = await startLogin(idp, 'jc-r-007');
    const theirs = await startLogin(idp, 'jc-r-007');

    // No cookie at all.
    await expectRefused(await fetch(mine.callbackUrl, { redirect: 'manual' }));
    // A state cookie, but one that belongs to the other login.
    await expectRefused(
      await fetch(mine.callbackUrl, { redirect: 'manual', headers: { cookie: `wp_oidc=${theirs.browser.cookie('wp_oidc')}` } }),
    );
    // A made-up state cookie.
    await expectRefused(await fetch(mine.callbackUrl, { redirect: 'manual', headers: { cookie: 'wp_oidc=bestaat-niet-12345' } }));

    // Control: the callback itself was fine; with its own state cookie it logs in.
    await expectSignedInAs(await mine.browser.get(mine.callbackUrl), mine.browser, email);
  });

  it('refuses a callback on another provider id than the one that started the login', async () => {
    idp.people.set('km-r-008', { email: world.email('R', 'klantmanager'), email_verified: true });

    // Started at test-idp, the provider's answer delivered at andere-idp's callback (another issuer).
    const a = await startLogin(idp, 'km-r-008');
    const elsewhere = new URL(callbackPath('andere-idp') + new URL(a.callbackUrl).search, appUrl);
    await expectRefused(await a.browser.get(elsewhere.href));

    // Started at zelfde-idp: same issuer, client and redirect URI as test-idp, so the provider sends the
    // browser to test-idp's callback and the protocol checks alone would pass. Only the provider id
    // stored with the login state tells them apart.
    const b = await startLogin(idp, 'km-r-008', 'zelfde-idp', 'test-idp');
    const res = await b.browser.get(b.callbackUrl);
    await expectRefused(res);
    expect(b.browser.cookie('wp_session')).toBeUndefined();

    // Control: the same person through test-idp from start to end is let in.
    const c = await completeLogin('km-r-008');
    await expectSignedInAs(c.res, c.browser, world.email('R', 'klantmanager'));
  });

  it('sets the state cookie HttpOnly, SameSite=Lax, only for /api/v1/auth/oidc/, and redirects with PKCE, state and nonce', async () => {
    const res = await fetch(`${appUrl}/api/v1/auth/oidc/test-idp/login`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const lines = setCookies(res, 'wp_oidc');
    expect(lines).toHaveLength(1);
    const value = stateCookieOf(res);
    expect(value).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    const attrs = cookieAttributes(lines[0]!);
    expect(attrs.has('httponly')).toBe(true);
    expect(attrs.get('samesite')).toBe('Lax');
    expect(attrs.get('path')).toBe('/api/v1/auth/oidc/');
    expect(attrs.has('domain')).toBe(false);
    expect(Number(attrs.get('max-age'))).toBeGreaterThan(0);
    expect(Number(attrs.get('max-age'))).toBeLessThanOrEqual(15 * 60);
    // Plain http here, so not Secure (it would never be sent back otherwise).
    expect(attrs.has('secure')).toBe(false);

    // The browser is sent to the provider; the cookie is an opaque handle, not the state, nonce or verifier.
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('redirect_uri')).toBe(appUrl + callbackPath('test-idp'));
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    const state = location.searchParams.get('state');
    const nonce = location.searchParams.get('nonce');
    expect(state).toBeTruthy();
    expect(nonce).toBeTruthy();
    expect([state, nonce]).not.toContain(value);
    expect(res.headers.get('cache-control')).toBe('no-store');

    // A browser keeps it for the OIDC routes only, not for the rest of the API.
    const browser = new Browser();
    await browser.get(`${appUrl}/api/v1/auth/oidc/test-idp/login`);
    expect(browser.cookieHeaderFor(`${appUrl}/api/v1/auth/oidc/test-idp/callback`)).toMatch(/^wp_oidc=/);
    expect(browser.cookieHeaderFor(`${appUrl}/api/v1/sessions/current`)).toBe('');
  });
});

function stateCookieOf(res: Response): string {
  const line = setCookies(res, 'wp_oidc')[0] ?? '';
  return line.slice('wp_oidc='.length).split(';')[0]!;
}
