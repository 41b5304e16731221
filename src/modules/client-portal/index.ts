import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import { CLIENT_PORTAL_ACTIVITIES } from './client-portal.activities.ts';
import { clientPortalRoutes } from './client-portal.routes.ts';
import * as tables from './client-portal.schema.ts';
import { ClientPortalService } from './client-portal.service.ts';
import { clientPortalPolicy } from './client-portal.policy.ts';

export type { ClientPortalService };

/** The client's own portal account, linked to one client file. */
export const clientPortalModule = defineModule<'clientPortal', ClientPortalService, { clients: ClientsService }>({
  name: 'clientPortal',
  description: "The client's own portal account, linked to one client file.",
  policy: clientPortalPolicy,
  needs: ['clients'],
  tables,
  processingActivities: CLIENT_PORTAL_ACTIVITIES,
  createService: ({ db, audit, useCase }, deps) => new ClientPortalService(db, audit, useCase, deps.clients),
  routes: (service) => clientPortalRoutes(service),
});
