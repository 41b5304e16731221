import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { trajectories } from '../trajectories/trajectories.schema.ts';

/** A personal re-integration budget programme (e.g. "PRB Eindhoven 2004–2005"). */
export const prbProgrammes = pgTable(
  'prb_programmes',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    cohortSize: integer('cohort_size').notNull(),
    /** Admitted so far; a CHECK keeps it ≤ cohort_size, so a full cohort refuses admission even under races. */
    admittedCount: integer('admitted_count').notNull().default(0),
    maxBudgetPerClientCents: integer('max_budget_per_client_cents').notNull(),
    /** The catalogue instrument (kind 'prb') the participants' trajectories use. */
    instrumentId: uuid('instrument_id').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('prb_programmes_organisation_name_key').on(t.organisationId, t.name)],
);

/** Independent PRB advisors of a programme; they may belong to another organisation. */
export const prbAdvisors = pgTable(
  'prb_advisors',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => prbProgrammes.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] }), index('prb_advisors_user_idx').on(t.userId)],
);

/**
 * A client admitted to a programme. The budget is copied from the programme at admission; CHECKs keep
 * committed ≤ budget and paid ≤ committed, and approvals change them with conditional updates.
 */
export const prbParticipants = pgTable(
  'prb_participants',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => prbProgrammes.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** Name only, for the advisor (who does not see the client file). */
    clientDisplayName: text('client_display_name').notNull(),
    advisorId: uuid('advisor_id').references(() => users.id),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    intakeNote: text('intake_note'),
    budgetCents: integer('budget_cents').notNull(),
    committedCents: integer('committed_cents').notNull().default(0),
    paidCents: integer('paid_cents').notNull().default(0),
    admittedById: uuid('admitted_by_id')
      .notNull()
      .references(() => users.id),
    admittedOn: date('admitted_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('prb_participants_programme_client_key').on(t.programmeId, t.clientId)],
);

/**
 * The client's own trajectory proposal. Status: draft → submitted → approved | rejected | returned
 * (returned goes back to the client, who edits and submits again). The reason is shown to the client.
 */
export const prbProposals = pgTable(
  'prb_proposals',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => prbParticipants.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => prbProgrammes.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    goal: text('goal').notNull(),
    status: text('status').notNull().default('draft'),
    totalCents: integer('total_cents').notNull().default(0),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedById: uuid('submitted_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decisionReason: text('decision_reason'),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [index('prb_proposals_participant_idx').on(t.participantId)],
);

/** A cost line of a proposal: supplier, description, amount (cents, > 0). */
export const prbCostLines = pgTable(
  'prb_cost_lines',
  {
    id: uuid('id').primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => prbProposals.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    position: integer('position').notNull(),
    /** training, coaching, tools, travel, childcare, other. */
    category: text('category').notNull(),
    supplier: text('supplier').notNull(),
    description: text('description').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [uniqueIndex('prb_cost_lines_proposal_position_key').on(t.proposalId, t.position)],
);

/**
 * A case manager's decision on a proposal, keyed by the request's idempotency key: the same key again
 * returns the stored outcome and has no further effect.
 */
export const prbDecisions = pgTable(
  'prb_decisions',
  {
    id: uuid('id').primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => prbProposals.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the request (proposal + decision + reason), to refuse a reused key with another request. */
    requestHash: text('request_hash').notNull(),
    decision: text('decision').notNull(),
    reason: text('reason'),
    decidedById: uuid('decided_by_id')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** The response given the first time (replayed for a repeated request). */
    response: jsonb('response').notNull(),
  },
  (t) => [uniqueIndex('prb_decisions_idempotency_key').on(t.organisationId, t.idempotencyKey)],
);

/** Money committed by an approval, one per approved cost line. CHECK: invoiced ≤ amount. */
export const prbCommitments = pgTable(
  'prb_commitments',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => prbParticipants.id),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => prbProposals.id),
    costLineId: uuid('cost_line_id')
      .notNull()
      .references(() => prbCostLines.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    supplier: text('supplier').notNull(),
    description: text('description').notNull(),
    amountCents: integer('amount_cents').notNull(),
    paidCents: integer('paid_cents').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('prb_commitments_participant_idx').on(t.participantId), uniqueIndex('prb_commitments_cost_line_key').on(t.costLineId)],
);

/** An invoice paid against a commitment. */
export const prbInvoices = pgTable(
  'prb_invoices',
  {
    id: uuid('id').primaryKey(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => prbCommitments.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => prbParticipants.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    invoiceNumber: text('invoice_number').notNull(),
    invoiceDate: date('invoice_date', { mode: 'string' }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('prb_invoices_commitment_number_key').on(t.commitmentId, t.invoiceNumber)],
);
