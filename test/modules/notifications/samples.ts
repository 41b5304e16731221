import { notificationFor } from './factories.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the notifications module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('notifications', {
  listNotifications: { query: '?page=1&pageSize=5' },
  markNotificationRead: { params: async (c) => ({ id: await notificationFor(c) }) },
  markAllNotificationsRead: {},
});
