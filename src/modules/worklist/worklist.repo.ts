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

/** Rows per insert statement: each column travels as one array parameter, so a chunk costs 12 parameters. */
const INSERT_CHUNK = 5000;

/**
 * Inserts the rule's tasks that have no row with their key yet (open or closed); returns how many it added
 * and the users who got one of them (team tasks name no user).
 * One multi-row INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING per INSERT_CHUNK rows: a few
 * statements for a large organisation instead of one per task (test/bench/worklist.bench.ts). The rows of one
 * call share one creation moment (a rule run's), taken from the first row.
 */
export async function insertRuleTasks(db: Db, rows: TaskInsert[]): Promise<{ added: number; userIds: string[] }> {
  let added = 0;
  const userIds = new Set<string>();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const col = <T>(f: (r: TaskInsert) => T) => chunk.map(f);
    const inserted = await queryRows<{ n: number; users: string[] | null }>(
      db,
      sql`WITH added AS (
            INSERT INTO ${tasks} (id, organisation_id, assignee_user_id, assignee_role, subject_type, subject_id, client_id,
              title, due_on, reason, rule_id, rule_key, created_at)
            SELECT u.id, u.organisation_id, u.assignee_user_id, u.assignee_role, u.subject_type, u.subject_id, u.client_id,
              u.title, u.due_on, u.reason, u.rule_id, u.rule_key, ${(chunk[0]!.createdAt ?? new Date()).toISOString()}::timestamptz
            FROM unnest(${pgArray(col((r) => r.id))}::uuid[], ${pgArray(col((r) => r.organisationId))}::uuid[],
              ${pgArray(col((r) => r.assigneeUserId ?? null))}::uuid[], ${pgArray(col((r) => r.assigneeRole ?? null))}::text[],
              ${pgArray(col((r) => r.subjectType))}::text[], ${pgArray(col((r) => r.subjectId))}::uuid[],
              ${pgArray(col((r) => r.clientId ?? null))}::uuid[], ${pgArray(col((r) => r.title))}::text[],
              ${pgArray(col((r) => r.dueOn))}::date[], ${pgArray(col((r) => r.reason ?? null))}::text[],
              ${pgArray(col((r) => r.ruleId ?? null))}::text[], ${pgArray(col((r) => r.ruleKey ?? null))}::text[])
              AS u(id, organisation_id, assignee_user_id, assignee_role, subject_type, subject_id, client_id, title, due_on, reason,
                rule_id, rule_key)
            ON CONFLICT (organisation_id, rule_key) DO NOTHING
            RETURNING assignee_user_id)
          SELECT count(*)::int AS n, array_agg(DISTINCT assignee_user_id::text) FILTER (WHERE assignee_user_id IS NOT NULL) AS users
          FROM added`,
    );
    added += Number(inserted[0]?.n ?? 0);
    for (const u of inserted[0]?.users ?? []) userIds.add(u);
  }
  return { added, userIds: [...userIds] };
}

/** Every task a rule made in the organisation (open or closed), by key: what a run compares its due tasks with. */
export async function ruleTaskKeys(db: Db, organisationId: string, ruleId: string): Promise<{ id: string; key: string; open: boolean }[]> {
  const rows = await db
    .select({ id: tasks.id, key: tasks.ruleKey, status: tasks.status })
    .from(tasks)
    .where(and(eq(tasks.organisationId, organisationId), eq(tasks.ruleId, ruleId), isNotNull(tasks.ruleKey)));
  return rows.map((r) => ({ id: r.id, key: r.key!, open: r.status === 'open' }));
}

/**
 * Closes the given open rule tasks (their rule no longer returns them: what they asked for happened, or their
 * reason is gone): status done, no closing user. Returns how many it closed (one closed meanwhile by hand is
 * left as it is).
 */
export async function closeRuleTasks(db: Db, organisationId: string, ids: readonly string[], at: Date, note: string): Promise<number> {
  let closed = 0;
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`WITH closed AS (
            UPDATE ${tasks} SET status = 'done', closed_at = ${at.toISOString()}::timestamptz, closing_note = ${note}
            WHERE organisation_id = ${organisationId} AND status = 'open' AND id = ANY(${pgArray(ids.slice(i, i + INSERT_CHUNK))}::uuid[])
            RETURNING 1)
          SELECT count(*)::int AS n FROM closed`,
    );
    closed += Number(rows[0]?.n ?? 0);
  }
  return closed;
}

/** A PostgreSQL array literal (text), elements quoted with backslashes and quotes escaped, null as NULL. */
function pgArray(items: readonly (string | null)[]): string {
  return `{${items.map((s) => (s === null ? 'NULL' : `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
