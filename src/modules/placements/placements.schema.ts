import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { vacancies } from '../vacancies/vacancies.schema.ts';

/**
 * A candidate proposed to an employer for a vacancy, and what came of it: proposed → interview →
 * placed or rejected (with a reason). Belongs to the organisation that owns the client file.
 */
export const candidateProposals = pgTable(
  'candidate_proposals',
  {
    id: uuid('id').primaryKey(),
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The employer organisation that may see this proposal in the employer portal. */
    employerOrganisationId: uuid('employer_organisation_id').references(() => organisations.id),
    status: text('status').notNull(),
    /** The client agreed to be introduced by name: only then does the employer see name and contact. */
    introductionConsent: boolean('introduction_consent').notNull().default(false),
    rejectionReason: text('rejection_reason'),
    matchScore: integer('match_score'),
    proposedById: uuid('proposed_by_id')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Placement details, set when status becomes 'placed'. */
    contractType: text('contract_type'),
    placedHours: integer('placed_hours'),
    placedStartDate: date('placed_start_date', { mode: 'string' }),
    wageSubsidy: boolean('wage_subsidy'),
    jobCoaching: boolean('job_coaching'),
  },
  (t) => [
    uniqueIndex('candidate_proposals_vacancy_client_key').on(t.vacancyId, t.clientId),
    index('candidate_proposals_organisation_idx').on(t.organisationId, t.status),
  ],
);

/** Durable work: is the person still at work 6 and 12 months after the start? */
export const placementChecks = pgTable(
  'placement_checks',
  {
    id: uuid('id').primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => candidateProposals.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    months: integer('months').notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    stillWorking: boolean('still_working').notNull(),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('placement_checks_proposal_months_key').on(t.proposalId, t.months)],
);
