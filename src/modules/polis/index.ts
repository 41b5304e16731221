import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import { POLIS_ACTIVITIES } from './polis.activities.ts';
import { polisRoutes } from './polis.routes.ts';
import * as tables from './polis.schema.ts';
import { PolisService } from './polis.service.ts';
import { polisPolicy } from './polis.policy.ts';
import { polisStepRule } from './polis.tasks.ts';

export type { PolisService };

/** The polis: drafts, versions, signatures, frozen signed versions and the signed PDF. */
export const polisModule = defineModule<'polis', PolisService, { clients: ClientsService; clientPortal: ClientPortalService }>({
  name: 'polis',
  description: 'The polis: drafts, versions, signatures, frozen signed versions and the signed PDF.',
  policy: polisPolicy,
  needs: ['clients', 'clientPortal'],
  tables,
  processingActivities: POLIS_ACTIVITIES,
  createService: ({ db, audit, useCase, jobs }, deps) => new PolisService(db, audit, useCase, deps.clients, deps.clientPortal, jobs),
  routes: (service) => polisRoutes(service),
  taskRules: [polisStepRule],
});
