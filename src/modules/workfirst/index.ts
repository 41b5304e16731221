import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import { WORKFIRST_ACTIVITIES } from './workfirst.activities.ts';
import { workfirstPolicy } from './workfirst.policy.ts';
import { workfirstRoutes } from './workfirst.routes.ts';
import * as tables from './workfirst.schema.ts';
import { WorkfirstService } from './workfirst.service.ts';
import { seedWorkfirstDemo } from './workfirst.demo.ts';
import { attendanceRule, hearingRule } from './workfirst.tasks.ts';

export type { WorkfirstService };

/** Work First: benefit applications, the search period, placements, weekly attendance, measures, diagnosis and reports. */
export const workfirstModule = defineModule<'workfirst', WorkfirstService, { clients: ClientsService; clientPortal: ClientPortalService }>({
  name: 'workfirst',
  description: 'Work First: benefit applications, the search period, placements, weekly attendance, measures, diagnosis and reports.',
  needs: ['clients', 'clientPortal'],
  tables,
  processingActivities: WORKFIRST_ACTIVITIES,
  policy: workfirstPolicy,
  createService: ({ useCase, audit }, deps) => new WorkfirstService(useCase, audit, deps.clients, deps.clientPortal),
  routes: (service) => workfirstRoutes(service),
  taskRules: [attendanceRule, hearingRule],
  demo: async (ctx) => {
    await seedWorkfirstDemo(ctx);
  },
});
