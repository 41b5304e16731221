import { date, index, integer, pgTable, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { employers } from '../employers/employers.schema.ts';

/**
 * A vacancy of an employer. Visibility: 'own' (the registering organisation), 'region' (partners in the
 * same labour-market region), 'public' (also the public vacancy site). Enforced by row-level security.
 */
export const vacancies = pgTable(
  'vacancies',
  {
    id: uuid('id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Labour-market region code (AMxx) of the registering organisation, for 'region' visibility. */
    regionCode: text('region_code'),
    occupationUri: text('occupation_uri').notNull(),
    iscoCode: text('isco_code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    hoursPerWeek: integer('hours_per_week').notNull(),
    postcode: text('postcode').notNull(),
    positions: integer('positions').notNull(),
    /** Minimum education level (same scale as the client's), or null for none. */
    educationLevel: text('education_level'),
    drivingLicenceRequired: boolean('driving_licence_required').notNull(),
    skills: text('skills').array().notNull(),
    startDate: date('start_date', { mode: 'string' }),
    wageMinCents: integer('wage_min_cents'),
    wageMaxCents: integer('wage_max_cents'),
    visibility: text('visibility').notNull(),
    status: text('status').notNull().default('open'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    filledAt: timestamp('filled_at', { withTimezone: true }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('vacancies_organisation_idx').on(t.organisationId, t.status), index('vacancies_employer_idx').on(t.employerId)],
);
