import { defineFeature } from '../../app/feature.ts';
import { notificationsEn, notificationsNl } from './messages.ts';

/** The bell in the header (NotificationBell, mounted by app/Layout.tsx) with the user's own notifications. */
export const notifications = defineFeature({
  name: 'notifications',
  messages: { nl: notificationsNl, en: notificationsEn },
});

export { NotificationBell } from './NotificationBell.tsx';
