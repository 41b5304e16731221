import { defineModule } from '../../platform/module.ts';
import type { AgendaService } from '../agenda/index.ts';
import type { ClientsService } from '../clients/index.ts';
import { AFTERCARE_ACTIVITIES } from './aftercare.activities.ts';
import { aftercarePolicy } from './aftercare.policy.ts';
import { aftercareRoutes } from './aftercare.routes.ts';
import * as tables from './aftercare.schema.ts';
import { AftercareService } from './aftercare.service.ts';
import { seedAftercareDemo } from './aftercare.demo.ts';
import { handoverRule } from './aftercare.tasks.ts';

export type { AftercareService };

/** Aftercare for ex-prisoners (nazorg): release notices, life domains, warm handover, prolific offenders, reports. */
export const aftercareModule = defineModule<'aftercare', AftercareService, { clients: ClientsService; agenda: AgendaService }>({
  name: 'aftercare',
  description: 'Aftercare for ex-prisoners (nazorg): release notices, life domains, warm handover, prolific offenders, reports.',
  needs: ['clients', 'agenda'],
  tables,
  processingActivities: AFTERCARE_ACTIVITIES,
  policy: aftercarePolicy,
  createService: ({ useCase, audit }, deps) => new AftercareService(useCase, audit, deps.clients, deps.agenda),
  routes: (service) => aftercareRoutes(service),
  taskRules: [handoverRule],
  demo: async (ctx) => {
    await seedAftercareDemo(ctx);
  },
});
