import { describe, expect, it } from 'vitest';
import { OidcConfigError, defaultRedirectUri, parseOidcProviders, publicOidcProviders } from './oidc.config.ts';

const valid = {
  id: 'eindhoven',
  name: 'Gemeente Eindhoven',
  issuer: 'https://login.eindhoven.example/realms/medewerkers',
  clientId: 'werkplein',
  clientSecret: 's3cr3t-value',
  redirectUri: 'https://werkplein.example.nl/api/v1/auth/oidc/eindhoven/callback',
};

function errorOf(fn: () => unknown): OidcConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OidcConfigError);
    return err as OidcConfigError;
  }
  throw new Error('expected an OidcConfigError');
}

describe('parseOidcProviders', () => {
  it('treats unset or blank as no providers', () => {
    expect(parseOidcProviders(undefined)).toEqual([]);
    expect(parseOidcProviders('')).toEqual([]);
    expect(parseOidcProviders('  \n')).toEqual([]);
    expect(parseOidcProviders('[]')).toEqual([]);
  });

  it('parses a provider and applies defaults', () => {
    expect(parseOidcProviders(JSON.stringify([valid]))).toEqual([
      { ...valid, scopes: 'openid email profile', allowInsecureHttp: false, emailClaim: 'email' },
    ]);
  });

  it('derives redirectUri from the public URL when left out', () => {
    const { redirectUri: _omitted, ...rest } = valid;
    const [p] = parseOidcProviders(JSON.stringify([rest]), { publicUrl: 'https://werkplein.example.nl' });
    expect(p?.redirectUri).toBe('https://werkplein.example.nl/api/v1/auth/oidc/eindhoven/callback');
    expect(defaultRedirectUri('https://x.example/werkplein/', 'a')).toBe('https://x.example/werkplein/api/v1/auth/oidc/a/callback');
  });

  it('explains invalid JSON and a non-array', () => {
    expect(errorOf(() => parseOidcProviders('{oops')).message).toMatch(/^WERKPLEIN_OIDC_PROVIDERS is not valid JSON/);
    expect(errorOf(() => parseOidcProviders(JSON.stringify(valid))).message).toMatch(/must be a JSON array/);
  });

  it('names every faulty field with its index and never echoes the secret', () => {
    const bad = {
      ...valid,
      id: 'Eindhoven IdP',
      issuer: 'http://login.eindhoven.example',
      scopes: 'email profile',
      clientSecert: 'typo',
    };
    const message = errorOf(() => parseOidcProviders(JSON.stringify([valid, bad]))).message;
    expect(message).toMatch(/WERKPLEIN_OIDC_PROVIDERS\[1\]\.id: must be a slug/);
    expect(message).toMatch(/WERKPLEIN_OIDC_PROVIDERS\[1\]\.issuer: must use https/);
    expect(message).toMatch(/WERKPLEIN_OIDC_PROVIDERS\[1\]\.scopes: must contain "openid"/);
    expect(message).toMatch(/WERKPLEIN_OIDC_PROVIDERS\[1\]: .*clientSecert/);
    expect(message).not.toContain('s3cr3t-value');
    expect(message).not.toMatch(/\[0\]/);
  });

  it('reports missing fields and points to WERKPLEIN_PUBLIC_URL for redirectUri', () => {
    const message = errorOf(() => parseOidcProviders('[{"id":"a","name":"A"}]')).message;
    for (const field of ['issuer', 'clientId', 'clientSecret', 'redirectUri']) {
      expect(message).toContain(`WERKPLEIN_OIDC_PROVIDERS[0].${field}:`);
    }
    expect(message).toContain('WERKPLEIN_PUBLIC_URL');
  });

  it('rejects a discovery URL as issuer, a query in the redirect URI, and duplicate ids', () => {
    const wellKnown = { ...valid, issuer: `${valid.issuer}/.well-known/openid-configuration` };
    expect(errorOf(() => parseOidcProviders(JSON.stringify([wellKnown]))).message).toMatch(/Issuer Identifier/);
    const query = { ...valid, redirectUri: `${valid.redirectUri}?x=1` };
    expect(errorOf(() => parseOidcProviders(JSON.stringify([query]))).message).toMatch(/redirectUri: must not contain/);
    expect(errorOf(() => parseOidcProviders(JSON.stringify([valid, valid]))).message).toMatch(/used more than once/);
  });

  it('allows plain http only with allowInsecureHttp (redirect URI also on loopback)', () => {
    const local = { ...valid, issuer: 'http://127.0.0.1:8080', redirectUri: 'http://localhost:3000/cb' };
    expect(() => parseOidcProviders(JSON.stringify([local]))).toThrow(/issuer: must use https/);
    expect(parseOidcProviders(JSON.stringify([{ ...local, allowInsecureHttp: true }]))).toHaveLength(1);
    const httpRedirect = { ...valid, redirectUri: 'http://localhost:3000/api/v1/auth/oidc/eindhoven/callback' };
    expect(parseOidcProviders(JSON.stringify([httpRedirect]))).toHaveLength(1);
  });

  it('uses the given variable name in messages', () => {
    expect(() => parseOidcProviders('nope', { variableName: '--oidc-providers' })).toThrow(/^--oidc-providers is not/);
  });
});

describe('publicOidcProviders', () => {
  it('exposes only id and name', () => {
    expect(publicOidcProviders(parseOidcProviders(JSON.stringify([valid])))).toEqual([{ id: 'eindhoven', name: 'Gemeente Eindhoven' }]);
  });
});
