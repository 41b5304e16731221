import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];

/** How many the bell's list shows (the newest). */
export const BELL_PAGE_SIZE = 10;

/** The signed-in user's notifications and unread count; refreshed every minute while the app is open. */
export const notificationsQuery = () =>
  queryOptions({
    queryKey: ['notifications'],
    queryFn: () => call(api.GET('/api/v1/notifications', { params: { query: { page: 1, pageSize: BELL_PAGE_SIZE } } })),
    refetchInterval: 60_000,
    staleTime: 15_000,
  });

export const markNotificationRead = (id: string) => call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));

export const markAllNotificationsRead = () => call(api.POST('/api/v1/notifications/read-all'));
