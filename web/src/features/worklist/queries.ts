import { queryOptions } from '@tanstack/react-query';
import { api, call, type QueryOf } from '../../api/index.ts';

export type TaskListQuery = QueryOf<'listTasks'>;

export const worklistKeys = {
  all: ['tasks'] as const,
  list: (query: TaskListQuery) => ['tasks', 'list', query] as const,
};

export const tasksQuery = (query: TaskListQuery) =>
  queryOptions({
    queryKey: worklistKeys.list(query),
    queryFn: () => call(api.GET('/api/v1/tasks', { params: { query } })),
  });
