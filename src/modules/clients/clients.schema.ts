import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/**
 * The client file (werkzoekende). Row-level security: visible to the owning organisation and to
 * organisations the client consented to share with (see migrations/*_tenancy.sql).
 */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    bsn: text('bsn').notNull(),
    firstName: text('first_name').notNull(),
    surnamePrefix: text('surname_prefix'),
    surname: text('surname').notNull(),
    /** Lower-case "first prefix surname" for searching by name. */
    searchName: text('search_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    gender: text('gender').notNull(),
    email: text('email'),
    phone: text('phone'),
    street: text('street').notNull(),
    houseNumber: integer('house_number').notNull(),
    houseNumberAddition: text('house_number_addition'),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    educationLevel: text('education_level').notNull(),
    benefitType: text('benefit_type').notNull(),
    hoursAvailable: integer('hours_available').notNull(),
    drivingLicence: boolean('driving_licence').notNull(),
    maxTravelKm: integer('max_travel_km').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull(),
    targetGroups: jsonb('target_groups').$type<string[]>().notNull(),
    /** Wanted occupations as ESCO URIs, with their ISCO-08 unit groups (for matching). */
    wantedOccupationUris: text('wanted_occupation_uris').array().notNull().default([]),
    wantedIscoCodes: text('wanted_isco_codes').array().notNull().default([]),
    /** Skills as free tags (lower case). */
    skills: text('skills').array().notNull().default([]),
    /** From when the client can start work; null = now. */
    availableFrom: date('available_from', { mode: 'string' }),
    /** Special-category data (GDPR art. 9): only returned to roles that need it. */
    healthLimitations: text('health_limitations'),
    caseManagerId: uuid('case_manager_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('clients_organisation_bsn_key').on(t.organisationId, t.bsn),
    index('clients_organisation_search_name_idx').on(t.organisationId, t.searchName),
    index('clients_organisation_postcode_idx').on(t.organisationId, t.postcode),
  ],
);

/** Consent of a client to share the file with a named partner organisation. Withdrawal keeps the row. */
export const clientConsents = pgTable(
  'client_consents',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** The organisation that owns the client file (denormalised so the policy needs no join). */
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The partner organisation that may see the file. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    note: text('note'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    grantedById: uuid('granted_by_id')
      .notNull()
      .references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnById: uuid('withdrawn_by_id').references(() => users.id),
    /**
     * The last Amsterdam day the consent is in force (given for a period, e.g. a trajectory); null = until
     * withdrawn. After it the partner no longer sees the file (the policies check it, migrations/0018).
     */
    validUntil: date('valid_until', { mode: 'string' }),
  },
  (t) => [
    index('client_consents_client_idx').on(t.clientId),
    index('client_consents_partner_idx').on(t.organisationId, t.clientId),
    check(
      'client_consents_valid_until_after_granted',
      sql`${t.validUntil} IS NULL OR ${t.validUntil} >= (${t.grantedAt} AT TIME ZONE 'Europe/Amsterdam')::date`,
    ),
  ],
);
