import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { trajectories } from '../trajectories/trajectories.schema.ts';

/** The polis (Tilburg): the signed contract between municipality and client. Its content lives in versions. */
export const polisses = pgTable(
  'polisses',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One polis per client; its changes are versions.
  (t) => [uniqueIndex('polisses_client_key').on(t.clientId)],
);

/**
 * One version of a polis. Status: draft → signed (both parties signed) → superseded (a newer version was
 * signed). A version with any signature can no longer change (also guarded by a trigger); a change makes a
 * new version that needs new signatures.
 */
export const polisVersions = pgTable(
  'polis_versions',
  {
    id: uuid('id').primaryKey(),
    polisId: uuid('polis_id')
      .notNull()
      .references(() => polisses.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    versionNumber: integer('version_number').notNull(),
    status: text('status').notNull().default('draft'),
    municipalityObligations: jsonb('municipality_obligations').$type<string[]>().notNull(),
    clientObligations: jsonb('client_obligations').$type<string[]>().notNull(),
    goalRung: integer('goal_rung').notNull(),
    /** What changed compared with the previous version (free text, for the history). */
    changeNote: text('change_note'),
    /** SHA-256 of the canonical content, fixed at the first signature; every signature names it. */
    contentHash: text('content_hash'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** Optimistic concurrency for draft edits. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [uniqueIndex('polis_versions_polis_number_key').on(t.polisId, t.versionNumber), index('polis_versions_client_idx').on(t.clientId)],
);

/** An agreed step of the route to work: linked to a trajectory or described as an action, always dated. */
export const polisSteps = pgTable(
  'polis_steps',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => polisVersions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    trajectoryId: uuid('trajectory_id').references(() => trajectories.id),
    /** Who acts: 'client', 'municipality' or 'provider'. */
    responsible: text('responsible').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('polis_steps_version_position_key').on(t.versionId, t.position)],
);

/** A signature on a polis version: which party, who, when, over which content. Never changed or removed. */
export const polisSignatures = pgTable(
  'polis_signatures',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => polisVersions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** 'client' or 'municipality'. */
    party: text('party').notNull(),
    signedById: uuid('signed_by_id')
      .notNull()
      .references(() => users.id),
    signerName: text('signer_name').notNull(),
    contentHash: text('content_hash').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('polis_signatures_version_party_key').on(t.versionId, t.party)],
);
