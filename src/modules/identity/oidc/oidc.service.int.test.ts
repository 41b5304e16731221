/**
 * Integration tests against a real OpenID Provider (oidc-provider) on 127.0.0.1, driven without a
 * browser: a tiny user agent follows the provider's redirects with its cookies, an interaction handler
 * logs in a fixed test account (or denies), and the flow ends at the redirect_uri with code and state.
 */
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- oidc-provider ships no type definitions; the few members used are typed below.
import OidcProviderModule from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.ts';
import { OidcProviderConfigSchema, type OidcProviderConfig } from './oidc.config.ts';
import { OidcClient, OidcClientRegistry, OidcLoginError, type OidcClientOptions } from './oidc.service.ts';

// ---- minimal types for oidc-provider -------------------------------------------------------------

interface GrantInstance {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface InteractionDetails {
  uid: string;
  prompt: { name: string };
  params: Record<string, unknown>;
  grantId?: string;
  session?: { accountId?: string };
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

// ---- fixtures ------------------------------------------------------------------------------------

const CLIENT_ID = 'werkplein';
const CLIENT_SECRET = 'werkplein-test-secret-5f0c1a9e';
const REDIRECT_URI = 'https://werkplein.test/api/v1/auth/oidc/test-idp/callback';
const ACCOUNT = {
  sub: 'medewerker-0042',
  email: 'J.Jansen@Eindhoven.example',
  email_verified: true,
  name: 'Jan Jansen',
  given_name: 'Jan',
  family_name: 'Jansen',
};
const KID = 'werkplein-test-signing-key';

function rsaSigningJwk(): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' };
}
function publicPart(jwk: JsonWebKey): JsonWebKey {
  const { kty, n, e, kid, alg, use } = jwk as JsonWebKey & { kid: string; alg: string; use: string };
  return { kty, n, e, kid, alg, use };
}

const servers: Server[] = [];

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface TestProvider {
  issuer: string;
  /** What the interaction endpoint does: log in the test account, or deny (error=access_denied). */
  mode: 'login' | 'deny';
}

interface ProviderOptions {
  signingKey: JsonWebKey;
  idTokenTtlSeconds?: number;
  /** Serve this JWKS at jwks_uri instead of the real one (the signing key is then not published). */
  publishedJwks?: { keys: JsonWebKey[] };
}

async function startProvider(options: ProviderOptions): Promise<TestProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const issuer = await listen((req, res) => handle(req, res));
  const testProvider: TestProvider = { issuer, mode: 'login' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    scopes: ['openid', 'email', 'profile'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    jwks: { keys: [options.signingKey] },
    cookies: { keys: ['werkplein-test-cookie-key'] },
    ttl: {
      IdToken: options.idTokenTtlSeconds ?? 3600,
      AccessToken: 3600,
      AuthorizationCode: 60,
      Grant: 3600,
      Interaction: 600,
      Session: 3600,
    },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ ...ACCOUNT, sub }),
    }),
  });
  const providerCallback = provider.callback();

  handle = (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path.startsWith('/interaction/')) {
      handleInteraction(provider, testProvider.mode, req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    if (path === '/jwks' && options.publishedJwks) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(options.publishedJwks));
      return;
    }
    providerCallback(req, res);
  };
  return testProvider;
}

/** The provider's login/consent screen, minus the screen: logs in ACCOUNT and grants the requested scope. */
async function handleInteraction(
  provider: ProviderInstance,
  mode: 'login' | 'deny',
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (mode === 'deny') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'De gebruiker heeft het inloggen afgebroken.' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const accountId = details.session?.accountId ?? ACCOUNT.sub;
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

/** A user agent without a browser: follows redirects, keeps cookies, stops at the redirect_uri. */
async function browse(startUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = startUrl;
  for (let hop = 0; hop < 15; hop++) {
    if (url.startsWith(REDIRECT_URI)) return new URL(url);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /max-age=0/i.test(setCookie) || /expires=Thu, 01 Jan 1970/i.test(setCookie);
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const body = await res.text();
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) {
      throw new Error(`Unexpected HTTP ${res.status} at ${url}: ${body.slice(0, 500)}`);
    }
    url = new URL(location, url).href;
  }
  throw new Error('Too many redirects');
}

function configFor(issuer: string, overrides: Partial<OidcProviderConfig> = {}): OidcProviderConfig {
  return OidcProviderConfigSchema.parse({
    id: 'test-idp',
    name: 'Test-inlogdienst',
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    allowInsecureHttp: true,
    ...overrides,
  });
}

async function clientFor(issuer: string, options: OidcClientOptions = {}): Promise<OidcClient> {
  return OidcClient.discover(configFor(issuer), options);
}

