import { and, asc, eq, gte, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { tasks } from './worklist.schema.ts';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskInsert = typeof tasks.$inferInsert;

/** At most this many tasks come back from one list query (a work queue, not an archive). */
export const LIST_LIMIT = 1000;

export interface TaskListFilter {
  organisationId: string;
  userId: string;
  roles: readonly string[];
  status: string;
  dueFrom: string | null;
  dueTo: string | null;
  subjectType?: string;
  clientId?: string;
}

/** The caller's tasks and their teams', soonest due first. Row-level security limits them to the organisation too. */
export async function listTasks(db: Db, f: TaskListFilter): Promise<TaskRow[]> {
  const mine: SQL[] = [eq(tasks.assigneeUserId, f.userId)];
  if (f.roles.length > 0) mine.push(inArray(tasks.assigneeRole, [...f.roles]));
  const conditions: SQL[] = [eq(tasks.organisationId, f.organisationId), or(...mine)!, eq(tasks.status, f.status)];
  if (f.dueFrom) conditions.push(gte(tasks.dueOn, f.dueFrom));
  if (f.dueTo) conditions.push(lte(tasks.dueOn, f.dueTo));
  if (f.subjectType) conditions.push(eq(tasks.subjectType, f.subjectType));
  if (f.clientId) conditions.push(eq(tasks.clientId, f.clientId));
  return db
    .select()
    .from(tasks)
    .where(and(...conditions))
    .orderBy(asc(tasks.dueOn), asc(tasks.createdAt), asc(tasks.id))
    .limit(LIST_LIMIT);
}

export async function findTasks(db: Db, organisationId: string, ids: readonly string[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.organisationId, organisationId), inArray(tasks.id, [...ids])));
}

export async function insertTask(db: Db, row: TaskInsert): Promise<void> {
  await db.insert(tasks).values(row);
}

/** Closes an open task; false when it was no longer open (someone else closed it first). */
export async function closeTask(
  db: Db,
  organisationId: string,
  id: string,
  close: { status: 'done' | 'cancelled'; userId: string; note: string | null; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(tasks)
    .set({ status: close.status, closedAt: close.at, closedByUserId: close.userId, closingNote: close.note })
    .where(and(eq(tasks.organisationId, organisationId), eq(tasks.id, id), eq(tasks.status, 'open')))
    .returning({ id: tasks.id });
  return rows.length === 1;
}

// Task rules ---------------------------------------------------------------------------------------

/** Inserts the rule's tasks that have no row with their key yet (open or closed); returns how many it added. */
export async function insertRuleTasks(db: Db, rows: TaskInsert[]): Promise<number> {
  let added = 0;
  // Chunks keep each statement's parameter count well below the protocol's limit.
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insert(tasks)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: [tasks.organisationId, tasks.ruleKey] })
      .returning({ id: tasks.id });
    added += inserted.length;
  }
  return added;
}

/**
 * Closes the rule's open tasks whose key the rule no longer returns (what they asked for happened, or their
 * reason is gone): status done, no closing user. Returns how many it closed.
 */
export async function closeVanishedRuleTasks(
  db: Db,
  organisationId: string,
  ruleId: string,
  keep: readonly string[],
  at: Date,
  note: string,
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE ${tasks} SET status = 'done', closed_at = ${at.toISOString()}::timestamptz, closing_note = ${note}
        WHERE organisation_id = ${organisationId} AND rule_id = ${ruleId} AND status = 'open'
          AND NOT (rule_key = ANY(${`{${keep.map(quoteArrayItem).join(',')}}`}::text[]))
        RETURNING id`,
  );
  return rows.length;
}

/** The open tasks of a rule in the organisation (tests and the closing step). */
export async function openRuleTaskKeys(db: Db, organisationId: string, ruleId: string): Promise<string[]> {
  const rows = await db
    .select({ key: tasks.ruleKey })
    .from(tasks)
    .where(and(eq(tasks.organisationId, organisationId), eq(tasks.ruleId, ruleId), eq(tasks.status, 'open'), isNotNull(tasks.ruleKey)));
  return rows.map((r) => r.key!);
}

/** A PostgreSQL array literal element: quoted, with backslashes and quotes escaped. */
function quoteArrayItem(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
