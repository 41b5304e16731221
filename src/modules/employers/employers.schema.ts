import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/**
 * Employers are clients of the one-stop shop, shared by all partner organisations: one employer, one
 * account plan, one lead account manager across the platform. Business data, not tenant data.
 */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey(),
    kvkNumber: text('kvk_number').notNull(),
    name: text('name').notNull(),
    /** SBI 2008 sector code (e.g. "10" or "4711"). */
    sbiCode: text('sbi_code').notNull(),
    /** Size class by employees: 1-9, 10-49, 50-249, 250+. */
    sizeClass: text('size_class').notNull(),
    street: text('street').notNull(),
    houseNumber: integer('house_number').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    /** The employer's own organisation on the platform (employer portal users), if it has one. */
    portalOrganisationId: uuid('portal_organisation_id').references(() => organisations.id),
    /** Lead account manager: set with a conditional update, so of two at once exactly one wins. */
    leadUserId: uuid('lead_user_id').references(() => users.id),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id),
    leadSince: timestamp('lead_since', { withTimezone: true }),
    registeredByOrganisationId: uuid('registered_by_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('employers_kvk_key').on(t.kvkNumber), index('employers_name_idx').on(t.name)],
);

export const employerContacts = pgTable(
  'employer_contacts',
  {
    id: uuid('id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employer_contacts_employer_idx').on(t.employerId)],
);

/** Contact history: visits, calls and e-mails, by any partner organisation. */
export const employerContactMoments = pgTable(
  'employer_contact_moments',
  {
    id: uuid('id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    notes: text('notes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employer_contact_moments_employer_idx').on(t.employerId, t.occurredOn)],
);

/** Agreements such as "3 placements in 2027", tracked against the placements made. */
export const employerAgreements = pgTable(
  'employer_agreements',
  {
    id: uuid('id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    description: text('description').notNull(),
    targetPlacements: integer('target_placements').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employer_agreements_employer_idx').on(t.employerId)],
);
