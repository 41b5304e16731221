import { z } from 'zod';

/**
 * Configuration of the OpenID Connect single-sign-on providers, read from one environment variable
 * (WERKPLEIN_OIDC_PROVIDERS) holding a JSON array, for example:
 *
 *   [{ "id": "eindhoven", "name": "Gemeente Eindhoven (Entra ID)",
 *      "issuer": "https://login.microsoftonline.com/<tenant>/v2.0",
 *      "clientId": "…", "clientSecret": "…",
 *      "redirectUri": "https://werkplein.example.nl/api/v1/auth/oidc/eindhoven/callback" }]
 *
 * `redirectUri` may be left out when a public URL is passed to {@link parseOidcProviders}; it then
 * defaults to `<publicUrl>/api/v1/auth/oidc/<id>/callback`.
 */

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const OidcProviderConfigSchema = z
  .strictObject({
    /** Slug used in URLs: /api/v1/auth/oidc/{id}/login. */
    id: z.string().regex(SLUG, 'must be a slug: lowercase letters, digits and hyphens (max 64), e.g. "eindhoven-entra"'),
    /** Shown on the login button, e.g. "Inloggen met Gemeente Eindhoven". */
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    /** Issuer Identifier exactly as the provider publishes it (discovery appends /.well-known/openid-configuration). */
    issuer: z.string().trim().min(1, 'must not be empty'),
    clientId: z.string().min(1, 'must not be empty'),
    clientSecret: z.string().min(1, 'must not be empty'),
    /** Must be registered at the provider, byte for byte. */
    redirectUri: z.string().trim().min(1, 'must not be empty'),
    /** Space-separated; must contain "openid". */
    scopes: z
      .string()
      .trim()
      .default('openid email profile')
      .refine((s) => s.split(/\s+/).includes('openid'), 'must contain "openid"'),
    /** Allow plain-http issuer and redirect URI. Only for local tests; never in production. */
    allowInsecureHttp: z.boolean().default(false),
    /** Claim that holds the e-mail address (ID token or UserInfo), e.g. "email" or "preferred_username". */
    emailClaim: z.string().trim().min(1, 'must not be empty').default('email'),
  })
  .superRefine((cfg, ctx) => {
    const issuer = checkUrl(cfg.issuer, 'issuer', cfg.allowInsecureHttp, false, ctx);
    if (issuer) {
      if (issuer.search || issuer.hash) {
        ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'must not contain a query or fragment' });
      }
      if (issuer.pathname.includes('/.well-known/')) {
        ctx.addIssue({
          code: 'custom',
          path: ['issuer'],
          message: 'must be the Issuer Identifier, not the discovery document URL (leave out /.well-known/…)',
        });
      }
    }
    const redirect = checkUrl(cfg.redirectUri, 'redirectUri', cfg.allowInsecureHttp, true, ctx);
    if (redirect && (redirect.search || redirect.hash)) {
      ctx.addIssue({ code: 'custom', path: ['redirectUri'], message: 'must not contain a query or fragment' });
    }
  });

export type OidcProviderConfig = z.output<typeof OidcProviderConfigSchema>;
export type OidcProviderConfigInput = z.input<typeof OidcProviderConfigSchema>;

function checkUrl(
  value: string,
  field: string,
  allowInsecureHttp: boolean,
  loopbackHttpAllowed: boolean,
  ctx: z.RefinementCtx,
): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', path: [field], message: 'must be an absolute URL' });
    return null;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (allowInsecureHttp) return url;
    if (loopbackHttpAllowed && LOOPBACK_HOSTS.has(url.hostname)) return url;
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: 'must use https (plain http only with "allowInsecureHttp": true, for local tests)',
    });
    return null;
  }
  ctx.addIssue({ code: 'custom', path: [field], message: 'must use https' });
  return null;
}

/** Thrown by {@link parseOidcProviders}; the message names the variable and every faulty field. Never contains secrets. */
export class OidcConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OidcConfigError';
  }
}

export interface ParseOidcProvidersOptions {
  /** Name used in error messages. Default WERKPLEIN_OIDC_PROVIDERS. */
  variableName?: string;
  /** Public base URL of Werkplein (WERKPLEIN_PUBLIC_URL); used to derive a missing redirectUri. */
  publicUrl?: string;
}

/** The callback path the HTTP layer serves: `/api/v1/auth/oidc/{id}/callback`. */
export function oidcCallbackPath(providerId: string): string {
  return `/api/v1/auth/oidc/${encodeURIComponent(providerId)}/callback`;
}

export function defaultRedirectUri(publicUrl: string, providerId: string): string {
  // Relative to the public URL, so a path prefix (https://host/werkplein/) is kept.
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return new URL(oidcCallbackPath(providerId).slice(1), base).href;
}

/**
 * Parses the value of WERKPLEIN_OIDC_PROVIDERS. Unset or blank means "no single sign-on" and gives [].
 * Throws {@link OidcConfigError} with one line per problem, e.g.
 * `WERKPLEIN_OIDC_PROVIDERS[0].issuer: must use https (…)`.
 */
export function parseOidcProviders(env: string | undefined, options: ParseOidcProvidersOptions = {}): OidcProviderConfig[] {
  const variable = options.variableName ?? 'WERKPLEIN_OIDC_PROVIDERS';
  if (env === undefined || env.trim() === '') return [];

  let raw: unknown;
  try {
    raw = JSON.parse(env);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new OidcConfigError(`${variable} is not valid JSON (${reason}). Expected a JSON array of providers.`);
  }
  if (!Array.isArray(raw)) {
    throw new OidcConfigError(
      `${variable} must be a JSON array of providers, e.g. [{"id":"…","name":"…","issuer":"https://…",` +
        `"clientId":"…","clientSecret":"…","redirectUri":"https://…"}].`,
    );
  }

  const problems: string[] = [];
  const result: OidcProviderConfig[] = [];
  raw.forEach((entry: unknown, index) => {
    let candidate = entry;
    if (
      options.publicUrl &&
      isPlainObject(entry) &&
      entry.redirectUri === undefined &&
      typeof entry.id === 'string' &&
      SLUG.test(entry.id)
    ) {
      candidate = { ...entry, redirectUri: defaultRedirectUri(options.publicUrl, entry.id) };
    }
    const parsed = OidcProviderConfigSchema.safeParse(candidate);
    if (parsed.success) {
      result.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      let message = issue.message;
      if (issue.path[0] === 'redirectUri' && issue.code === 'invalid_type' && !options.publicUrl) {
        message += ' (or set WERKPLEIN_PUBLIC_URL so it can be derived)';
      }
      problems.push(`${variable}[${index}]${path}: ${message}`);
    }
  });

  const seen = new Set<string>();
  result.forEach((p) => {
    if (seen.has(p.id)) problems.push(`${variable}: provider id "${p.id}" is used more than once`);
    seen.add(p.id);
  });

  if (problems.length > 0) {
    throw new OidcConfigError(`Invalid ${variable}:\n  ${problems.join('\n  ')}`);
  }
  return result;
}

/** What GET /api/v1/auth/oidc/providers may show: never issuer, client id or secret. */
export function publicOidcProviders(providers: readonly OidcProviderConfig[]): { id: string; name: string }[] {
  return providers.map(({ id, name }) => ({ id, name }));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
