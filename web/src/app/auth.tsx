import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getCurrentSession, login as apiLogin, logout as apiLogout } from '../api/index.ts';
import type { LoginInput, Session, SessionUser } from '../api/index.ts';

/**
 * What to show is decided by the access rules the server publishes in openapi.json (x-access, generated
 * into api/access.ts): `mayCall(user, 'registerClient')`. Object-level parts (own organisation, assigned
 * provider) are checked beside it with the fields the API returns (`shared`, `own`, `side`).
 */
export { mayCall } from '../api/access-check.ts';

export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: getCurrentSession,
  staleTime: 5 * 60_000,
});

/** The current session (null when logged out). Protected routes guarantee it is loaded. */
export function useSession(): Session | null {
  return useQuery(sessionQuery).data ?? null;
}

/** The logged-in user; only call inside the protected layout. */
export function useUser(): SessionUser {
  const session = useSession();
  if (!session) throw new Error('useUser outside an authenticated route');
  return session.user;
}

/**
 * Drops every cached query except the session itself (personal data must not outlive the user who
 * loaded it). The session query stays, so components observing it see the change.
 */
function dropUserData(queryClient: ReturnType<typeof useQueryClient>): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQuery.queryKey[0] });
  queryClient.getMutationCache().clear();
}

export function useAuthActions() {
  const queryClient = useQueryClient();

  const login = useCallback(
    async (input: LoginInput) => {
      const session = await apiLogin(input);
      // Anything cached belongs to the previous user.
      dropUserData(queryClient);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      return session;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      // Personal data must not survive in memory after logout.
      dropUserData(queryClient);
      queryClient.setQueryData(sessionQuery.queryKey, null);
    }
  }, [queryClient]);

  return { login, logout };
}
