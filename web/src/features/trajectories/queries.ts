import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';
import type { TrajectoryListQuery } from '../../api/index.ts';

export const TRAJECTORY_PAGE_SIZE = 25;

export const trajectoryKeys = {
  instruments: (includeInactive: boolean) => ['instruments', { includeInactive }] as const,
  /** Under the client's detail key, so refreshing the client file refreshes its trajectories too. */
  forClient: (clientId: string) => ['clients', 'detail', clientId, 'trajectories'] as const,
  list: (query: TrajectoryListQuery) => ['trajectories', 'list', query] as const,
  detail: (id: string) => ['trajectories', 'detail', id] as const,
  progress: (id: string) => ['trajectories', 'detail', id, 'progress'] as const,
  assignments: ['assignments', 'list'] as const,
  assignment: (id: string) => ['assignments', 'detail', id] as const,
};

export const instrumentsQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: trajectoryKeys.instruments(includeInactive),
    queryFn: () => call(api.GET('/api/v1/instruments', { params: { query: { includeInactive: includeInactive ? 'true' : undefined } } })),
  });

export const clientTrajectoriesQuery = (clientId: string) =>
  queryOptions({
    queryKey: trajectoryKeys.forClient(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/trajectories', { params: { path: { id: clientId } } })),
  });

export const trajectoryListQuery = (query: TrajectoryListQuery) =>
  queryOptions({
    queryKey: trajectoryKeys.list(query),
    queryFn: () => call(api.GET('/api/v1/trajectories', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const trajectoryQuery = (id: string) =>
  queryOptions({
    queryKey: trajectoryKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/trajectories/{id}', { params: { path: { id } } })),
  });

export const progressQuery = (id: string) =>
  queryOptions({
    queryKey: trajectoryKeys.progress(id),
    queryFn: () => call(api.GET('/api/v1/trajectories/{id}/progress-reports', { params: { path: { id } } })),
  });

export const assignmentsQuery = queryOptions({
  queryKey: trajectoryKeys.assignments,
  queryFn: () => call(api.GET('/api/v1/provider-assignments')),
});

export const assignmentQuery = (id: string) =>
  queryOptions({
    queryKey: trajectoryKeys.assignment(id),
    queryFn: () => call(api.GET('/api/v1/provider-assignments/{id}', { params: { path: { id } } })),
  });
