import { definePolicy, signedIn } from '../../platform/http/access.ts';

/**
 * Everyone who signs in has notifications of their own; nobody reads or marks another's (the service
 * filters on the recipient, and row-level security does again).
 */
export const notificationsPolicy = definePolicy('notifications', {
  list: signedIn('any'),
  markRead: signedIn('any'),
  markAllRead: signedIn('any'),
});

/** The notification is the actor's own. */
export function isRecipient(actor: { userId: string; organisationId: string }, n: { recipientId: string; organisationId: string }) {
  return n.recipientId === actor.userId && n.organisationId === actor.organisationId;
}
