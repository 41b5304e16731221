import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { WORKLIST_ACTIVITIES } from './worklist.activities.ts';
import { worklistJobs } from './worklist.jobs.ts';
import { worklistPolicy } from './worklist.policy.ts';
import { worklistRoutes } from './worklist.routes.ts';
import * as tables from './worklist.schema.ts';
import { WorklistService } from './worklist.service.ts';

export type { WorklistService };
export type { RuleRunResult, RuleRunTiming } from './worklist.service.ts';

/** The case manager's work queue: tasks for a user or team, made by hand and by the modules' task rules. */
export const worklistModule = defineModule<'worklist', WorklistService, { clients: ClientsService; notifications: NotificationsService }>({
  name: 'worklist',
  description: "The case manager's work queue: tasks for a user or team, made by hand and by the modules' task rules.",
  policy: worklistPolicy,
  needs: ['clients', 'notifications'],
  tables,
  processingActivities: WORKLIST_ACTIVITIES,
  // The rules come from every listed module's defineModule({ taskRules }); the queue's clock is the worklist's.
  createService: ({ db, audit, useCase, taskRules, jobs }, deps) =>
    new WorklistService(db, audit, useCase, deps.clients, taskRules, deps.notifications, jobs.clock),
  routes: (service) => worklistRoutes(service),
  jobs: (service) => worklistJobs(service),
});
