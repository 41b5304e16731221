import { defineModule } from '../../platform/module.ts';
import { vacancyRoutes } from './vacancies.routes.ts';
import * as tables from './vacancies.schema.ts';
import { VacanciesService } from './vacancies.service.ts';
import { vacanciesPolicy } from './vacancies.policy.ts';

export type { VacanciesService };

/** Vacancies with visibility own / region / public, the public vacancy site, closing and filling. */
export const vacanciesModule = defineModule({
  name: 'vacancies',
  description: 'Vacancies with visibility own / region / public, the public vacancy site, closing and filling.',
  policy: vacanciesPolicy,
  tables,
  createService: ({ db, audit, useCase }) => new VacanciesService(db, audit, useCase),
  routes: (service) => vacancyRoutes(service),
});

/** Published reads, for use inside another module's tenant transaction. */
export { findEmployer, findVacancy } from './vacancies.repo.ts';
