import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import { AGENDA_ACTIVITIES } from './agenda.activities.ts';
import { agendaPolicy } from './agenda.policy.ts';
import { agendaRoutes } from './agenda.routes.ts';
import * as tables from './agenda.schema.ts';
import { AgendaService } from './agenda.service.ts';

export type { AgendaService };

/** Appointments with clients and among professionals: each user's agenda (also as .ics) and a client's appointments. */
export const agendaModule = defineModule<'agenda', AgendaService, { clients: ClientsService }>({
  name: 'agenda',
  description: "Appointments with clients and among professionals: each user's agenda (also as .ics) and a client's appointments.",
  needs: ['clients'],
  tables,
  processingActivities: AGENDA_ACTIVITIES,
  policy: agendaPolicy,
  createService: ({ useCase, audit, config }, deps) => new AgendaService(useCase, audit, config, deps.clients),
  routes: (service) => agendaRoutes(service),
});
