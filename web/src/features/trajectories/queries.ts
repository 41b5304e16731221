import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  getProviderAssignment,
  getTrajectory,
  listClientTrajectories,
  listInstruments,
  listProviderAssignments,
  listTrajectories,
  listTrajectoryProgress,
} from '../../api/index.ts';
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
    queryFn: () => listInstruments(includeInactive),
  });

export const clientTrajectoriesQuery = (clientId: string) =>
  queryOptions({
    queryKey: trajectoryKeys.forClient(clientId),
    queryFn: () => listClientTrajectories(clientId),
  });

export const trajectoryListQuery = (query: TrajectoryListQuery) =>
  queryOptions({
    queryKey: trajectoryKeys.list(query),
    queryFn: () => listTrajectories(query),
    placeholderData: keepPreviousData,
  });

export const trajectoryQuery = (id: string) =>
  queryOptions({
    queryKey: trajectoryKeys.detail(id),
    queryFn: () => getTrajectory(id),
  });

export const progressQuery = (id: string) =>
  queryOptions({
    queryKey: trajectoryKeys.progress(id),
    queryFn: () => listTrajectoryProgress(id),
  });

export const assignmentsQuery = queryOptions({
  queryKey: trajectoryKeys.assignments,
  queryFn: listProviderAssignments,
});

export const assignmentQuery = (id: string) =>
  queryOptions({
    queryKey: trajectoryKeys.assignment(id),
    queryFn: () => getProviderAssignment(id),
  });