async function expectOidcFailure(promise: Promise<unknown>, reason: string): Promise<OidcLoginError> {
  const err = await promise.then(
    () => {
      throw new Error(`expected rejection with reason ${reason}, but the login succeeded`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err).toBeInstanceOf(OidcLoginError);
  const oidcErr = err as OidcLoginError;
  expect(oidcErr.code).toBe('oidc_failed');
  expect(oidcErr.reason).toBe(reason);
  expect(oidcErr.message).toMatch(/Test-inlogdienst/);
  return oidcErr;
}

// ---- set-up ----------------------------------------------------------------------------------------

const signingKey = rsaSigningJwk();
let main: TestProvider;
let other: TestProvider;
let shortLived: TestProvider;
let unpublishedKey: TestProvider;
let misdirected: string;

beforeAll(async () => {
  main = await startProvider({ signingKey });
  // Another provider with the same client registration (think: another tenant of the same product).
  other = await startProvider({ signingKey });
  // ID tokens valid for one minute only.
  shortLived = await startProvider({ signingKey, idTokenTtlSeconds: 60 });
  // Signs with signingKey but publishes a different key under the same kid: its ID token signatures
  // do not verify against its own JWKS, exactly like a forged or tampered token.
  unpublishedKey = await startProvider({ signingKey, publishedJwks: { keys: [publicPart(rsaSigningJwk())] } });

  // A discovery document that claims its own issuer but points every endpoint at `other`, and does not
  // advertise RFC 9207 (iss in the authorization response), like many real providers.
  const otherMetadata = (await (await fetch(`${other.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  let misdirectedIssuer = '';
  misdirected = await listen((req, res) => {
    if (req.url === '/.well-known/openid-configuration') {
      const doc: Record<string, unknown> = { ...otherMetadata, issuer: misdirectedIssuer };
      delete doc.authorization_response_iss_parameter_supported;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(doc));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  misdirectedIssuer = misdirected;
});

afterAll(async () => {
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

// ---- tests -------------------------------------------------------------------------------------------

describe('OidcClient against a real OpenID Provider', () => {
  it('logs in: authorization code + PKCE S256, returns subject, e-mail and name', async () => {
    const client = await clientFor(main.issuer);
    expect(client.issuer).toBe(main.issuer);
    const start = await client.beginLogin();

    const authUrl = new URL(start.url);
    expect(authUrl.origin + authUrl.pathname).toBe(`${main.issuer}/auth`);
    expect(authUrl.searchParams.get('response_type')).toBe('code');
    expect(authUrl.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authUrl.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(authUrl.searchParams.get('scope')).toBe('openid email profile');
    expect(authUrl.searchParams.get('state')).toBe(start.state);
    expect(authUrl.searchParams.get('nonce')).toBe(start.nonce);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authUrl.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authUrl.searchParams.has('code_verifier')).toBe(false);
    expect(start.state).not.toBe(start.nonce);

    const callback = await browse(start.url);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe(start.state);

    const identity = await client.completeLogin(callback, start);
    expect(identity).toEqual({
      issuer: main.issuer,
      subject: ACCOUNT.sub,
      email: 'j.jansen@eindhoven.example',
      emailVerified: true,
      name: 'Jan Jansen',
    });
  });

  it('uses only the query of the callback URL (host and scheme as seen behind a proxy do not matter)', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    const callback = await browse(start.url);
    const asSeenByApp = new URL(`http://127.0.0.1:3000/api/v1/auth/oidc/test-idp/callback${callback.search}`);
    await expect(client.completeLogin(asSeenByApp, start)).resolves.toMatchObject({ subject: ACCOUNT.sub });
  });

  it('generates fresh state, nonce and code verifier per login', async () => {
    const client = await clientFor(main.issuer);
    const a = await client.beginLogin();
    const b = await client.beginLogin();
    expect(new Set([a.state, b.state, a.nonce, b.nonce, a.codeVerifier, b.codeVerifier]).size).toBe(6);
  });

  it('rejects a callback whose state does not match the stored login', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    const otherLogin = await client.beginLogin();
    const callback = await browse(start.url);
    await expectOidcFailure(client.completeLogin(callback, { ...start, state: otherLogin.state }), 'state_mismatch');

    // A callback without state is rejected too.
    const stripped = new URL(callback);
    stripped.searchParams.delete('state');
    await expectOidcFailure(client.completeLogin(stripped, start), 'state_mismatch');
  });

  it('rejects an ID token whose nonce does not match the stored login', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    const otherLogin = await client.beginLogin();
    const callback = await browse(start.url);
    const err = await expectOidcFailure(client.completeLogin(callback, { ...start, nonce: otherLogin.nonce }), 'nonce_mismatch');
    expect(String((err.cause as Error).cause)).toMatch(/nonce/);
  });

  it('rejects a response from another issuer (mix-up: iss in the authorization response)', async () => {
    // Discovery succeeds (the document names the configured issuer), but the endpoints are `other`'s.
    const client = await clientFor(misdirected);
    expect(client.issuer).toBe(misdirected);
    const start = await client.beginLogin();
    expect(start.url.startsWith(`${other.issuer}/auth?`)).toBe(true);
    const callback = await browse(start.url);
    expect(callback.searchParams.get('iss')).toBe(other.issuer);
    await expectOidcFailure(client.completeLogin(callback, start), 'issuer_mismatch');
  });

  it('rejects an ID token whose iss claim is not the configured issuer', async () => {
    const client = await clientFor(misdirected);
    const start = await client.beginLogin();
    const callback = await browse(start.url);
    // Without the RFC 9207 iss parameter only the ID token can tell: its iss is `other`'s.
    callback.searchParams.delete('iss');
    const err = await expectOidcFailure(client.completeLogin(callback, start), 'issuer_mismatch');
    const inner = (err.cause as Error & { cause: { code: string; cause: { claim: string; claims: { iss: string } } } }).cause;
    expect(inner.code).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED');
    expect(inner.cause.claim).toBe('iss');
    expect(inner.cause.claims.iss).toBe(other.issuer);
  });

  it('rejects an expired ID token', async () => {
    // The client's clock runs five minutes ahead: a one-minute ID token is expired on arrival (also
    // beyond the default 30 s tolerance), while an hour-long one from the same kind of provider is fine.
    const skew: OidcClientOptions = { clockSkewSeconds: 300 };

    const control = await clientFor(main.issuer, skew);
    const controlStart = await control.beginLogin();
    await expect(control.completeLogin(await browse(controlStart.url), controlStart)).resolves.toMatchObject({
      subject: ACCOUNT.sub,
    });

    const client = await clientFor(shortLived.issuer, skew);
    const start = await client.beginLogin();
    const callback = await browse(start.url);
    const err = await expectOidcFailure(client.completeLogin(callback, start), 'id_token_expired');
    expect(err.message).toMatch(/verlopen/);
  });

  it('rejects an ID token whose signature does not verify against the provider JWKS', async () => {
    const client = await clientFor(unpublishedKey.issuer);
    const start = await client.beginLogin();
    const callback = await browse(start.url);
    await expectOidcFailure(client.completeLogin(callback, start), 'invalid_signature');
  });

  it('rejects when the provider returns error=access_denied', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    main.mode = 'deny';
    let callback: URL;
    try {
      callback = await browse(start.url);
    } finally {
      main.mode = 'login';
    }
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.has('code')).toBe(false);
    const err = await expectOidcFailure(client.completeLogin(callback, start), 'access_denied');
    expect(err.message).toBe('Inloggen via Test-inlogdienst is geannuleerd of geweigerd. U bent niet ingelogd.');
  });

  it('rejects a second use of the same callback (authorization code is single-use)', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    const callback = await browse(start.url);
    await client.completeLogin(callback, start);
    await expectOidcFailure(client.completeLogin(callback, start), 'token_request_failed');
  });

  it('rejects a wrong PKCE code verifier at the token endpoint', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    const otherLogin = await client.beginLogin();
    const callback = await browse(start.url);
    await expectOidcFailure(client.completeLogin(callback, { ...start, codeVerifier: otherLogin.codeVerifier }), 'token_request_failed');
  });

  it('rejects when the stored login state is missing', async () => {
    const client = await clientFor(main.issuer);
    const start = await client.beginLogin();
    await expectOidcFailure(
      client.completeLogin(new URL(`${REDIRECT_URI}?code=x&state=${start.state}`), { ...start, nonce: '' }),
      'missing_login_state',
    );
  });
});

describe('OidcClient.discover', () => {
  it('refuses a plain-http issuer unless allowInsecureHttp is set', async () => {
    const config = { ...configFor(main.issuer), allowInsecureHttp: false };
    const err = await expectOidcFailure(OidcClient.discover(config), 'discovery_failed');
    expect((err.cause as Error).message).toMatch(/only requests to HTTPS are allowed/);
  });

  it('reports an unreachable provider as discovery_failed', async () => {
    const closed = await listen((_req, res) => res.end());
    const server = servers.pop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await expectOidcFailure(clientFor(closed, { timeoutSeconds: 2 }), 'discovery_failed');
  });
});

describe('OidcClientRegistry', () => {
  it('lists providers, discovers once, and answers not_found for an unknown id', async () => {
    const registry = new OidcClientRegistry([configFor(main.issuer)]);
    expect(registry.list()).toEqual([{ id: 'test-idp', name: 'Test-inlogdienst' }]);
    const a = await registry.get('test-idp');
    const b = await registry.get('test-idp');
    expect(a).toBe(b);
    await expect(registry.get('onbekend')).rejects.toMatchObject({ code: 'not_found' });
  });
});
