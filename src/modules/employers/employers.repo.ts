import { and, asc, count, desc, eq, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { employerAgreements, employerContactMoments, employerContacts, employers } from './employers.schema.ts';
import { userNames } from '../identity/index.ts';
import { organisationNames } from '../organisations/index.ts';

/*
 * Employers and their contacts, contact moments and agreements are shared by all partner organisations
 * (one employer, one account plan): these tables have no row-level security, access is decided by role in
 * the routes and the service.
 */

export type EmployerRow = typeof employers.$inferSelect;
export type EmployerInsert = typeof employers.$inferInsert;

export interface EmployerWithLead {
  employer: EmployerRow;
  leadUserName: string | null;
  leadOrganisationName: string | null;
}

export interface EmployerListFilter {
  name?: string;
  kvkPrefix?: string;
  page: number;
  pageSize: number;
}

export async function listEmployers(db: Db, f: EmployerListFilter): Promise<{ rows: EmployerWithLead[]; total: number }> {
  const matches: SQL[] = [];
  if (f.name) matches.push(ilike(employers.name, `%${escapeLike(f.name)}%`));
  if (f.kvkPrefix) matches.push(like(employers.kvkNumber, `${escapeLike(f.kvkPrefix)}%`));
  const where = matches.length ? or(...matches) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(employers).where(where);
  const rows = await db
    .select()
    .from(employers)
    .where(where)
    .orderBy(asc(employers.name), asc(employers.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows: await withLeads(db, rows), total: totalRow?.n ?? 0 };
}

/** The names of the account managers and their organisations (identity's and organisations' published reads). */
async function withLeads(db: Db, rows: EmployerRow[]): Promise<EmployerWithLead[]> {
  const [users, organisations] = await Promise.all([
    userNames(
      db,
      rows.map((r) => r.leadUserId),
    ),
    organisationNames(
      db,
      rows.map((r) => r.leadOrganisationId),
    ),
  ]);
  return rows.map((employer) => ({
    employer,
    leadUserName: employer.leadUserId ? (users.get(employer.leadUserId) ?? null) : null,
    leadOrganisationName: employer.leadOrganisationId ? (organisations.get(employer.leadOrganisationId) ?? null) : null,
  }));
}

export async function findEmployer(db: Db, id: string): Promise<(EmployerWithLead & { registeredByName: string }) | null> {
  const [row] = await db.select().from(employers).where(eq(employers.id, id));
  if (!row) return null;
  const [[withLead], registeredBy] = await Promise.all([withLeads(db, [row]), organisationNames(db, [row.registeredByOrganisationId])]);
  return { ...withLead!, registeredByName: registeredBy.get(row.registeredByOrganisationId) ?? '' };
}

/** What another module may read of an employer: its name and the organisation of its employer portal. */
export interface EmployerSummary {
  id: string;
  name: string;
  portalOrganisationId: string | null;
}

const summaryColumns = { id: employers.id, name: employers.name, portalOrganisationId: employers.portalOrganisationId };

/** The summaries of the given employers by id (an unknown id is left out), in one query. */
export async function employerSummaries(db: Db, ids: readonly (string | null)[]): Promise<Map<string, EmployerSummary>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select(summaryColumns).from(employers).where(inArray(employers.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The ids of the employers whose name matches an ILIKE pattern (the caller escapes it). */
export async function employerIdsWithNameLike(db: Db, pattern: string): Promise<string[]> {
  const rows = await db.select({ id: employers.id }).from(employers).where(ilike(employers.name, pattern));
  return rows.map((r) => r.id);
}

/** The ids of the employers whose employer portal is this organisation's. */
export async function employerIdsOfPortal(db: Db, portalOrganisationId: string): Promise<string[]> {
  const rows = await db.select({ id: employers.id }).from(employers).where(eq(employers.portalOrganisationId, portalOrganisationId));
  return rows.map((r) => r.id);
}

export async function employerExists(db: Db, id: string): Promise<boolean> {
  const rows = await db.select({ id: employers.id }).from(employers).where(eq(employers.id, id));
  return rows.length === 1;
}

export async function findByKvk(db: Db, kvkNumber: string): Promise<{ id: string; name: string } | null> {
  const rows = await db.select({ id: employers.id, name: employers.name }).from(employers).where(eq(employers.kvkNumber, kvkNumber));
  return rows[0] ?? null;
}

export async function insertEmployer(db: Db, row: EmployerInsert): Promise<void> {
  await db.insert(employers).values(row);
}

export async function updateEmployer(db: Db, id: string, patch: Partial<EmployerInsert>): Promise<void> {
  await db.update(employers).set(patch).where(eq(employers.id, id));
}

/**
 * Becomes lead only when nobody is: one conditional UPDATE, so of two concurrent claims exactly one
 * changes the row (the other waits for the row lock, re-checks `lead_user_id IS NULL`, and updates nothing).
 * Returns whether this call became lead.
 */
export async function claimLead(db: Db, id: string, userId: string, organisationId: string): Promise<boolean> {
  const rows = await db
    .update(employers)
    .set({ leadUserId: userId, leadOrganisationId: organisationId, leadSince: new Date() })
    .where(and(eq(employers.id, id), isNull(employers.leadUserId)))
    .returning({ id: employers.id });
  return rows.length === 1;
}

/** Releases the lead only if it is still held by the given user; returns whether it did. */
export async function releaseLead(db: Db, id: string, currentLeadUserId: string): Promise<boolean> {
  const rows = await db
    .update(employers)
    .set({ leadUserId: null, leadOrganisationId: null, leadSince: null })
    .where(and(eq(employers.id, id), eq(employers.leadUserId, currentLeadUserId)))
    .returning({ id: employers.id });
  return rows.length === 1;
}

// Contact persons ------------------------------------------------------------------------------------

export async function listContacts(db: Db, employerId: string) {
  return db
    .select()
    .from(employerContacts)
    .where(eq(employerContacts.employerId, employerId))
    .orderBy(asc(employerContacts.name), asc(employerContacts.id));
}

export async function insertContact(db: Db, row: typeof employerContacts.$inferInsert) {
  const [created] = await db.insert(employerContacts).values(row).returning();
  return created!;
}

// Contact moments ------------------------------------------------------------------------------------

export async function listContactMoments(db: Db, employerId: string) {
  const moments = await db
    .select()
    .from(employerContactMoments)
    .where(eq(employerContactMoments.employerId, employerId))
    .orderBy(desc(employerContactMoments.occurredOn), desc(employerContactMoments.createdAt), desc(employerContactMoments.id));
  const [organisations, users] = await Promise.all([
    organisationNames(
      db,
      moments.map((m) => m.organisationId),
    ),
    userNames(
      db,
      moments.map((m) => m.userId),
    ),
  ]);
  return moments.map((moment) => ({
    moment,
    organisationName: organisations.get(moment.organisationId) ?? '',
    userName: users.get(moment.userId) ?? '',
  }));
}

export async function insertContactMoment(db: Db, row: typeof employerContactMoments.$inferInsert): Promise<void> {
  await db.insert(employerContactMoments).values(row);
}

// Agreements -----------------------------------------------------------------------------------------

/**
 * Placed candidates for this employer's vacancies whose start date falls in the agreement's period, by all
 * partner organisations. candidate_proposals and vacancies have row-level security, so the number comes from
 * a database function that returns only the count (SECURITY DEFINER, migration 0004); no rows are exposed.
 */
const placementsInPeriod = sql<number>`employer_placements_in_period(${employerAgreements.employerId}, ${employerAgreements.periodStart}, ${employerAgreements.periodEnd})`;

export async function listAgreements(db: Db, employerId: string, agreementId?: string) {
  const where = agreementId
    ? and(eq(employerAgreements.employerId, employerId), eq(employerAgreements.id, agreementId))
    : eq(employerAgreements.employerId, employerId);
  const rows = await db
    .select({ agreement: employerAgreements, placements: placementsInPeriod })
    .from(employerAgreements)
    .where(where)
    .orderBy(desc(employerAgreements.periodStart), desc(employerAgreements.createdAt), asc(employerAgreements.id));
  const organisations = await organisationNames(
    db,
    rows.map((r) => r.agreement.organisationId),
  );
  return rows.map((r) => ({ ...r, organisationName: organisations.get(r.agreement.organisationId) ?? '' }));
}

export async function insertAgreement(db: Db, row: typeof employerAgreements.$inferInsert): Promise<void> {
  await db.insert(employerAgreements).values(row);
}

/** True when the database refused a row because a unique index already holds the value. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const pgErr = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (pgErr.code === '23505')
      return !constraint || pgErr.constraint === constraint || (typeof pgErr.message === 'string' && pgErr.message.includes(constraint));
  }
  return false;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
