import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notifications } from './notifications.schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Inserts unless the recipient already has one with the same dedupe key. No RETURNING: the row need not be
 * readable by the caller (row-level security shows it to its recipient only). Returns whether it was added.
 */
export async function insertNotification(db: Db, row: typeof notifications.$inferInsert): Promise<boolean> {
  const result: unknown = await db.insert(notifications).values(row).onConflictDoNothing();
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return (r.rowCount ?? r.affectedRows ?? 0) > 0;
}

const own = (recipientId: string, organisationId: string) =>
  and(eq(notifications.recipientId, recipientId), eq(notifications.organisationId, organisationId));

export async function listOwn(db: Db, recipientId: string, organisationId: string, limit: number, offset: number) {
  return db
    .select()
    .from(notifications)
    .where(own(recipientId, organisationId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset);
}

export async function countOwn(db: Db, recipientId: string, organisationId: string): Promise<{ total: number; unread: number }> {
  const [row] = await db
    .select({ total: count(), unread: sql<number>`count(*) FILTER (WHERE ${notifications.readAt} IS NULL)`.mapWith(Number) })
    .from(notifications)
    .where(own(recipientId, organisationId));
  return { total: row?.total ?? 0, unread: row?.unread ?? 0 };
}

export async function findOwn(db: Db, id: string, recipientId: string, organisationId: string): Promise<NotificationRow | null> {
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), own(recipientId, organisationId)));
  return rows[0] ?? null;
}

export async function markRead(db: Db, id: string, recipientId: string, organisationId: string, at: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), own(recipientId, organisationId), isNull(notifications.readAt)));
}

export async function markAllRead(db: Db, recipientId: string, organisationId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(own(recipientId, organisationId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
