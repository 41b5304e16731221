import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

const org = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);

/** A municipality's Work First rules from a date on (hours, search target, measures and their ceiling). */
export const workfirstRegulations = pgTable(
  'workfirst_regulations',
  {
    id: uuid('id').primaryKey(),
    organisationId: org(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    minHoursPerWeek: integer('min_hours_per_week').notNull(),
    applicationsTargetPerWeek: integer('applications_target_per_week').notNull(),
    hearingDays: integer('hearing_days').notNull(),
    ceilingPercent: integer('ceiling_percent').notNull(),
    /** Per offence category: { percent, durationMonths }. */
    categories: jsonb('categories').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('workfirst_regulations_org_valid_from').on(t.organisationId, t.validFrom),
    check('workfirst_regulations_ceiling', sql`${t.ceilingPercent} BETWEEN 0 AND 100`),
  ],
);

/** A client's application for a benefit (melding), with which Work First starts. */
export const workfirstApplications = pgTable(
  'workfirst_applications',
  {
    id: uuid('id').primaryKey(),
    organisationId: org(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    outcome: text('outcome'),
    /** Under 27 when reported: the four-week search period comes first. */
    searchPeriod: boolean('search_period').notNull(),
    /** The day the client started paid work, once known (outflow). */
    workStartedOn: date('work_started_on', { mode: 'string' }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('workfirst_applications_client_idx').on(t.clientId),
    index('workfirst_applications_org_reported_idx').on(t.organisationId, t.reportedOn),
    check(
      'workfirst_applications_outcome',
      sql`${t.outcome} IS NULL OR ${t.outcome} IN ('granted', 'refused', 'withdrawn', 'not_pursued')`,
    ),
  ],
);

/** Job applications made in one week of the search period, against the target then in force. */
export const workfirstSearchWeeks = pgTable(
  'workfirst_search_weeks',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => workfirstApplications.id),
    organisationId: org(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    jobApplications: integer('job_applications').notNull(),
    target: integer('target').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.weekStart] }), check('workfirst_search_weeks_count', sql`${t.jobApplications} >= 0`)],
);

/** A Work First placement: work or activities at least N hours a week for about six weeks. */
export const workfirstPlacements = pgTable(
  'workfirst_placements',
  {
    id: uuid('id').primaryKey(),
    organisationId: org(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => workfirstApplications.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    providerKind: text('provider_kind').notNull(),
    providerName: text('provider_name').notNull(),
    activity: text('activity').notNull(),
    hoursPerWeek: doublePrecision('hours_per_week').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('active'),
    /** The klantmanager who placed the client (tasks go to them). */
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('workfirst_placements_client_idx').on(t.clientId),
    index('workfirst_placements_org_period_idx').on(t.organisationId, t.startsOn, t.endsOn),
    check('workfirst_placements_period', sql`${t.endsOn} >= ${t.startsOn}`),
    check('workfirst_placements_status', sql`${t.status} IN ('active', 'completed', 'dropped_out')`),
    check('workfirst_placements_provider', sql`${t.providerKind} IN ('provider', 'own_company')`),
  ],
);

/** One week's attendance in a placement. */
export const workfirstAttendance = pgTable(
  'workfirst_attendance',
  {
    placementId: uuid('placement_id')
      .notNull()
      .references(() => workfirstPlacements.id),
    organisationId: org(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    hoursPlanned: doublePrecision('hours_planned').notNull(),
    hoursPresent: doublePrecision('hours_present').notNull(),
    absenceExcusedHours: doublePrecision('absence_excused_hours').notNull(),
    absenceUnexcusedHours: doublePrecision('absence_unexcused_hours').notNull(),
    note: text('note'),
    registeredById: uuid('registered_by_id')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.placementId, t.weekStart] }),
    check(
      'workfirst_attendance_hours',
      sql`${t.hoursPresent} >= 0 AND ${t.absenceExcusedHours} >= 0 AND ${t.absenceUnexcusedHours} >= 0 AND ${t.hoursPresent} <= ${t.hoursPlanned}`,
    ),
  ],
);

/** A measure on the benefit, proposed for a week's absence without a valid reason; confirmed or dropped by the klantmanager. */
export const workfirstMeasures = pgTable(
  'workfirst_measures',
  {
    id: uuid('id').primaryKey(),
    organisationId: org(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => workfirstPlacements.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    category: text('category').notNull(),
    percent: integer('percent').notNull(),
    durationMonths: integer('duration_months').notNull(),
    /** The regulation version the week was judged by. */
    regulationValidFrom: date('regulation_valid_from', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('proposed'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    /** A confirmed measure takes effect after the hearing period. */
    effectiveFrom: date('effective_from', { mode: 'string' }),
    clientResponse: text('client_response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    unique('workfirst_measures_placement_week').on(t.placementId, t.weekStart),
    index('workfirst_measures_client_idx').on(t.clientId),
    check('workfirst_measures_status', sql`${t.status} IN ('proposed', 'confirmed', 'dropped')`),
    check('workfirst_measures_percent', sql`${t.percent} BETWEEN 0 AND 100`),
  ],
);

/** What Work First showed at the end: what the person can do and the advice. */
export const workfirstDiagnoses = pgTable('workfirst_diagnoses', {
  placementId: uuid('placement_id')
    .primaryKey()
    .references(() => workfirstPlacements.id),
  organisationId: org(),
  hoursPerWeekFeasible: doublePrecision('hours_per_week_feasible').notNull(),
  workHabits: text('work_habits').notNull(),
  skillsSeen: text('skills_seen').notNull(),
  /** Only when the client consented to recording them. */
  limitations: text('limitations'),
  advice: text('advice').notNull(),
  adviceNote: text('advice_note'),
  ladderRung: integer('ladder_rung').notNull(),
  recordedById: uuid('recorded_by_id')
    .notNull()
    .references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
