import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getCurrentSession, login as apiLogin, logout as apiLogout } from '../api/index.ts';
import type { LoginInput, Role, Session, SessionUser } from '../api/index.ts';

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

export function hasRole(user: SessionUser | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user && user.roles.some((r) => roles.includes(r)));
}

/** Who may open client files (contract: klantmanager and jobcoach). */
export function canViewClients(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'jobcoach');
}

/** Who may register clients: klantmanager. */
export function canRegisterClients(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager');
}

/** Edits are for the klantmanager of the owning organisation; partners see shared files read-only. */
export function canEditClient(user: SessionUser | null | undefined, clientOrganisationId: string): boolean {
  return Boolean(user && hasRole(user, 'klantmanager') && user.organisation.id === clientOrganisationId);
}

export function isAdmin(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'functioneel_beheerder');
}

export function isPlatformAdmin(user: SessionUser | null | undefined): boolean {
  return isAdmin(user) && user?.organisation.kind === 'platform';
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

// ---- one-stop shop: who may use which part; mirrors the access rules of the API routes ----

/** Employers: werkgeversadviseur manages them; klantmanager, jobcoach and functioneel_beheerder read. */
export function canViewEmployers(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkgeversadviseur', 'klantmanager', 'jobcoach', 'functioneel_beheerder');
}

/** Register employers, contacts, contact moments and agreements; become lead account manager. */
export function canManageEmployers(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkgeversadviseur');
}

/** The vacancies one's organisation may see (own, region partners, public). */
export function canViewVacancies(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkgeversadviseur', 'klantmanager', 'jobcoach');
}

/** Register a vacancy for an employer. */
export function canRegisterVacancies(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkgeversadviseur', 'klantmanager');
}

/** Ranked candidates for a vacancy (only among clients the user may see). */
export function canSeeCandidates(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'jobcoach', 'werkgeversadviseur');
}

/** Propose a candidate (a client of one's own organisation): the klantmanager. */
export function canProposeCandidates(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager');
}

/** Follow a proposal: interview, placed (with the placement), rejected. */
export function canUpdateProposals(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'werkgeversadviseur');
}

/** Record that the client agreed to be introduced by name. */
export function canRecordIntroductionConsent(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager');
}

/** The 6- and 12-month checks of a placement. */
export function canRecordPlacementChecks(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'jobcoach', 'nazorgcoordinator');
}

/** Results per organisation and region (aggregates only). */
export function canViewResults(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'beleidsadviseur', 'werkgeversadviseur', 'klantmanager', 'functioneel_beheerder');
}

/** Users of an employer organisation (employer portal). */
export function isEmployerPortalUser(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkgever');
}

// ---- PRB and reports: mirrors the access rules of the prb and reports routes ----

/** PRB programmes: list and open (a beleidsadviseur sees counts only). */
export function canViewPrbProgrammes(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'prb_werkadviseur', 'functioneel_beheerder', 'beleidsadviseur');
}

/** Create a programme and add advisors to it. */
export function canManagePrbProgrammes(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'functioneel_beheerder', 'klantmanager');
}

/**
 * Admit a client of the caseload, decide on proposals (the final word), record invoices, close the trajectory:
 * the klantmanager (only one of the programme's organisation sees its participants).
 */
export function canAdmitPrbParticipants(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager');
}

/** A participant's page (budget, proposals, commitments): the klantmanager and the PRB advisor. */
export function canViewPrbParticipants(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'prb_werkadviseur');
}

/** "Mijn PRB" in the client portal. */
export function canUseMyPrb(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkzoekende');
}

/** Trajectory reports per programme, instrument and provider (aggregates only). */
export function canViewTrajectoryReports(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'beleidsadviseur', 'functioneel_beheerder', 'jobcoach');
}

// ---- routes to work: mirrors the access rules of the trajectories, polis and portal routes ----

/** Trajectories: the klantmanager (own clients) and the jobcoach (also provider staff: the trajectories it runs). */
export function canViewTrajectories(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'jobcoach');
}

/** Close a trajectory with its outcome: a klantmanager of the organisation that owns it. */
export function canCloseTrajectory(user: SessionUser | null | undefined, organisationId: string): boolean {
  return Boolean(user && hasRole(user, 'klantmanager') && user.organisation.id === organisationId);
}

/** Report progress on a trajectory (the provider's jobcoach or the klantmanager). */
export function canReportProgress(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'jobcoach');
}

/** The instruments catalogue is kept by the functioneel beheerder. */
export function canManageInstruments(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'functioneel_beheerder');
}

/** Provider assignments: given (municipality) and received (provider). */
export function canViewAssignments(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'jobcoach', 'functioneel_beheerder', 'beleidsadviseur');
}

export function canCreateAssignments(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'klantmanager', 'functioneel_beheerder');
}

/** Assign clients to (and end them in) an assignment: a klantmanager of the municipality that gave it. */
export function canAssignClients(user: SessionUser | null | undefined, organisationId: string): boolean {
  return Boolean(user && hasRole(user, 'klantmanager') && user.organisation.id === organisationId);
}

/** Draft, change and sign the polis for the municipality: a klantmanager of the owning organisation. */
export function canManagePolis(user: SessionUser | null | undefined, clientOrganisationId: string): boolean {
  return canEditClient(user, clientOrganisationId);
}

/** A client in their own portal (/mijn): the werkzoekende role. */
export function isClientPortalUser(user: SessionUser | null | undefined): boolean {
  return hasRole(user, 'werkzoekende');
}
