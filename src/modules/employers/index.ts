import { defineModule } from '../../platform/module.ts';
import { employerRoutes } from './employers.routes.ts';
import * as tables from './employers.schema.ts';
import { EmployersService } from './employers.service.ts';
import { employersPolicy } from './employers.policy.ts';

export type { EmployersService };

/** Employers as clients of the one-stop shop: contacts, contact history, agreements, lead account manager. */
export const employersModule = defineModule({
  name: 'employers',
  description: 'Employers as clients of the one-stop shop: contacts, contact history, agreements, lead account manager.',
  policy: employersPolicy,
  tables,
  createService: ({ db, audit, useCase }) => new EmployersService(db, audit, useCase),
  routes: (service) => employerRoutes(service),
});

/** Published reads, for use inside another module's transaction. */
export { employerIdsOfPortal, employerIdsWithNameLike, employerSummaries, type EmployerSummary } from './employers.repo.ts';
