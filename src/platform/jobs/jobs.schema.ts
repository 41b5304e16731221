import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The durable job queue (docs/adr/0013-durable-job-queue.md). A row is one piece of background work: a
 * mail to send, one occurrence of a recurring job. Workers claim due rows with FOR UPDATE SKIP LOCKED,
 * so two server processes on one PostgreSQL never run the same row twice; `unique_key` makes enqueueing
 * idempotent (one row per key, ever, until the row is cleaned up) and gives each scheduled occurrence
 * one row. Platform-internal: no organisation column and no row-level security (see the ADR).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull().default({}),
    /** queued → running → done | failed (a failed attempt with attempts left goes back to queued). */
    status: text('status').notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    uniqueKey: text('unique_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('jobs_unique_key').on(t.uniqueKey),
    index('jobs_due_idx').on(t.status, t.runAt),
    check('jobs_status', sql`${t.status} IN ('queued', 'running', 'done', 'failed')`),
    check('jobs_attempts', sql`${t.attempts} >= 0 AND ${t.maxAttempts} >= 1`),
  ],
);
