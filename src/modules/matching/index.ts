import { defineModule } from '../../platform/module.ts';
import { MATCHING_ACTIVITIES } from './matching.activities.ts';
import { matchingRoutes } from './matching.routes.ts';
import { MatchingService } from './matching.service.ts';
import { matchingPolicy } from './matching.policy.ts';

export type { MatchingService };

/** Explainable matching of clients and vacancies. */
export const matchingModule = defineModule({
  name: 'matching',
  description: 'Explainable matching of clients and vacancies.',
  policy: matchingPolicy,
  processingActivities: MATCHING_ACTIVITIES,
  createService: ({ db, audit, useCase }) => new MatchingService(db, audit, useCase),
  routes: (service) => matchingRoutes(service),
});
