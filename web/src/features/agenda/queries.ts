import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';

export const agendaKeys = {
  all: ['agenda'] as const,
  range: (from: string, to: string) => ['agenda', 'range', from, to] as const,
  client: (clientId: string) => ['agenda', 'client', clientId] as const,
  portal: ['agenda', 'portal'] as const,
};

export const agendaQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: agendaKeys.range(from, to),
    queryFn: () => call(api.GET('/api/v1/agenda', { params: { query: { from, to } } })),
  });

export const clientAppointmentsQuery = (clientId: string) =>
  queryOptions({
    queryKey: agendaKeys.client(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/appointments', { params: { path: { id: clientId } } })),
  });

export const myPortalAppointmentsQuery = () =>
  queryOptions({
    queryKey: agendaKeys.portal,
    queryFn: () => call(api.GET('/api/v1/portal/appointments')),
  });
