import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, call, createApi, setCsrfToken } from './client.ts';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the typed API client', () => {
  const seen: Request[] = [];
  let answers: (() => Response)[] = [];
  const api = createApi('http://werkplein.test');

  beforeEach(() => {
    seen.length = 0;
    answers = [];
    setCsrfToken('token-1');
    vi.stubGlobal('fetch', async (input: Request | string) => {
      seen.push(typeof input === 'string' ? new Request(`http://werkplein.test${input}`) : input);
      const next = answers.shift();
      if (!next) throw new TypeError('network down');
      return next();
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends the CSRF token on a change and not on a read, with the cookie of the same origin', async () => {
    answers.push(() => json(200, { id: 'c1' }));
    answers.push(() => json(200, []));
    await call(api.POST('/api/v1/clients/{id}/consents', { params: { path: { id: 'c1' } }, body: { organisationId: 'o1' } }));
    await call(api.GET('/api/v1/clients/{id}/consents', { params: { path: { id: 'c1' } } }));
    expect(seen[0]?.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(seen[0]?.credentials).toBe('same-origin');
    expect(await seen[0]?.json()).toEqual({ organisationId: 'o1' });
    expect(seen[1]?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('leaves empty query values out', async () => {
    answers.push(() => json(200, { items: [], total: 0, page: 1, pageSize: 25 }));
    await call(api.GET('/api/v1/clients', { params: { query: { q: '', page: 2, postcode: undefined } } }));
    expect(new URL(seen[0]!.url).search).toBe('?page=2');
  });

  it('turns problem+json into an ApiError naming the invalid fields', async () => {
    const problem = { type: 'about:blank', title: 'Ongeldig', status: 400, detail: 'Controleer de velden', code: 'validation_failed' };
    const invalidParams = [{ name: 'address.postcode', code: 'invalid_postcode', reason: 'Vul een geldige postcode in' }];
    answers.push(() => json(400, { ...problem, invalidParams }, 'application/problem+json'));
    const error = await call(api.POST('/api/v1/clients', { body: {} as never })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Controleer de velden', invalidParams });
  });

  it('retries a change once with a fresh token when the server refuses a stale one', async () => {
    answers.push(() => json(403, { status: 403, code: 'csrf_failed', title: 'CSRF' }, 'application/problem+json'));
    answers.push(() => json(200, { csrfToken: 'token-2' }));
    answers.push(() => json(200, { id: 'p1' }));
    const result = await call(api.POST('/api/v1/proposals/{id}/introduction-consent', { params: { path: { id: 'p1' } } }));
    expect(result).toEqual({ id: 'p1' });
    expect(seen.map((r) => [r.method, new URL(r.url).pathname, r.headers.get('X-CSRF-Token')])).toEqual([
      ['POST', '/api/v1/proposals/p1/introduction-consent', 'token-1'],
      ['GET', '/api/v1/sessions/current', null],
      ['POST', '/api/v1/proposals/p1/introduction-consent', 'token-2'],
    ]);
  });

  it('gives a 401 as not_authenticated and a failed network as network_error', async () => {
    answers.push(() => new Response('', { status: 401, statusText: 'Unauthorized' }));
    await expect(call(api.GET('/api/v1/portal/me'))).rejects.toMatchObject({ status: 401, code: 'not_authenticated' });
    await expect(call(api.GET('/api/v1/portal/me'))).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('answers undefined for 204', async () => {
    answers.push(() => new Response(null, { status: 204 }));
    await expect(call(api.DELETE('/api/v1/sessions/current'))).resolves.toBeUndefined();
  });

  it('builds download links with encoded path parameters and without empty query values', () => {
    expect(apiUrl('/api/v1/polis-versions/{id}/pdf', { id: 'a/b' })).toBe('/api/v1/polis-versions/a%2Fb/pdf');
    expect(apiUrl('/api/v1/reports/trajectories/export', {}, { groupBy: 'programme', from: '', format: 'csv' })).toBe(
      '/api/v1/reports/trajectories/export?groupBy=programme&format=csv',
    );
  });
});
