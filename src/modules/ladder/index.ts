import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import { LADDER_ACTIVITIES } from './ladder.activities.ts';
import { ladderRoutes } from './ladder.routes.ts';
import * as tables from './ladder.schema.ts';
import { LadderService } from './ladder.service.ts';
import { ladderPolicy } from './ladder.policy.ts';

export type { LadderService };

/** Participatieladder assessments: history per client and recording a rung. */
export const ladderModule = defineModule<'ladder', LadderService, { clients: ClientsService }>({
  name: 'ladder',
  description: 'Participatieladder assessments: history per client and recording a rung.',
  policy: ladderPolicy,
  needs: ['clients'],
  tables,
  processingActivities: LADDER_ACTIVITIES,
  createService: ({ db, audit, useCase }, deps) => new LadderService(db, audit, useCase, deps.clients),
  routes: (service) => ladderRoutes(service),
});

/** Published reads, for use inside another module's tenant transaction. */
export { latestAssessment, latestRungs } from './ladder.repo.ts';

/** Published contract parts and the presenter of an assessment. */
export { LadderAssessment, Rung } from './ladder.api.ts';
export { toLadderAssessment } from './ladder.mapper.ts';
