import { defineModule } from '../../platform/module.ts';
import { resultsRoutes } from './results.routes.ts';
import { ResultsService } from './results.service.ts';
import { resultsPolicy } from './results.policy.ts';

export type { ResultsService };

/** Results per organisation and labour-market region (aggregates only). */
export const resultsModule = defineModule({
  name: 'results',
  description: 'Results per organisation and labour-market region (aggregates only).',
  policy: resultsPolicy,
  createService: ({ db, audit, useCase }) => new ResultsService(db, audit, useCase),
  routes: (service) => resultsRoutes(service),
});
