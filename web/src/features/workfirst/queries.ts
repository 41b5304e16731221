import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';

export const workfirstKeys = {
  all: ['workfirst'] as const,
  week: (week: string) => ['workfirst', 'week', week] as const,
  client: (clientId: string) => ['workfirst', 'client', clientId] as const,
  portal: ['workfirst', 'portal'] as const,
};

export const workfirstWeekQuery = (week: string) =>
  queryOptions({
    queryKey: workfirstKeys.week(week),
    queryFn: () => call(api.GET('/api/v1/workfirst/attendance', { params: { query: { week } } })),
  });

export const clientWorkfirstQuery = (clientId: string) =>
  queryOptions({
    queryKey: workfirstKeys.client(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/workfirst', { params: { path: { id: clientId } } })),
  });

export const myMeasuresQuery = () =>
  queryOptions({
    queryKey: workfirstKeys.portal,
    queryFn: () => call(api.GET('/api/v1/portal/workfirst/measures')),
  });
