import type { Role } from '../../kernel/roles.ts';
import { CLIENT_FILE_ROLES, definePolicy, hasRole, ownOrganisation, signedIn, type ActorFacts } from '../../platform/http/access.ts';

/** Who follows proposals and placements of their own organisation. */
export const PROPOSAL_READ_ROLES = [
  'klantmanager',
  'werkgeversadviseur',
  'jobcoach',
  'nazorgcoordinator',
] as const satisfies readonly Role[];
/** Who records the outcome (interview, placed, rejected). */
export const PROPOSAL_WRITE_ROLES = ['klantmanager', 'werkgeversadviseur'] as const satisfies readonly Role[];
/** Who records whether the person is still at work after 6 and 12 months (aftercare). */
export const CHECK_ROLES = ['klantmanager', 'jobcoach', 'nazorgcoordinator'] as const satisfies readonly Role[];

/** Proposals of candidates to vacancies, and the placements that follow. */
export const placementsPolicy = definePolicy('placements', {
  /** Propose a client of the own organisation: the klantmanager. */
  propose: signedIn(['klantmanager']),
  read: signedIn(PROPOSAL_READ_ROLES),
  update: signedIn(PROPOSAL_WRITE_ROLES),
  /** Record that the client agreed to be introduced by name. */
  recordConsent: signedIn(['klantmanager']),
  recordCheck: signedIn(CHECK_ROLES),
  /** The employer portal's proposals (pseudonymous until the client consents). */
  employerPortal: signedIn(['werkgever']),
});

/** A proposal is followed only by its own organisation; others get 404. */
export function ownsProposal(actor: Pick<ActorFacts, 'organisationId'>, proposal: { organisationId: string }): boolean {
  return ownOrganisation(actor, proposal);
}

/** The client's name goes to roles that handle client files; others only for their own organisation's clients. */
export function mayShowCandidateName(
  actor: Pick<ActorFacts, 'organisationId' | 'roles'>,
  client: { organisationId: string } | null,
): boolean {
  return client !== null && (hasRole(actor, ...CLIENT_FILE_ROLES) || ownOrganisation(actor, client));
}
