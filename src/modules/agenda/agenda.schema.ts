import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

/**
 * An appointment of professionals of one organisation, with a client or among themselves: when, where
 * (a place or a video link), who takes part, and afterwards how it went.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The client the appointment is with; null for an appointment between professionals. */
    clientId: uuid('client_id').references(() => clients.id),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    status: text('status').notNull().default('planned'),
    outcomeNote: text('outcome_note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Planned by another module and kept in step by it (a warm handover); null when planned in the agenda. */
    origin: text('origin'),
  },
  (t) => [
    index('appointments_organisation_starts_idx').on(t.organisationId, t.startsAt),
    index('appointments_client_starts_idx').on(t.clientId, t.startsAt),
    check('appointments_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_status', sql`${t.status} IN ('planned', 'held', 'cancelled', 'no_show')`),
    check('appointments_origin', sql`${t.origin} IS NULL OR (${t.origin} = 'aftercare_handover' AND ${t.clientId} IS NULL)`),
  ],
);

/** The professionals taking part (users of the appointment's organisation); the creator is one of them. */
export const appointmentParticipants = pgTable(
  'appointment_participants',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.userId] }), index('appointment_participants_user_idx').on(t.userId)],
);
