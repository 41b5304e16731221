import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Audit log: who did what. Append-only for the application role (INSERT only) and hash-chained by a
 * trigger (see migrations/*_tenancy.sql); `werkplein audit verify` recomputes the chain.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 6 }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    result: text('result').notNull(),
    origin: text('origin'),
    traceId: text('trace_id'),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_log_actor_org_idx').on(t.actorOrganisationId, t.occurredAt)],
);

/** The head of the audit chain (one row), so that deleting the newest rows is detected too. */
export const auditHead = pgTable('audit_head', {
  id: text('id').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  rowCount: bigint('row_count', { mode: 'number' }).notNull(),
});

/**
 * Processing log in the fields of Logius "Logboek Dataverwerkingen" 1.0: one line per action per data
 * subject. The data subject id is a keyed pseudonym (HMAC-SHA256) of the BSN, never the BSN itself.
 */
export const processingLog = pgTable(
  'processing_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    traceId: text('trace_id').notNull(),
    spanId: text('span_id').notNull(),
    parentSpanId: text('parent_span_id'),
    name: text('name').notNull(),
    status: text('status').notNull(),
    startTime: timestamp('start_time', { withTimezone: true, precision: 6 }).notNull(),
    endTime: timestamp('end_time', { withTimezone: true, precision: 6 }).notNull(),
    processingActivityId: text('processing_activity_id').notNull(),
    dataSubjectId: text('data_subject_id').notNull(),
    dataSubjectIdType: text('data_subject_id_type').notNull(),
    organisationId: uuid('organisation_id'),
  },
  (t) => [index('processing_log_subject_idx').on(t.dataSubjectId)],
);

/** Installation-wide settings created at first migration (e.g. the pseudonymisation key). */
export const installation = pgTable('installation', {
  id: text('id').primaryKey(),
  pseudonymKey: text('pseudonym_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
