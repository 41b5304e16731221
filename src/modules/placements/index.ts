import { seedPlacementsDemo } from './placements.demo.ts';
import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import type { VacanciesService } from '../vacancies/index.ts';
import { PLACEMENTS_ACTIVITIES } from './placements.activities.ts';
import { placementRoutes } from './placements.routes.ts';
import * as tables from './placements.schema.ts';
import { PlacementsService } from './placements.service.ts';
import { placementsPolicy } from './placements.policy.ts';
import { placementCheckRule } from './placements.tasks.ts';

export type { PlacementsService };

/** Proposals of candidates to employers, placements, 6- and 12-month checks, the employer portal. */
export const placementsModule = defineModule<'placements', PlacementsService, { clients: ClientsService; vacancies: VacanciesService }>({
  name: 'placements',
  description: 'Proposals of candidates to employers, placements, 6- and 12-month checks, the employer portal.',
  policy: placementsPolicy,
  needs: ['clients', 'vacancies'],
  tables,
  processingActivities: PLACEMENTS_ACTIVITIES,
  createService: ({ db, audit, useCase, jobs }, deps) => new PlacementsService(db, audit, useCase, deps.clients, deps.vacancies, jobs),
  routes: (service) => placementRoutes(service),
  /** "Plaatsingscheck over 6/12 maanden": the klantmanager's task 14 days ahead, closed once the check is recorded. */
  taskRules: [placementCheckRule],
  demo: seedPlacementsDemo,
});

/** Published reads, for use inside another module's tenant transaction. */
export { listOrganisations } from './placements.repo.ts';
export { placementStartsForClients, proposalCountsForPortal } from './placements.reads.ts';
