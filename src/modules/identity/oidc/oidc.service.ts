import * as client from 'openid-client';
import { AppError } from '../../../kernel/errors.ts';
import type { OidcProviderConfig } from './oidc.config.ts';

/**
 * OpenID Connect single sign-on (authorization code flow with PKCE S256, state and nonce) on top of
 * openid-client. Framework-independent: the HTTP layer stores the {@link OidcLoginState} of
 * {@link OidcClient.beginLogin} server-side and hands it back to {@link OidcClient.completeLogin}.
 *
 * All protocol checks (state, issuer in the authorization response, PKCE, ID token signature, iss, aud,
 * exp, nonce, UserInfo subject) are done by openid-client; this module only maps its errors to
 * {@link OidcLoginError} (an AppError with code 'oidc_failed' and a Dutch message).
 */

/** What the HTTP layer must keep server-side between the redirect to the provider and the callback. */
export interface OidcLoginState {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcLoginStart extends OidcLoginState {
  /** Authorization URL to redirect the browser to (302). */
  url: string;
}

export interface OidcIdentity {
  /** Issuer Identifier exactly as in the validated ID token; together with `subject` the stable key of the person. */
  issuer: string;
  /** The `sub` claim. Unique per issuer, never reassigned. */
  subject: string;
  /** Value of the configured e-mail claim (trimmed, lower case), or null when absent or not an e-mail address. */
  email: string | null;
  /**
   * True only when emailClaim is 'email' and the provider asserted `email_verified: true` (in the same
   * token/UserInfo the address came from). Link an existing account by e-mail only when true.
   */
  emailVerified: boolean;
  /** `name`, or given_name + family_name, or null. */
  name: string | null;
}

/** Why a login failed; for logs and tests. Users see the Dutch message only. */
export type OidcFailureReason =
  | 'discovery_failed'
  | 'provider_unreachable'
  | 'access_denied'
  | 'provider_error'
  | 'state_mismatch'
  | 'issuer_mismatch'
  | 'nonce_mismatch'
  | 'audience_mismatch'
  | 'id_token_expired'
  | 'id_token_time_invalid'
  | 'invalid_signature'
  | 'token_request_failed'
  | 'subject_mismatch'
  | 'invalid_response'
  | 'missing_login_state';

export class OidcLoginError extends AppError {
  constructor(
    readonly reason: OidcFailureReason,
    message: string,
    cause?: unknown,
  ) {
    super('oidc_failed', message);
    this.name = 'OidcLoginError';
    if (cause !== undefined) this.cause = cause;
  }
}

export interface OidcClientOptions {
  /** Seconds added to the local clock for token time checks (openid-client clockSkew). Default 0. */
  clockSkewSeconds?: number;
  /** Allowed clock difference for exp/nbf checks (openid-client clockTolerance). Default 30. */
  clockToleranceSeconds?: number;
  /** Timeout of every HTTP request to the provider. Default 10. */
  timeoutSeconds?: number;
}

export class OidcClient {
  private constructor(
    readonly config: OidcProviderConfig,
    private readonly configuration: client.Configuration,
  ) {}

  /** Issuer Identifier as validated during discovery. */
  get issuer(): string {
    return this.configuration.serverMetadata().issuer;
  }

  /**
   * Fetches `<issuer>/.well-known/openid-configuration`, checks that it names the configured issuer, and
   * prepares the client. Rejects with OidcLoginError('discovery_failed') when the provider is unreachable
   * or its metadata is wrong.
   */
  static async discover(config: OidcProviderConfig, options: OidcClientOptions = {}): Promise<OidcClient> {
    const timeout = options.timeoutSeconds ?? 10;
    const metadata: Partial<client.ClientMetadata> = {
      client_secret: config.clientSecret,
      redirect_uris: [config.redirectUri],
      response_types: ['code'],
    };
    if (options.clockSkewSeconds !== undefined) metadata[client.clockSkew] = options.clockSkewSeconds;
    if (options.clockToleranceSeconds !== undefined) metadata[client.clockTolerance] = options.clockToleranceSeconds;

    // Verify ID token signatures against the provider's JWKS. openid-client skips this by default for
    // tokens received straight from the token endpoint over TLS; we want it regardless.
    const execute: Array<(c: client.Configuration) => void> = [client.enableNonRepudiationChecks];
    // allowInsecureRequests is marked @deprecated only to stand out; it is meant for local tests.
    if (config.allowInsecureHttp) execute.unshift(client.allowInsecureRequests);

    let configuration: client.Configuration;
    try {
      configuration = await client.discovery(
        new URL(config.issuer),
        config.clientId,
        metadata,
        client.ClientSecretBasic(config.clientSecret),
        { execute, timeout },
      );
      // client_secret_basic is the OpenID Connect default; use client_secret_post only when the provider
      // says it does not support basic.
      const methods = configuration.serverMetadata().token_endpoint_auth_methods_supported;
      if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
        configuration = new client.Configuration(
          configuration.serverMetadata(),
          config.clientId,
          metadata,
          client.ClientSecretPost(config.clientSecret),
        );
        configuration.timeout = timeout;
        for (const ext of execute) ext(configuration);
      }
    } catch (err) {
      throw new OidcLoginError(
        'discovery_failed',
        `De inlogdienst ${config.name} is op dit moment niet bereikbaar of onjuist ingesteld. Probeer het later opnieuw of log in met e-mailadres en wachtwoord.`,
        err,
      );
    }
    return new OidcClient(config, configuration);
  }

