import { z } from 'zod';
import { uuidField } from '../../platform/http/fields.ts';

export const Notification = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    /** Path inside the web app to open. */
    linkPath: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.input<typeof Notification>;

export const NotificationPage = z
  .object({
    items: z.array(Notification),
    total: z.number().int(),
    /** Unread notifications of the user, over all pages (the number on the bell). */
    unread: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.input<typeof NotificationPage>;

export const NotificationQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationQuery = z.output<typeof NotificationQuery>;

export const MarkedRead = z.object({ marked: z.number().int(), unread: z.number().int() }).meta({ id: 'NotificationsMarkedRead' });
export type MarkedRead = z.input<typeof MarkedRead>;

const BSN_LIKE = /\b\d{8,9}\b/;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * What another module hands to `notify`. The title may name a first name but no other personal data: a
 * number that looks like a BSN or an e-mail address is refused, as a programming error.
 */
export const NotifyInput = z.strictObject({
  userId: uuidField,
  kind: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, { message: 'kind heeft de vorm module.wat' }),
  title: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((t) => !BSN_LIKE.test(t) && !EMAIL_LIKE.test(t), { message: 'Een meldingstitel bevat geen BSN of e-mailadres.' }),
  linkPath: z
    .string()
    .max(500)
    .regex(/^\/([^/\s][^\s]*)?$/, { message: 'linkPath is een pad binnen de app, zoals /clients/…' }),
  /** A rule that may fire twice for the same thing passes a key: one notification per user and key. */
  key: z.string().min(1).max(200).optional(),
});
export type NotifyInput = z.input<typeof NotifyInput>;
