import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import type { TrajectoriesService } from '../trajectories/index.ts';
import { PRB_ACTIVITIES } from './prb.activities.ts';
import { prbRoutes } from './prb.routes.ts';
import * as tables from './prb.schema.ts';
import { PrbService } from './prb.service.ts';
import { prbPolicy } from './prb.policy.ts';
import { prbDecisionRule } from './prb.tasks.ts';

export type { PrbService };

/** Personal re-integration budgets: programmes, admission, proposals, decisions, commitments, invoices. */
export const prbModule = defineModule<
  'prb',
  PrbService,
  { clients: ClientsService; clientPortal: ClientPortalService; trajectories: TrajectoriesService }
>({
  name: 'prb',
  description: 'Personal re-integration budgets: programmes, admission, proposals, decisions, commitments, invoices.',
  policy: prbPolicy,
  needs: ['clients', 'clientPortal', 'trajectories'],
  tables,
  processingActivities: PRB_ACTIVITIES,
  createService: ({ audit, useCase, jobs }, deps) =>
    new PrbService({ useCase, audit, clients: deps.clients, portal: deps.clientPortal, trajectories: deps.trajectories, jobs }),
  routes: (service) => prbRoutes(service),
  taskRules: [prbDecisionRule],
});
