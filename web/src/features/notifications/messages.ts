/**
 * UI texts of the notifications bell.
 * Merged into the one dictionary through the feature list (features/index.ts).
 */
export const notificationsNl = {
  'notifications.button': 'Meldingen',
  'notifications.buttonUnread': 'Meldingen, {count} ongelezen',
  'notifications.buttonNone': 'Meldingen, geen ongelezen',
  'notifications.title': 'Meldingen',
  'notifications.empty': 'Je hebt geen meldingen.',
  'notifications.markAll': 'Alles gelezen',
  'notifications.new': 'Nieuw',
  'notifications.loading': 'Meldingen worden geladen…',
  'notifications.loadError': 'De meldingen konden niet worden geladen. Probeer het later opnieuw.',
  'notifications.markError': 'Het markeren als gelezen is niet gelukt. Probeer het opnieuw.',
  'notifications.older': 'Je ziet de {shown} nieuwste van {total} meldingen.',
  'notifications.close': 'Sluiten',
} as const;

export const notificationsEn: Record<keyof typeof notificationsNl, string> = {
  'notifications.button': 'Notifications',
  'notifications.buttonUnread': 'Notifications, {count} unread',
  'notifications.buttonNone': 'Notifications, none unread',
  'notifications.title': 'Notifications',
  'notifications.empty': 'You have no notifications.',
  'notifications.markAll': 'Mark all as read',
  'notifications.new': 'New',
  'notifications.loading': 'Loading notifications…',
  'notifications.loadError': 'The notifications could not be loaded. Please try again later.',
  'notifications.markError': 'Marking as read did not work. Please try again.',
  'notifications.older': 'You see the {shown} newest of {total} notifications.',
  'notifications.close': 'Close',
};
