import { asc, eq, ilike, inArray, max, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { iscoGroups, municipalities, occupations, postcodeAreas } from './refdata.schema.ts';
import { containsPattern, escapeLike } from './refdata.rules.ts';

export interface OccupationHit {
  uri: string;
  code: string;
  iscoCode: string;
  label: string;
  matchedLabel: string | null;
}

/**
 * Search as you type. occupations.search_text holds the search key of every label, one per line, in the
 * order [preferred, ...alternatives]; a label matches when it contains every token. Per occupation the
 * preferred label counts if it matches, else the best alternative (only then are the alternatives looked
 * at, so a one-letter query stays cheap). Order: preferred-label matches first; then the query at the
 * start of the label, at the start of a word, elsewhere; then shorter labels, then alphabetical.
 */
export async function searchOccupations(db: Db, query: { phrase: string; tokens: string[]; limit: number }): Promise<OccupationHit[]> {
  // Tokens never contain a line break (they are split on whitespace), so they travel as one text parameter.
  const patterns = query.tokens.map(containsPattern).join('\n');
  const prefix = `${escapeLike(query.phrase)}%`;
  const wordStart = `% ${escapeLike(query.phrase.replace(/[-/(]/g, ' '))}%`;
  const all = sql`string_to_array(${patterns}, E'\n')`;
  const rank = (key: SQL) =>
    sql`CASE WHEN ${key} LIKE ${prefix} THEN 0 WHEN ' ' || translate(${key}, '-/(', '   ') LIKE ${wordStart} THEN 1 ELSE 2 END`;
  return queryRows<OccupationHit>(
    db,
    sql`WITH hit AS (
          SELECT o.uri, o.code, o.isco_code, o.label_nl, o.alt_labels_nl, o.search_text,
            CASE WHEN split_part(o.search_text, E'\n', 1) LIKE ALL (${all}) THEN 1
                 ELSE (SELECT l.idx FROM unnest(string_to_array(o.search_text, E'\n')) WITH ORDINALITY AS l(key, idx)
                       WHERE l.idx > 1 AND l.key LIKE ALL (${all})
                       ORDER BY ${rank(sql`l.key`)}, l.idx
                       LIMIT 1)
            END AS idx
          FROM ${occupations} o
          WHERE o.search_text LIKE ALL (${all})
        )
        SELECT uri, code, isco_code AS "iscoCode", label_nl AS label,
               CASE WHEN idx > 1 THEN alt_labels_nl[idx - 1] END AS "matchedLabel"
        FROM hit
        WHERE idx IS NOT NULL
        ORDER BY (idx > 1), ${rank(sql`split_part(search_text, E'\n', idx::int)`)},
                 length(CASE WHEN idx > 1 THEN alt_labels_nl[idx - 1] ELSE label_nl END), label_nl, uri
        LIMIT ${query.limit}`,
  );
}

export async function findOccupation(db: Db, uri: string) {
  const rows = await db.select().from(occupations).where(eq(occupations.uri, uri));
  return rows[0] ?? null;
}

/** What another module may read of the given occupations (an unknown URI is left out): ISCO-08 unit group and Dutch label, in one query. */
export async function occupationsByUri(
  db: Db,
  uris: readonly (string | null)[],
): Promise<Map<string, { uri: string; iscoCode: string; labelNl: string }>> {
  const unique = [...new Set(uris.filter((u): u is string => u !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ uri: occupations.uri, iscoCode: occupations.iscoCode, labelNl: occupations.labelNl })
    .from(occupations)
    .where(inArray(occupations.uri, unique));
  return new Map(rows.map((r) => [r.uri, r]));
}

/** The URIs of the occupations whose Dutch label matches an ILIKE pattern (the caller escapes it). */
export async function occupationUrisWithLabelLike(db: Db, pattern: string): Promise<string[]> {
  const rows = await db.select({ uri: occupations.uri }).from(occupations).where(ilike(occupations.labelNl, pattern));
  return rows.map((r) => r.uri);
}

/** The place name of each given PC4 area (an unknown area is left out), in one query. */
export async function postcodePlaces(db: Db, pc4s: readonly (string | null)[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(pc4s.filter((p): p is string => p !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ pc4: postcodeAreas.pc4, place: postcodeAreas.place })
    .from(postcodeAreas)
    .where(inArray(postcodeAreas.pc4, unique));
  return new Map(rows.map((r) => [r.pc4, r.place]));
}

/** The PC4 areas whose place name matches an ILIKE pattern (the caller escapes it). */
export async function pc4sWithPlaceLike(db: Db, pattern: string): Promise<string[]> {
  const rows = await db.select({ pc4: postcodeAreas.pc4 }).from(postcodeAreas).where(ilike(postcodeAreas.place, pattern));
  return rows.map((r) => r.pc4);
}

export async function findIscoGroups(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(iscoGroups).where(inArray(iscoGroups.code, codes));
}

/** Municipalities of the newest year in the table (the current ones). */
export async function currentMunicipalities(db: Db) {
  const newest = db.select({ year: max(municipalities.year) }).from(municipalities);
  return db
    .select()
    .from(municipalities)
    .where(eq(municipalities.year, sql`(${newest})`))
    .orderBy(asc(municipalities.name));
}

export async function findPostcodeArea(db: Db, pc4: string) {
  const rows = await db.select().from(postcodeAreas).where(eq(postcodeAreas.pc4, pc4));
  return rows[0] ?? null;
}
