import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { vacancies } from './vacancies.schema.ts';
import { employers } from '../employers/employers.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { occupations, postcodeAreas } from '../refdata/refdata.schema.ts';
import { candidateProposals } from '../placements/placements.schema.ts';

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

const detailColumns = {
  vacancy: vacancies,
  employerName: employers.name,
  organisationName: organisations.name,
  occupationLabel: occupations.labelNl,
  city: postcodeAreas.place,
};
export type VacancyDetailRow = {
  vacancy: VacancyRow;
  employerName: string;
  organisationName: string;
  occupationLabel: string | null;
  city: string | null;
};

function detailQuery(db: Db) {
  return db
    .select(detailColumns)
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .leftJoin(occupations, eq(occupations.uri, vacancies.occupationUri))
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, pc4Of));
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
  const rows = await detailQuery(db)
    .where(where)
    .orderBy(desc(vacancies.openedAt), asc(vacancies.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: totalRow?.n ?? 0 };
}

/** A vacancy the current tenant may see (row-level security decides), or null. */
export async function findVacancy(db: Db, id: string): Promise<VacancyDetailRow | null> {
  return (await detailQuery(db).where(eq(vacancies.id, id)))[0] ?? null;
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
  return (
    (
      await db
        .select({ uri: occupations.uri, iscoCode: occupations.iscoCode, labelNl: occupations.labelNl })
        .from(occupations)
        .where(eq(occupations.uri, uri))
    )[0] ?? null
  );
}

export async function postcodeAreaExists(db: Db, pc4: string): Promise<boolean> {
  return (await db.select({ pc4: postcodeAreas.pc4 }).from(postcodeAreas).where(eq(postcodeAreas.pc4, pc4))).length === 1;
}

export async function findEmployer(db: Db, id: string): Promise<{ id: string; name: string; portalOrganisationId: string | null } | null> {
  return (
    (
      await db
        .select({ id: employers.id, name: employers.name, portalOrganisationId: employers.portalOrganisationId })
        .from(employers)
        .where(eq(employers.id, id))
    )[0] ?? null
  );
}

// Public vacancy site --------------------------------------------------------------------------------

export async function listPublicVacancies(db: Db, f: { q?: string; page: number; pageSize: number }) {
  const conditions: SQL[] = [eq(vacancies.visibility, 'public'), eq(vacancies.status, 'open')];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conditions.push(
      or(ilike(vacancies.title, like), ilike(occupations.labelNl, like), ilike(employers.name, like), ilike(postcodeAreas.place, like))!,
    );
  }
  const where = and(...conditions);
  const base = db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      occupationLabel: occupations.labelNl,
      employerName: employers.name,
      city: postcodeAreas.place,
      hoursPerWeek: vacancies.hoursPerWeek,
      startDate: vacancies.startDate,
      wageMinCents: vacancies.wageMinCents,
      wageMaxCents: vacancies.wageMaxCents,
      description: vacancies.description,
      openedAt: vacancies.openedAt,
    })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(occupations, eq(occupations.uri, vacancies.occupationUri))
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, pc4Of));
  const [totalRow] = await db
    .select({ n: count() })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(occupations, eq(occupations.uri, vacancies.occupationUri))
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, pc4Of))
    .where(where);
  const rows = await base
    .where(where)
    .orderBy(desc(vacancies.openedAt), asc(vacancies.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: totalRow?.n ?? 0 };
}

// Employer portal ------------------------------------------------------------------------------------

/** The vacancies of the employer(s) whose portal organisation this is, with the number of proposals made to it. */
export async function listPortalVacancies(db: Db, portalOrganisationId: string) {
  const proposals = sql<number>`(SELECT count(*)::int FROM ${candidateProposals} cp WHERE cp.vacancy_id = ${vacancies.id} AND cp.employer_organisation_id = ${portalOrganisationId})`;
  return db
    .select({ vacancy: vacancies, occupationLabel: occupations.labelNl, city: postcodeAreas.place, proposals })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(occupations, eq(occupations.uri, vacancies.occupationUri))
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, pc4Of))
    .where(eq(employers.portalOrganisationId, portalOrganisationId))
    .orderBy(desc(vacancies.openedAt), asc(vacancies.id));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
