/**
 * The one place that talks HTTP: an openapi-fetch client over the generated `paths` (docs/adr/0015).
 * Its middleware sends the session cookie and the CSRF token and retries once after a stale token;
 * `call()` turns the answer into the data or an ApiError carrying the problem+json body.
 *
 *   const client = await call(api.GET('/api/v1/clients/{id}', { params: { path: { id } } }));
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

/** One field the server refused (problem+json `invalidParams`). */
export type InvalidParam = NonNullable<components['schemas']['Problem']['invalidParams']>[number];
/**
 * What is known about a failed call: the server's problem+json body, or only the status (and a code
 * of our own, e.g. network_error) when the answer was not one.
 */
export type Problem = Partial<Omit<components['schemas']['Problem'], 'code'>> & { status: number; code?: string };

/** Every failed API call becomes an ApiError carrying the problem+json body (or a synthetic one). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;
  readonly invalidParams: InvalidParam[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? codeForStatus(problem.status);
    this.problem = problem;
    this.invalidParams = Array.isArray(problem.invalidParams) ? problem.invalidParams : [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function codeForStatus(status: number): string {
  switch (status) {
    case 0:
      return 'network_error';
    case 400:
      return 'validation_failed';
    case 401:
      return 'not_authenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'too_many_requests';
    default:
      return 'internal';
  }
}

let csrfToken: string | null = null;

/** Called with the token from every Session response; cleared on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const CURRENT_SESSION = '/api/v1/sessions/current';

async function refreshCsrfToken(): Promise<boolean> {
  const response = await fetch(CURRENT_SESSION, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return false;
  const session = (await response.json()) as { csrfToken?: string };
  setCsrfToken(session.csrfToken ?? null);
  return Boolean(session.csrfToken);
}

const changes = (request: Request) => request.method !== 'GET' && request.method !== 'HEAD';

/**
 * The CSRF header on state-changing requests, and one retry with a fresh token when the server
 * refuses a stale one (e.g. after a restart). The retry needs the body again, so it is kept aside.
 */
function csrfMiddleware(): Middleware {
  const pending = new Map<string, Request>();
  return {
    onRequest({ request, id }) {
      if (!changes(request)) return undefined;
      if (csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
      pending.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const original = pending.get(id);
      pending.delete(id);
      if (!original || response.status !== 403) return undefined;
      const problem = await readProblem(response.clone());
      if (problem.code !== 'csrf_failed' || !(await refreshCsrfToken()) || !csrfToken) return undefined;
      original.headers.set('X-CSRF-Token', csrfToken);
      return fetch(original);
    },
    onError({ id }) {
      pending.delete(id);
      return undefined;
    },
  };
}

async function readProblem(response: Response): Promise<Problem> {
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      return { ...((await response.json()) as Partial<Problem>), status: response.status };
    } catch {
      // fall through to the synthetic problem
    }
  }
  return { status: response.status, title: response.statusText };
}

/**
 * Query parameters as the API reads them: plain values only (the API has no list or object parameters),
 * empty ones ('' from a cleared search field, undefined, null) left out.
 */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TypeError(`query parameter ${key} must be a plain value`);
    }
    params.set(key, String(value));
  }
  return params.toString();
}

/** A typed API client: paths, parameters, bodies and answers are those of openapi.json. */
export function createApi(baseUrl = '') {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    querySerializer,
    // Looked up per call, not captured once.
    fetch: (request) => fetch(request),
  });
  client.use(csrfMiddleware());
  return client;
}

/** The app's client (same origin). */
export const api = createApi();

/**
 * The data of a successful call (undefined for 204), or an ApiError: the problem+json body of a
 * failed answer, network_error when there was none. An aborted request stays an AbortError.
 */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', title: 'Network error' });
  }
  const { response } = result;
  if (response.ok) return result.data as T;
  const body = result.error;
  throw new ApiError(
    body && typeof body === 'object'
      ? { ...(body as Partial<Problem>), status: response.status }
      : { status: response.status, title: response.statusText },
  );
}

type GetParameters<P extends keyof paths> = paths[P] extends { get: { parameters: infer X } } ? X : never;
type PathParameters<P extends keyof paths> = GetParameters<P> extends { path: infer A } ? A : Record<string, never>;
type QueryParameters<P extends keyof paths> = GetParameters<P> extends { query?: infer Q } ? NonNullable<Q> : Record<string, never>;

/**
 * A plain link target for the browser (a download, a sign-in redirect) with the session cookie: a GET
 * path of the API with its path and query parameters filled in, both typed by openapi.json.
 */
export function apiUrl<P extends keyof paths>(path: P, params: PathParameters<P>, query?: QueryParameters<P>): string {
  const values = params as Record<string, string>;
  const filled = String(path).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
  const qs = querySerializer(query ?? {});
  return qs ? `${filled}?${qs}` : filled;
}
