import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';

export const notesKeys = {
  client: (clientId: string) => ['clients', 'detail', clientId, 'notes'] as const,
  clientTasks: (clientId: string, status: 'open' | 'done') => ['tasks', 'client', clientId, status] as const,
};

export const clientNotesQuery = (clientId: string) =>
  queryOptions({
    queryKey: notesKeys.client(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/notes', { params: { path: { id: clientId } } })),
  });

/** The caller's tasks about this client (their own and their teams'), open or done. */
export const clientTasksQuery = (clientId: string, status: 'open' | 'done') =>
  queryOptions({
    queryKey: notesKeys.clientTasks(clientId, status),
    queryFn: () => call(api.GET('/api/v1/tasks', { params: { query: { clientId, status } } })),
  });
