import { defineModule } from '../../platform/module.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import type { ClientsService } from '../clients/index.ts';
import { AGENDA_ACTIVITIES } from './agenda.activities.ts';
import { agendaPolicy } from './agenda.policy.ts';
import { agendaRoutes } from './agenda.routes.ts';
import * as tables from './agenda.schema.ts';
import { AgendaService } from './agenda.service.ts';

export type { AgendaService };

/** Appointments with clients and among professionals: each user's agenda (also as .ics), a client's appointments, and the client's own in the portal. */
export const agendaModule = defineModule<'agenda', AgendaService, { clients: ClientsService; clientPortal: ClientPortalService }>({
  name: 'agenda',
  description:
    "Appointments with clients and among professionals: each user's agenda (also as .ics), a client's appointments, and the client's own in the portal.",
  needs: ['clients', 'clientPortal'],
  tables,
  processingActivities: AGENDA_ACTIVITIES,
  policy: agendaPolicy,
  createService: ({ useCase, audit, config }, deps) => new AgendaService(useCase, audit, config, deps.clients, deps.clientPortal),
  routes: (service) => agendaRoutes(service),
});
