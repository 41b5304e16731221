import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { clients } from '../clients/clients.schema.ts';

/** A municipality's catalogue of re-integration instruments (training, job coaching, Work First, PRB, …). */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** One of INSTRUMENT_KINDS (trajectories.rules.ts); 'prb' marks the personal re-integration budget. */
    kind: text('kind').notNull(),
    /** CBS service category (Statistiek Re-integratie Gemeenten) where one applies; null otherwise. */
    cbsCategory: text('cbs_category'),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('instruments_organisation_name_key').on(t.organisationId, t.name)],
);

/**
 * An assignment of a municipality to a contracted provider (co-maker): a group of clients, a budget and
 * result targets. Provider staff see only the clients in their active assignments.
 */
export const providerAssignments = pgTable(
  'provider_assignments',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    budgetCents: integer('budget_cents').notNull(),
    /** Result targets agreed with the provider. */
    targetStarted: integer('target_started').notNull().default(0),
    targetToWork: integer('target_to_work').notNull().default(0),
    /** Maximum acceptable drop-out, in whole percent of started trajectories; null = no target. */
    targetMaxDropOutPercent: integer('target_max_drop_out_percent'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('provider_assignments_organisation_idx').on(t.organisationId),
    index('provider_assignments_provider_idx').on(t.providerOrganisationId),
  ],
);

/** A client assigned to a provider within an assignment. Ending keeps the row (history). */
export const assignmentClients = pgTable(
  'assignment_clients',
  {
    id: uuid('id').primaryKey(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => providerAssignments.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** Denormalised so the row-level policies need no join. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisations.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    assignedById: uuid('assigned_by_id')
      .notNull()
      .references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('assignment_clients_provider_idx').on(t.providerOrganisationId, t.clientId),
    index('assignment_clients_assignment_idx').on(t.assignmentId),
  ],
);

/**
 * A re-integration trajectory of a client: an instrument, run by a provider (or the municipality itself),
 * with a cost and a goal rung. Closing records the outcome and the ladder rung after, so rung changes are
 * attributed to the trajectories and providers that ran in between. PRB trajectories carry prbParticipantId.
 */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id),
    /** The provider running it; null when the municipality runs it itself. */
    providerOrganisationId: uuid('provider_organisation_id').references(() => organisations.id),
    assignmentId: uuid('assignment_id').references(() => providerAssignments.id),
    /** Set for the trajectory of a PRB participant (no FK: prb_participants references this table). */
    prbParticipantId: uuid('prb_participant_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    plannedEndDate: date('planned_end_date', { mode: 'string' }).notNull(),
    costCents: integer('cost_cents').notNull(),
    goalRung: integer('goal_rung').notNull(),
    /** Rung of the latest ladder assessment on or before the start; null if none. */
    rungBefore: integer('rung_before'),
    status: text('status').notNull().default('running'),
    endDate: date('end_date', { mode: 'string' }),
    /** One of OUTCOMES: work, education, other_instrument, no_result, dropped_out. */
    outcome: text('outcome'),
    outcomeHours: integer('outcome_hours'),
    outcomeContractType: text('outcome_contract_type'),
    /** Reason (required for dropped_out) or a note on the outcome. */
    outcomeReason: text('outcome_reason'),
    /** Rung of the latest ladder assessment on or before the end; null if none. */
    rungAfter: integer('rung_after'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedById: uuid('closed_by_id').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('trajectories_client_idx').on(t.clientId),
    index('trajectories_organisation_idx').on(t.organisationId, t.status),
    index('trajectories_provider_idx').on(t.providerOrganisationId),
    index('trajectories_instrument_idx').on(t.instrumentId),
  ],
);

/** Progress reported on a trajectory, by the provider's staff or the case manager. */
export const trajectoryProgressReports = pgTable(
  'trajectory_progress_reports',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    /** The municipality owning the trajectory (denormalised for the policies). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trajectory_progress_reports_trajectory_idx').on(t.trajectoryId)],
);
