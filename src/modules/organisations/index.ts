import { defineModule } from '../../platform/module.ts';
import { organisationRoutes } from './organisations.routes.ts';
import * as tables from './organisations.schema.ts';
import { OrganisationsService } from './organisations.service.ts';
import { organisationsPolicy } from './organisations.policy.ts';

export type { OrganisationsService };

/** The organisation directory (tenants) and its administration by the platform's functioneel beheerder. */
export const organisationsModule = defineModule({
  name: 'organisations',
  description: "The organisation directory (tenants) and its administration by the platform's functioneel beheerder.",
  policy: organisationsPolicy,
  tables,
  createService: ({ db, audit, useCase }) => new OrganisationsService(db, audit, useCase),
  routes: (service) => organisationRoutes(service),
});

/** Published reads, for use inside another module's tenant transaction. */
export {
  findOrganisation,
  listOrganisationProfiles,
  listOrganisations,
  organisationNames,
  organisationProfiles,
  type OrganisationProfile,
} from './organisations.repo.ts';
