import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organisations } from './organisations.schema.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

/** The names of the given organisations by id (an unknown id is left out): for showing who did something. */
export async function organisationNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** What another module may show of an organisation: its name, kind, region and whether it is active. */
export interface OrganisationProfile {
  id: string;
  name: string;
  kind: string;
  region: string | null;
  active: boolean;
}

const profileColumns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  region: organisations.region,
  active: organisations.active,
};

/** The profiles of the given organisations by id (an unknown id is left out), in one query. */
export async function organisationProfiles(db: Db, ids: readonly (string | null)[]): Promise<Map<string, OrganisationProfile>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select(profileColumns).from(organisations).where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every organisation's profile, by name (the database's collation), then id. */
export async function listOrganisationProfiles(db: Db): Promise<OrganisationProfile[]> {
  return db.select(profileColumns).from(organisations).orderBy(asc(organisations.name), asc(organisations.id));
}

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
