import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import { TRAJECTORIES_ACTIVITIES } from './trajectories.activities.ts';
import { trajectoryRoutes } from './trajectories.routes.ts';
import * as tables from './trajectories.schema.ts';
import { TrajectoriesService } from './trajectories.service.ts';
import { trajectoriesPolicy } from './trajectories.policy.ts';
import { trajectoryPastEndRule } from './trajectories.tasks.ts';

export type { TrajectoriesService };

/** Instrument catalogue, re-integration trajectories, provider assignments and progress reports. */
export const trajectoriesModule = defineModule<'trajectories', TrajectoriesService, { clients: ClientsService }>({
  name: 'trajectories',
  description: 'Instrument catalogue, re-integration trajectories, provider assignments and progress reports.',
  policy: trajectoriesPolicy,
  needs: ['clients'],
  tables,
  processingActivities: TRAJECTORIES_ACTIVITIES,
  createService: ({ db, audit, useCase, jobs }, deps) => new TrajectoriesService(db, audit, useCase, deps.clients, jobs),
  routes: (service) => trajectoryRoutes(service),
  taskRules: [trajectoryPastEndRule],
});

/** Published rules. */
export { OUTCOMES, TRAJECTORY_STATUSES } from './trajectories.rules.ts';
