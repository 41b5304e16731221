import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { vacancies } from './vacancies.schema.ts';
import { employerIdsOfPortal, employerIdsWithNameLike, employerSummaries } from '../employers/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { inList } from '../../platform/db/sql-array.ts';
import { findPostcodeArea, occupationsByUri, occupationUrisWithLabelLike, pc4sWithPlaceLike, postcodePlaces } from '../refdata/index.ts';
import { proposalCountsForPortal } from '../placements/index.ts';

export type VacancyRow = typeof vacancies.$inferSelect;
export type VacancyInsert = typeof vacancies.$inferInsert;

/**
 * Mirrors the row-level-security policy in the query itself (the database enforces it; the explicit
 * predicate keeps the query tenant-scoped and lets the planner use indexes).
 */
function visibleTo(organisationId: string, regionCode: string | null): SQL {
  return or(
    eq(vacancies.organisationId, organisationId),
    eq(vacancies.visibility, 'public'),
    regionCode ? and(eq(vacancies.visibility, 'region'), eq(vacancies.regionCode, regionCode)) : sql`false`,
  )!;
}

const pc4Of = sql`left(${vacancies.postcode}, 4)`;

export type VacancyDetailRow = {
  vacancy: VacancyRow;
  employerName: string;
  organisationName: string;
  occupationLabel: string | null;
  city: string | null;
};

/** The first four characters of a postcode: its PC4 area. */
function pc4(postcode: string): string {
  return postcode.slice(0, 4);
}

interface Labelled {
  employerName: string;
  occupationLabel: string | null;
  city: string | null;
}

/**
 * The employer's name, the occupation's label and the place of the postcode's PC4 area, from the employers'
 * and refdata modules' published reads (one query each for the whole page).
 */
async function labelsOf(
  db: Db,
  rows: readonly { employerId: string; occupationUri: string | null; postcode: string }[],
): Promise<(row: { employerId: string; occupationUri: string | null; postcode: string }) => Labelled> {
  const [employers, occupations, places] = await Promise.all([
    employerSummaries(
      db,
      rows.map((r) => r.employerId),
    ),
    occupationsByUri(
      db,
      rows.map((r) => r.occupationUri),
    ),
    postcodePlaces(
      db,
      rows.map((r) => pc4(r.postcode)),
    ),
  ]);
  return (r) => ({
    employerName: employers.get(r.employerId)?.name ?? '',
    occupationLabel: r.occupationUri ? (occupations.get(r.occupationUri)?.labelNl ?? null) : null,
    city: places.get(pc4(r.postcode)) ?? null,
  });
}

async function withDetails(db: Db, rows: VacancyRow[]): Promise<VacancyDetailRow[]> {
  const [labels, owners] = await Promise.all([
    labelsOf(db, rows),
    organisationNames(
      db,
      rows.map((r) => r.organisationId),
    ),
  ]);
  return rows.map((vacancy) => ({ vacancy, ...labels(vacancy), organisationName: owners.get(vacancy.organisationId) ?? '' }));
}

