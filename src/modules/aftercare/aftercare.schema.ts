import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { appointments } from '../agenda/agenda.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/*
 * Criminal-justice data (GDPR art. 10). Every table carries the municipality and the institution of its
 * notice, and row-level security admits only those two organisations, and within them only the
 * aftercare roles (migrations/0017_aftercare.sql, ADR 0019).
 */

const municipality = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => organisations.id);
const institution = () => uuid('institution_id').references(() => organisations.id);

/** A release notice from a penitentiary institution to the municipality where the person will live. */
export const releaseNotices = pgTable(
  'release_notices',
  {
    id: uuid('id').primaryKey(),
    municipalityId: municipality(),
    /** The notifying institution; null for a release without notice from an unknown institution. */
    institutionId: institution(),
    withoutNotice: boolean('without_notice').notNull().default(false),
    bsn: text('bsn').notNull(),
    firstName: text('first_name').notNull(),
    surnamePrefix: text('surname_prefix'),
    surname: text('surname').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    /** The Amsterdam day the municipality got the notice. */
    notifiedOn: date('notified_on', { mode: 'string' }).notNull(),
    detentionStartedOn: date('detention_started_on', { mode: 'string' }),
    expectedReleaseOn: date('expected_release_on', { mode: 'string' }).notNull(),
    releasedOn: date('released_on', { mode: 'string' }),
    activities: text('activities'),
    prolificOffender: boolean('prolific_offender').notNull().default(false),
    supportLines: jsonb('support_lines').$type<string[]>().notNull().default([]),
    caseConferenceOn: date('case_conference_on', { mode: 'string' }),
    caseConferenceNotes: text('case_conference_notes'),
    /** The client file opened (or found) for this person; it holds none of the data above. */
    clientId: uuid('client_id').references(() => clients.id),
    workStartedOn: date('work_started_on', { mode: 'string' }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    /** The sender's name as it was (shown with the notice). */
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('release_notices_municipality_idx').on(t.municipalityId, t.expectedReleaseOn),
    index('release_notices_institution_idx').on(t.institutionId, t.notifiedOn),
    check('release_notices_period', sql`${t.detentionStartedOn} IS NULL OR ${t.expectedReleaseOn} >= ${t.detentionStartedOn}`),
    check(
      'release_notices_released',
      sql`${t.releasedOn} IS NULL OR ${t.detentionStartedOn} IS NULL OR ${t.releasedOn} >= ${t.detentionStartedOn}`,
    ),
    check('release_notices_institution', sql`${t.withoutNotice} OR ${t.institutionId} IS NOT NULL`),
  ],
);

/** The current state of one life domain of a notice. */
export const releaseNoticeDomains = pgTable(
  'release_notice_domains',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => releaseNotices.id),
    municipalityId: municipality(),
    institutionId: institution(),
    domain: text('domain').notNull(),
    status: text('status').notNull(),
    owner: text('owner'),
    notes: text('notes'),
    plannedOn: date('planned_on', { mode: 'string' }),
    updatedById: uuid('updated_by_id')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.noticeId, t.domain] }),
    check(
      'release_notice_domains_domain',
      sql`${t.domain} IN ('id_document', 'housing', 'income_work', 'debts', 'care', 'social_network')`,
    ),
    check('release_notice_domains_status', sql`${t.status} IN ('arranged', 'in_progress', 'problem', 'not_needed')`),
  ],
);

/** The state of the domains kept at notice, at release, and 3 and 6 months after release. */
export const releaseNoticeAssessments = pgTable(
  'release_notice_assessments',
  {
    id: uuid('id').primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => releaseNotices.id),
    municipalityId: municipality(),
    institutionId: institution(),
    moment: text('moment').notNull(),
    /** [{ domain, status }] for every life domain. */
    domains: jsonb('domains').$type<{ domain: string; status: string }[]>().notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    unique('release_notice_assessments_moment').on(t.noticeId, t.moment),
    check('release_notice_assessments_moment_kind', sql`${t.moment} IN ('notice', 'release', 'month3', 'month6')`),
  ],
);

/** A warm handover: the named professionals meet before release. */
export const releaseNoticeHandovers = pgTable(
  'release_notice_handovers',
  {
    id: uuid('id').primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => releaseNotices.id),
    municipalityId: municipality(),
    institutionId: institution(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    /** The named professionals; `userId` when one is a Werkplein user of the planning organisation (in its agenda). */
    participants: jsonb('participants')
      .$type<{ name: string; organisation: string; role: string | null; userId?: string | null }[]>()
      .notNull(),
    note: text('note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The organisation that planned it (municipality or institution): only its aftercare role re-plans or cancels. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** planned or cancelled; a cancelled handover no longer counts as planned (task, report). */
    status: text('status').notNull().default('planned'),
    /** The neutral agenda appointment of the planning organisation's participants who are Werkplein users. */
    appointmentId: uuid('appointment_id').references(() => appointments.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('release_notice_handovers_notice_idx').on(t.noticeId),
    check('release_notice_handovers_status', sql`${t.status} IN ('planned', 'cancelled')`),
  ],
);
