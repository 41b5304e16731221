import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { installation } from './audit.schema.ts';

export async function loadPseudonymKey(db: Db): Promise<string> {
  const rows = await db.select().from(installation).where(eq(installation.id, 'default'));
  if (!rows[0]) throw new Error('De installatie is niet gemigreerd: voer eerst "werkplein migrate" uit.');
  return rows[0].pseudonymKey;
}
