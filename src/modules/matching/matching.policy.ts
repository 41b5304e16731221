import type { Role } from '../../kernel/roles.ts';
import { CLIENT_FILE_ROLES, definePolicy, hasRole, signedIn, type ActorFacts } from '../../platform/http/access.ts';

export const CANDIDATE_ROLES = ['klantmanager', 'jobcoach', 'werkgeversadviseur'] as const satisfies readonly Role[];

export const matchingPolicy = definePolicy('matching', {
  /** Ranked candidates for a vacancy, among the clients the user may see. */
  candidates: signedIn(CANDIDATE_ROLES),
  /** Vacancies that fit one client: with the client file. */
  clientMatches: signedIn(CLIENT_FILE_ROLES, 'client-read'),
});

/** Roles that do not handle client files (the account manager) get candidates of their own organisation only. */
export function candidatesOfOwnOrganisationOnly(actor: Pick<ActorFacts, 'roles'>): boolean {
  return !hasRole(actor, ...CLIENT_FILE_ROLES);
}
