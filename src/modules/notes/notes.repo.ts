import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { clientNotes } from './notes.schema.ts';

export type NoteRow = typeof clientNotes.$inferSelect;

// Every query runs in the caller's tenant transaction: row-level security shows the notes of files the
// organisation may see, and admits a new note only by the signed-in user in such a file.

export async function insertNote(db: Db, row: typeof clientNotes.$inferInsert): Promise<NoteRow> {
  const [inserted] = await db.insert(clientNotes).values(row).returning();
  return inserted!;
}

/** A client's notes, the most recent day first (on one day: the last written first). */
export async function listForClient(db: Db, clientId: string): Promise<NoteRow[]> {
  return db
    .select()
    .from(clientNotes)
    .where(eq(clientNotes.clientId, clientId))
    .orderBy(desc(clientNotes.notedOn), desc(clientNotes.createdAt));
}
