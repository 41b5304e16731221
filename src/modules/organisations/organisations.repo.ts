import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organisations } from './organisations.schema.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.select().from(organisations).orderBy(asc(organisations.name));
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | null> {
  return (await db.select().from(organisations).where(eq(organisations.id, id)))[0] ?? null;
}

export async function insertOrganisation(db: Db, row: typeof organisations.$inferInsert): Promise<void> {
  await db.insert(organisations).values(row);
}

export async function updateOrganisation(
  db: Db,
  id: string,
  patch: Partial<Pick<OrganisationRow, 'name' | 'active' | 'region'>>,
): Promise<void> {
  if (Object.keys(patch).length) await db.update(organisations).set(patch).where(eq(organisations.id, id));
}

export async function findOrganisationByName(db: Db, name: string): Promise<OrganisationRow | null> {
  return (await db.select().from(organisations).where(eq(organisations.name, name)))[0] ?? null;
}
