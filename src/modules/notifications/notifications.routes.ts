import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { MarkedRead, Notification, NotificationPage, NotificationQuery } from './notifications.api.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import type { NotificationsService } from './notifications.service.ts';

export function notificationsRoutes(notifications: NotificationsService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/notifications',
      operationId: 'listNotifications',
      summary: 'Mijn meldingen, nieuwste eerst, met het aantal ongelezen',
      tag: 'Meldingen',
      access: notificationsPolicy.list,
      query: NotificationQuery,
      response: NotificationPage,
      errors: [400, 401],
      handler: ({ actor, query }) => notifications.list(actor, query),
    }),
    route({
      method: 'POST',
      url: '/api/v1/notifications/:id/read',
      operationId: 'markNotificationRead',
      summary: 'Een melding als gelezen markeren',
      tag: 'Meldingen',
      access: notificationsPolicy.markRead,
      params: idParams,
      response: Notification,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => notifications.markRead(actor, params.id, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      operationId: 'markAllNotificationsRead',
      summary: 'Al mijn meldingen als gelezen markeren',
      tag: 'Meldingen',
      access: notificationsPolicy.markAllRead,
      response: MarkedRead,
      errors: [401, 403],
      handler: ({ actor, trail }) => notifications.markAllRead(actor, trail),
    }),
  ];
}
