import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import { WORKLIST_ACTIVITIES } from './worklist.activities.ts';
import { worklistPolicy } from './worklist.policy.ts';
import { worklistRoutes } from './worklist.routes.ts';
import * as tables from './worklist.schema.ts';
import { WorklistService } from './worklist.service.ts';

export type { WorklistService };

/** The case manager's work queue: tasks for a user or team, made by hand and by the modules' task rules. */
export const worklistModule = defineModule<'worklist', WorklistService, { clients: ClientsService }>({
  name: 'worklist',
  description: "The case manager's work queue: tasks for a user or team, made by hand and by the modules' task rules.",
  policy: worklistPolicy,
  needs: ['clients'],
  tables,
  processingActivities: WORKLIST_ACTIVITIES,
  createService: ({ db, audit, useCase }, deps) => new WorklistService(db, audit, useCase, deps.clients, []),
  routes: (service) => worklistRoutes(service),
});
