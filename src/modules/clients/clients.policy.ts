import { CLIENT_FILE_ROLES, definePolicy, ownOrganisation, signedIn, type ActorFacts } from '../../platform/http/access.ts';

/** Client files: the roles that handle them read, the klantmanager of the owning organisation changes them. */
export const clientsPolicy = definePolicy('clients', {
  /** The caseload and the BSN search (only files the organisation owns or has consent for). */
  list: signedIn(CLIENT_FILE_ROLES),
  register: signedIn(['klantmanager']),
  /** One file and its consents: the owner and partners with consent; others get 404. */
  read: signedIn(CLIENT_FILE_ROLES, 'client-read'),
  /** Changing the file and its consents: only the owner (a partner with consent gets 403). */
  write: signedIn(['klantmanager'], 'client-write'),
});

/** The client file belongs to the actor's organisation (the only one that may change it). */
export function ownsClient(actor: Pick<ActorFacts, 'organisationId'>, client: { organisationId: string }): boolean {
  return ownOrganisation(actor, client);
}

// Which files an organisation reads (its own, and partners' files with consent) is decided in the
// repository's query and again by row-level security; see clients.repo.ts and docs/rls-policies.sql.
