import { defineModule } from '../../platform/module.ts';
import { NOTIFICATION_ACTIVITIES } from './notifications.activities.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import * as tables from './notifications.schema.ts';
import { NotificationsService } from './notifications.service.ts';

export type { NotificationsService };

/** Notifications for users: the bell with its unread count, and the mail that announces one. */
export const notificationsModule = defineModule<'notifications', NotificationsService>({
  name: 'notifications',
  description: 'Notifications for users: in the app under the bell, and announced by e-mail without personal data.',
  policy: notificationsPolicy,
  tables,
  processingActivities: NOTIFICATION_ACTIVITIES,
  createService: ({ db, useCase, mail, config }) => new NotificationsService(db, useCase, mail, config),
  routes: (service) => notificationsRoutes(service),
});

/** Published contract parts: what `notify` takes, and what the routes return. */
export { NotifyInput, Notification, NotificationPage } from './notifications.api.ts';
