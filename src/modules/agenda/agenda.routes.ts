import { z } from 'zod';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { agendaPolicy } from './agenda.policy.ts';
import type { AgendaService } from './agenda.service.ts';
import { PORTAL_PAST_DAYS } from './agenda.rules.ts';
import { AgendaQuery, Appointment, AppointmentInput, AppointmentPatch, PortalAppointment } from './agenda.api.ts';

const TAG = 'Agenda';
const ICS = ['text/calendar'] as const;

export function agendaRoutes(agenda: AgendaService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/agenda',
      operationId: 'listMyAgenda',
      summary: 'Mijn agenda: de afspraken waaraan ik deelneem, van de ene tot en met de andere dag',
      tag: TAG,
      access: agendaPolicy.ownAgenda,
      query: AgendaQuery,
      response: z.array(Appointment),
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => agenda.myAgenda(actor, query, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/agenda/ics',
      operationId: 'exportMyAgenda',
      summary: 'Mijn agenda als iCalendar-bestand (.ics), zonder persoonsgegevens van cliënten',
      tag: TAG,
      access: agendaPolicy.ownAgenda,
      query: AgendaQuery,
      response: null,
      produces: ICS,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => agenda.myAgendaIcs(actor, query, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/appointments',
      operationId: 'planAppointment',
      summary: 'Afspraak plannen, met een cliënt of met collega’s',
      tag: TAG,
      access: agendaPolicy.plan,
      body: AppointmentInput,
      status: 201,
      response: Appointment,
      errors: [400, 401, 403, 404],
      handler: ({ actor, body, trail }) => agenda.plan(actor, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/appointments/:id',
      operationId: 'getAppointment',
      summary: 'Eén afspraak',
      tag: TAG,
      access: agendaPolicy.appointment,
      params: idParams,
      response: Appointment,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => agenda.get(actor, params.id, trail),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/appointments/:id',
      operationId: 'updateAppointment',
      summary: 'Afspraak verzetten, afzeggen of vastleggen hoe ze ging',
      tag: TAG,
      access: agendaPolicy.appointment,
      params: idParams,
      body: AppointmentPatch,
      response: Appointment,
      errors: [400, 401, 403, 404],
      handler: ({ actor, params, body, trail }) => agenda.update(actor, params.id, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/appointments/:id/ics',
      operationId: 'exportAppointment',
      summary: 'Eén afspraak als iCalendar-bestand (.ics)',
      tag: TAG,
      access: agendaPolicy.appointment,
      params: idParams,
      response: null,
      produces: ICS,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => agenda.appointmentIcs(actor, params.id, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/clients/:id/appointments',
      operationId: 'listClientAppointments',
      summary: 'De afspraken van een cliënt met de eigen organisatie, nieuwste eerst',
      tag: TAG,
      access: agendaPolicy.clientAppointments,
      params: idParams,
      response: z.array(Appointment),
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => agenda.forClient(actor, params.id, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/portal/appointments',
      operationId: 'listMyPortalAppointments',
      summary: `Mijn afspraken (portaal): de komende en die van de afgelopen ${PORTAL_PAST_DAYS} dagen, vroegste eerst`,
      tag: TAG,
      access: agendaPolicy.portal,
      response: z.array(PortalAppointment),
      errors: [401, 403],
      handler: ({ actor, trail }) => agenda.myPortalAppointments(actor, trail),
    }),
  ];
}