export interface VacancyListFilter {
  organisationId: string;
  regionCode: string | null;
  status?: string;
  employerId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listVacancies(db: Db, f: VacancyListFilter): Promise<{ rows: VacancyDetailRow[]; total: number }> {
  const conditions: SQL[] = [visibleTo(f.organisationId, f.regionCode)];
  if (f.status) conditions.push(eq(vacancies.status, f.status));
  if (f.employerId) conditions.push(eq(vacancies.employerId, f.employerId));
  if (f.q) conditions.push(ilike(vacancies.title, `%${escapeLike(f.q)}%`));
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(vacancies).where(where);
  const rows = await db
    .select()
    .from(vacancies)
    .where(where)
    .orderBy(desc(vacancies.openedAt), asc(vacancies.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows: await withDetails(db, rows), total: totalRow?.n ?? 0 };
}

/** A vacancy the current tenant may see (row-level security decides), or null. */
export async function findVacancy(db: Db, id: string): Promise<VacancyDetailRow | null> {
  return (await withDetails(db, await db.select().from(vacancies).where(eq(vacancies.id, id))))[0] ?? null;
}

/** Locks a vacancy row for a change (only the owning organisation can: the update policy applies). */
export async function insertVacancy(db: Db, row: VacancyInsert): Promise<void> {
  await db.insert(vacancies).values(row);
}

export async function updateVacancy(db: Db, id: string, organisationId: string, patch: Partial<VacancyInsert>): Promise<boolean> {
  const rows = await db
    .update(vacancies)
    .set(patch)
    .where(and(eq(vacancies.id, id), eq(vacancies.organisationId, organisationId)))
    .returning({ id: vacancies.id });
  return rows.length === 1;
}

// Reference data and employers -----------------------------------------------------------------------

export async function findOccupation(db: Db, uri: string): Promise<{ uri: string; iscoCode: string; labelNl: string } | null> {
  return (await occupationsByUri(db, [uri])).get(uri) ?? null;
}

export async function postcodeAreaExists(db: Db, pc4: string): Promise<boolean> {
  return (await findPostcodeArea(db, pc4)) !== null;
}

export async function findEmployer(db: Db, id: string): Promise<{ id: string; name: string; portalOrganisationId: string | null } | null> {
  return (await employerSummaries(db, [id])).get(id) ?? null;
}

// Public vacancy site --------------------------------------------------------------------------------

export async function listPublicVacancies(db: Db, f: { q?: string; page: number; pageSize: number }) {
  const conditions: SQL[] = [eq(vacancies.visibility, 'public'), eq(vacancies.status, 'open')];
  if (f.q) {
    // The title, or the occupation's label, the employer's name or the place, which their modules match.
    const like = `%${escapeLike(f.q)}%`;
    const [uris, employerIds, pc4s] = await Promise.all([
      occupationUrisWithLabelLike(db, like),
      employerIdsWithNameLike(db, like),
      pc4sWithPlaceLike(db, like),
    ]);
    conditions.push(
      or(
        ilike(vacancies.title, like),
        uris.length ? inList(vacancies.occupationUri, uris, 'text') : undefined,
        employerIds.length ? inList(vacancies.employerId, employerIds, 'uuid') : undefined,
        pc4s.length ? inList(pc4Of, pc4s, 'text') : undefined,
      )!,
    );
  }
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(vacancies).where(where);
  const rows = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      employerId: vacancies.employerId,
      occupationUri: vacancies.occupationUri,
      postcode: vacancies.postcode,
      hoursPerWeek: vacancies.hoursPerWeek,
      startDate: vacancies.startDate,
      wageMinCents: vacancies.wageMinCents,
      wageMaxCents: vacancies.wageMaxCents,
      description: vacancies.description,
      openedAt: vacancies.openedAt,
    })
    .from(vacancies)
    .where(where)
    .orderBy(desc(vacancies.openedAt), asc(vacancies.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const labels = await labelsOf(db, rows);
  return {
    rows: rows.map(({ employerId, occupationUri, postcode, ...r }) => {
      const { occupationLabel, employerName, city } = labels({ employerId, occupationUri, postcode });
      return { ...r, occupationLabel, employerName, city };
    }),
    total: totalRow?.n ?? 0,
  };
}

// Employer portal ------------------------------------------------------------------------------------

/** The vacancies of the employer(s) whose portal organisation this is, with the number of proposals made to it. */
export async function listPortalVacancies(db: Db, portalOrganisationId: string) {
  const employerIds = await employerIdsOfPortal(db, portalOrganisationId);
  if (employerIds.length === 0) return [];
  const rows = await db
    .select()
    .from(vacancies)
    .where(inArray(vacancies.employerId, employerIds))
    .orderBy(desc(vacancies.openedAt), asc(vacancies.id));
  const [labels, proposals] = await Promise.all([
    labelsOf(db, rows),
    proposalCountsForPortal(
      db,
      portalOrganisationId,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((vacancy) => {
    const { occupationLabel, city } = labels(vacancy);
    return { vacancy, occupationLabel, city, proposals: proposals.get(vacancy.id) ?? 0 };
  });
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
