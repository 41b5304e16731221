import type { Role } from '../../kernel/roles.ts';
import { anyone, definePolicy, ownOrganisation, signedIn, type ActorFacts } from '../../platform/http/access.ts';

export const VACANCY_READ_ROLES = ['klantmanager', 'werkgeversadviseur', 'jobcoach'] as const satisfies readonly Role[];
export const VACANCY_WRITE_ROLES = ['werkgeversadviseur', 'klantmanager'] as const satisfies readonly Role[];

/** Vacancies: read by the roles that match people to work, registered by account and case managers. */
export const vacanciesPolicy = definePolicy('vacancies', {
  /** The vacancies the organisation may see (own, region partners, public). */
  read: signedIn(VACANCY_READ_ROLES),
  /** Register, change and close (changing only the own organisation's: ownsVacancy). */
  write: signedIn(VACANCY_WRITE_ROLES),
  /** The public vacancy list. */
  publicList: anyone,
  /** The employer portal's own vacancies. */
  employerPortal: signedIn(['werkgever']),
});

/** Only the registering organisation changes a vacancy; others who see it get 403. */
export function ownsVacancy(actor: Pick<ActorFacts, 'organisationId'>, vacancy: { organisationId: string }): boolean {
  return ownOrganisation(actor, vacancy);
}
