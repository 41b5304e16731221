import type { components } from './schema.d.ts';

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

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
  /** Internal: the request has already been retried after refreshing the CSRF token. */
  retried?: boolean;
}

const API_BASE = '/api/v1';

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { ...body, status: response.status };
    } catch {
      // fall through to the synthetic problem
    }
  }
  return { status: response.status, title: response.statusText };
}

async function refreshCsrfToken(): Promise<boolean> {
  const response = await fetch(`${API_BASE}/sessions/current`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) return false;
  const session = (await response.json()) as { csrfToken?: string };
  setCsrfToken(session.csrfToken ?? null);
  return Boolean(session.csrfToken);
}

/**
 * The one place that talks HTTP. Adds the CSRF header on state-changing requests, parses JSON,
 * and throws ApiError for anything that is not 2xx.
 */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', title: 'Network error' });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    // A stale CSRF token (e.g. after a server restart) gets one retry with a fresh token.
    if (response.status === 403 && problem.code === 'csrf_failed' && !options.retried && method !== 'GET') {
      if (await refreshCsrfToken()) return request<T>(method, path, { ...options, retried: true });
    }
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
