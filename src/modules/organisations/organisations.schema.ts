import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Tenants. Not personal data: every signed-in user may read the directory (for consent pickers). */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: text('kind').notNull(),
  /** CBS municipality code (GMxxxx) for gemeenten. */
  cbsCode: text('cbs_code').unique(),
  /** Labour-market region (arbeidsmarktregio) name. */
  region: text('region'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
