import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/**
 * A notification for one user ("there is something for you"), shown under the bell and, when mail is on,
 * announced by e-mail. The title carries no personal data beyond a first name; the link is a path in the
 * app, where the user's own access rules decide what they see. Row-level security: only the recipient,
 * within their organisation, reads and marks it (migrations/0012).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id),
    /** What it is about, `<module>.<what>` (e.g. `placements.check-due`), for icons and filters. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** A path inside the web app (`/clients/…`), never a full URL. */
    linkPath: text('link_path').notNull(),
    /** Set by a rule that may fire more than once for the same thing: one notification per recipient and key. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient_idx').on(t.recipientId, t.createdAt),
    uniqueIndex('notifications_recipient_key').on(t.recipientId, t.dedupeKey),
    check('notifications_text', sql`length(btrim(${t.title})) BETWEEN 1 AND 200 AND ${t.kind} ~ '^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$'`),
    check('notifications_link_path', sql`${t.linkPath} ~ '^/[^/\\s][^\\s]*$' OR ${t.linkPath} = '/'`),
  ],
);
