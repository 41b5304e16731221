import { defineModule } from '../../platform/module.ts';
import { refdataRoutes } from './refdata.routes.ts';
import * as tables from './refdata.schema.ts';
import { RefdataService } from './refdata.service.ts';
import { refdataPolicy } from './refdata.policy.ts';

export type { RefdataService };

/** Official reference data: ESCO occupations, ISCO groups, CBS municipalities and regions, PC4 centroids. */
export const refdataModule = defineModule({
  name: 'refdata',
  description: 'Official reference data: ESCO occupations, ISCO groups, CBS municipalities and regions, PC4 centroids.',
  policy: refdataPolicy,
  tables,
  createService: ({ db }) => new RefdataService(db),
  routes: (service) => refdataRoutes(service),
});

/** Published reads, for use inside another module's transaction. */
export { findPostcodeArea, occupationsByUri, occupationUrisWithLabelLike, pc4sWithPlaceLike, postcodePlaces } from './refdata.repo.ts';
