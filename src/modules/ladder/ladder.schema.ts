import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/** A participatieladder assessment: the rung a client stands on, and the highest rung judged reachable. */
export const ladderAssessments = pgTable(
  'ladder_assessments',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    rung: integer('rung').notNull(),
    growthPotential: integer('growth_potential').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ladder_assessments_client_idx').on(t.clientId, t.assessedOn)],
);
