import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/**
 * A case note (journaalregel) in a client file: what was discussed or happened, on which day, by whom,
 * of which kind. Notes are never changed: a correction is a new note. Whoever may see the client file
 * sees its notes (row-level security runs the client file's own policy).
 */
export const clientNotes = pgTable(
  'client_notes',
  {
    id: uuid('id').primaryKey(),
    /** The organisation of the author (the owner of the file, or a partner with the client's consent). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    /** One of NOTE_KINDS (notes.rules.ts). */
    kind: text('kind').notNull(),
    /** The day it happened (Amsterdam calendar day), which may lie before the day it was written down. */
    notedOn: date('noted_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('client_notes_client_idx').on(t.clientId, t.notedOn),
    check('client_notes_kind', sql`${t.kind} IN ('intake', 'gesprek', 'telefoon', 'waarschuwing')`),
    check('client_notes_text', sql`length(btrim(${t.text})) BETWEEN 1 AND 5000`),
  ],
);
