/** The session calls: each answer carries the CSRF token the client sends on state-changing requests. */
import { api, ApiError, call, setCsrfToken } from './client.ts';
import type { LoginInput, Session } from './schema.d.ts';

/** The current session, or null when there is none (401). */
export async function getCurrentSession(): Promise<Session | null> {
  try {
    const session = await call(api.GET('/api/v1/sessions/current'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: LoginInput): Promise<Session> {
  const session = await call(api.POST('/api/v1/sessions', { body: input }));
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await call(api.DELETE('/api/v1/sessions/current'));
  } finally {
    setCsrfToken(null);
  }
}