  /**
   * Starts a login: fresh random state, nonce and PKCE verifier (S256). Store all three server-side
   * (never in the URL or a client-readable cookie) and redirect the browser to `url`.
   */
  async beginLogin(): Promise<OidcLoginStart> {
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
    const url = client.buildAuthorizationUrl(this.configuration, {
      redirect_uri: this.config.redirectUri,
      response_type: 'code',
      scope: this.config.scopes,
      state,
      nonce,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /**
   * Finishes a login at the callback. `callbackUrl` is the URL the browser arrived on; only its query
   * string is used (it is grafted onto the configured redirectUri, so a proxy that changes host or
   * scheme does not break the token request). `expected` is what {@link beginLogin} returned.
   *
   * Rejects with {@link OidcLoginError} (AppError 'oidc_failed') when the provider returned an error
   * (e.g. access_denied), the state does not match, the response or ID token comes from another
   * issuer, the nonce does not match, the ID token is expired or its signature is invalid, or the
   * code exchange fails.
   */
  async completeLogin(callbackUrl: URL, expected: OidcLoginState): Promise<OidcIdentity> {
    if (!expected.state || !expected.nonce || !expected.codeVerifier) {
      throw new OidcLoginError(
        'missing_login_state',
        `Deze inlogpoging via ${this.config.name} is verlopen of onbekend. Probeer opnieuw in te loggen.`,
      );
    }
    const currentUrl = new URL(this.config.redirectUri);
    currentUrl.search = callbackUrl.search;

    try {
      const tokens = await client.authorizationCodeGrant(this.configuration, currentUrl, {
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        pkceCodeVerifier: expected.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) {
        throw new OidcLoginError('invalid_response', `${this.config.name} gaf geen ID-token terug.`);
      }
      const emailClaim = this.config.emailClaim;
      const idHasEmail = idToken[emailClaim] !== undefined;
      const idHasName = displayName(idToken) !== null;
      let userInfo: Record<string, unknown> | undefined;
      if ((!idHasEmail || !idHasName) && this.configuration.serverMetadata().userinfo_endpoint) {
        // Spec-conformant providers put scope claims (email, profile) in UserInfo rather than in the ID
        // token. openid-client checks that UserInfo's `sub` equals the ID token's.
        userInfo = await client.fetchUserInfo(this.configuration, tokens.access_token, idToken.sub);
      }
      // An e-mail address and its email_verified flag always come from the same source.
      const emailSource: Record<string, unknown> = idHasEmail ? idToken : (userInfo ?? idToken);
      const nameSource: Record<string, unknown> = idHasName ? idToken : (userInfo ?? idToken);
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        email: normaliseEmail(emailSource[emailClaim]),
        // email_verified speaks about the `email` claim only; another emailClaim is never "verified".
        emailVerified: emailClaim === 'email' && (emailSource.email_verified === true || emailSource.email_verified === 'true'),
        name: displayName(nameSource),
      };
    } catch (err) {
      throw this.mapError(err);
    }
  }

  private mapError(err: unknown): OidcLoginError {
    if (err instanceof OidcLoginError) return err;
    const provider = this.config.name;
    const retry = 'Probeer opnieuw in te loggen.';

    if (err instanceof client.AuthorizationResponseError) {
      if (err.error === 'access_denied') {
        return new OidcLoginError('access_denied', `Inloggen via ${provider} is geannuleerd of geweigerd. U bent niet ingelogd.`, err);
      }
      // error_description comes from the browser's URL and is not shown to avoid reflecting attacker text.
      const code = /^[a-z0-9_]{1,64}$/i.test(err.error) ? ` (${err.error})` : '';
      return new OidcLoginError('provider_error', `${provider} meldde een fout bij het inloggen${code}. ${retry}`, err);
    }
    if (err instanceof client.ResponseBodyError) {
      // e.g. invalid_grant: code already used or expired, PKCE verifier wrong, redirect_uri mismatch.
      const code = /^[a-z0-9_]{1,64}$/i.test(err.error) ? ` (${err.error})` : '';
      return new OidcLoginError('token_request_failed', `${provider} accepteerde de inlogcode niet${code}. ${retry}`, err);
    }
    if (err instanceof client.WWWAuthenticateChallengeError) {
      // e.g. invalid_client: wrong client secret.
      return new OidcLoginError('token_request_failed', `${provider} accepteerde de inlogcode niet. ${retry}`, err);
    }
    if (err instanceof client.ClientError) {
      const inner = err.cause as { message?: unknown; code?: unknown; cause?: unknown } | undefined;
      const innerMessage = typeof inner?.message === 'string' ? inner.message : '';
      const claim =
        typeof inner?.cause === 'object' && inner.cause !== null && 'claim' in inner.cause ? String(inner.cause.claim) : undefined;
      switch (err.code) {
        case 'OAUTH_INVALID_RESPONSE':
          if (innerMessage.includes('"state"')) {
            return new OidcLoginError(
              'state_mismatch',
              `Het antwoord van ${provider} hoort niet bij deze inlogpoging (state komt niet overeen). ${retry}`,
              err,
            );
          }
          if (innerMessage.includes('"iss"')) {
            return new OidcLoginError(
              'issuer_mismatch',
              `Het antwoord komt van een andere inlogdienst dan ${provider}. U bent niet ingelogd.`,
              err,
            );
          }
          if (innerMessage.includes('signature')) return invalidSignature(provider, err);
          break;
        case 'OAUTH_KEY_SELECTION_FAILED':
          return invalidSignature(provider, err);
        case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
          if (claim === 'iss') {
            return new OidcLoginError(
              'issuer_mismatch',
              `Het ID-token is uitgegeven door een andere partij dan ${provider}. U bent niet ingelogd.`,
              err,
            );
          }
          if (claim === 'nonce') {
            return new OidcLoginError(
              'nonce_mismatch',
              `Het ID-token van ${provider} hoort niet bij deze inlogpoging (nonce komt niet overeen). ${retry}`,
              err,
            );
          }
          if (claim === 'aud' || claim === 'azp') {
            return new OidcLoginError(
              'audience_mismatch',
              `Het ID-token van ${provider} is niet voor Werkplein bestemd. U bent niet ingelogd.`,
              err,
            );
          }
          break;
        case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
          if (claim === 'exp') {
            return new OidcLoginError('id_token_expired', `Het ID-token van ${provider} is verlopen. ${retry}`, err);
          }
          return new OidcLoginError(
            'id_token_time_invalid',
            `Het ID-token van ${provider} is (nog) niet geldig. Controleer de klok van de server. ${retry}`,
            err,
          );
        case 'OAUTH_TIMEOUT':
        case 'OAUTH_ABORT':
          return unreachable(provider, err);
        default:
          if (innerMessage.includes('"sub"')) {
            return new OidcLoginError('subject_mismatch', `${provider} gaf tegenstrijdige gegevens terug. ${retry}`, err);
          }
      }
      return new OidcLoginError('invalid_response', `${provider} gaf een ongeldig antwoord. ${retry}`, err);
    }
    if (err instanceof TypeError) {
      // fetch() network failure ("fetch failed"), refused connection, DNS error.
      return unreachable(provider, err);
    }
    return new OidcLoginError('invalid_response', `Inloggen via ${provider} is mislukt. ${retry}`, err);
  }
}

function invalidSignature(provider: string, err: unknown): OidcLoginError {
  return new OidcLoginError(
    'invalid_signature',
    `De handtekening van het ID-token van ${provider} is ongeldig. U bent niet ingelogd.`,
    err,
  );
}

function unreachable(provider: string, err: unknown): OidcLoginError {
  return new OidcLoginError(
    'provider_unreachable',
    `De inlogdienst ${provider} is op dit moment niet bereikbaar. Probeer het later opnieuw.`,
    err,
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function normaliseEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}

function displayName(claims: Record<string, unknown>): string | null {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const name = str(claims.name);
  if (name) return name;
  const parts = [str(claims.given_name), str(claims.family_name)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Discovers each configured provider on first use and caches the result. A failed discovery is not
 * cached, so a provider that was down at start-up works once it is back.
 */
export class OidcClientRegistry {
  private readonly configs: Map<string, OidcProviderConfig>;
  private readonly clients = new Map<string, Promise<OidcClient>>();

  constructor(
    configs: readonly OidcProviderConfig[],
    private readonly options: OidcClientOptions = {},
  ) {
    this.configs = new Map(configs.map((c) => [c.id, c]));
  }

  /** For GET /api/v1/auth/oidc/providers. */
  list(): { id: string; name: string }[] {
    return [...this.configs.values()].map(({ id, name }) => ({ id, name }));
  }

  has(id: string): boolean {
    return this.configs.has(id);
  }

  /** Rejects with AppError not_found for an unknown id, OidcLoginError('discovery_failed') when unreachable. */
  get(id: string): Promise<OidcClient> {
    const config = this.configs.get(id);
    if (!config) return Promise.reject(AppError.notFound('Deze inlogdienst bestaat niet.'));
    let pending = this.clients.get(id);
    if (!pending) {
      pending = OidcClient.discover(config, this.options);
      this.clients.set(id, pending);
      pending.catch(() => this.clients.delete(id));
    }
    return pending;
  }
}
