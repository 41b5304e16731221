import { pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * A client-portal account: links a user with the werkzoekende role to their own client file, so the
 * client can read and sign their polis and write their PRB proposal. One file per account, one account per file.
 */
export const clientPortalAccounts = pgTable(
  'client_portal_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** The organisation that owns the client file (and the user). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
    linkedById: uuid('linked_by_id').references(() => users.id),
  },
  (t) => [uniqueIndex('client_portal_accounts_client_key').on(t.clientId)],
);
