import { and, asc, eq, inArray, desc, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { candidateProposals, placementChecks } from './placements.schema.ts';
import { vacancies } from '../vacancies/vacancies.schema.ts';
import { employers } from '../employers/employers.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';

export type ProposalRow = typeof candidateProposals.$inferSelect;
export type ProposalInsert = typeof candidateProposals.$inferInsert;
export type CheckRow = typeof placementChecks.$inferSelect;

/**
 * A proposal with what the current tenant may see around it: row-level security hides the vacancy
 * (no longer visible) or the client file (consent withdrawn), which then come back as null.
 */
function detailQuery(db: Db) {
  return db
    .select({
      proposal: candidateProposals,
      organisationName: organisations.name,
      proposedByName: users.name,
      vacancyTitle: vacancies.title,
      employerName: employers.name,
      client: {
        organisationId: clients.organisationId,
        bsn: clients.bsn,
        firstName: clients.firstName,
        surnamePrefix: clients.surnamePrefix,
        surname: clients.surname,
      },
    })
    .from(candidateProposals)
    .innerJoin(organisations, eq(organisations.id, candidateProposals.organisationId))
    .innerJoin(users, eq(users.id, candidateProposals.proposedById))
    .leftJoin(vacancies, eq(vacancies.id, candidateProposals.vacancyId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(clients, eq(clients.id, candidateProposals.clientId));
}
export type ProposalDetailRow = Awaited<ReturnType<ReturnType<typeof detailQuery>['execute']>>[number];

export async function findProposal(db: Db, id: string): Promise<ProposalDetailRow | null> {
  return (await detailQuery(db).where(eq(candidateProposals.id, id)))[0] ?? null;
}

/** The proposals for a vacancy that the current tenant may see: its own (row-level security). */
export async function listProposalsForVacancy(db: Db, vacancyId: string, organisationId: string): Promise<ProposalDetailRow[]> {
  return detailQuery(db)
    .where(and(eq(candidateProposals.vacancyId, vacancyId), eq(candidateProposals.organisationId, organisationId)))
    .orderBy(asc(candidateProposals.proposedAt), asc(candidateProposals.id));
}

export async function insertProposal(db: Db, row: ProposalInsert): Promise<void> {
  await db.insert(candidateProposals).values(row);
}

/** Updates only while the status is still the one the caller saw (two outcomes at once: one wins); returns whether it did. */
export async function updateProposal(
  db: Db,
  id: string,
  organisationId: string,
  expectedStatus: string,
  patch: Partial<ProposalInsert>,
): Promise<boolean> {
  const rows = await db
    .update(candidateProposals)
    .set({ ...patch, updatedAt: new Date() })
    .where(
      and(
        eq(candidateProposals.id, id),
        eq(candidateProposals.organisationId, organisationId),
        eq(candidateProposals.status, expectedStatus),
      ),
    )
    .returning({ id: candidateProposals.id });
  return rows.length === 1;
}

/** Placed proposals for a vacancy made by one organisation (run in that organisation's tenant context). */
export async function listOrganisations(db: Db, region?: string): Promise<{ id: string; name: string; region: string | null }[]> {
  const q = db.select({ id: organisations.id, name: organisations.name, region: organisations.region }).from(organisations);
  return (region ? q.where(eq(organisations.region, region)) : q).orderBy(asc(organisations.name), asc(organisations.id));
}

// Checks at 6 and 12 months ------------------------------------------------------------------------

export async function listChecks(db: Db, proposalIds: string[]): Promise<CheckRow[]> {
  if (proposalIds.length === 0) return [];
  return db.select().from(placementChecks).where(inArray(placementChecks.proposalId, proposalIds)).orderBy(asc(placementChecks.months));
}

export async function findCheck(db: Db, proposalId: string, months: number): Promise<CheckRow | null> {
  return (
    (
      await db
        .select()
        .from(placementChecks)
        .where(and(eq(placementChecks.proposalId, proposalId), eq(placementChecks.months, months)))
    )[0] ?? null
  );
}

export async function insertCheck(db: Db, row: typeof placementChecks.$inferInsert): Promise<void> {
  await db.insert(placementChecks).values(row);
}

/**
 * The organisation's placements that started on or before `latestStart` and miss a 6- or 12-month check,
 * with the checks they have (the placement-check task rule). Only placements whose client file the
 * organisation still sees (row-level security on clients); the proposer's id while their account is active.
 */
export async function placementsAwaitingChecks(db: Db, organisationId: string, latestStart: string) {
  const rows = await queryRows<{ id: string; client_id: string; start: string; proposer: string | null; checked: number[] | null }>(
    db,
    sql`SELECT p.id, p.client_id, p.placed_start_date::text AS start,
          CASE WHEN u.active THEN p.proposed_by_id END AS proposer,
          array_remove(array_agg(c.months ORDER BY c.months), NULL) AS checked
        FROM ${candidateProposals} p
        JOIN ${users} u ON u.id = p.proposed_by_id
        LEFT JOIN ${placementChecks} c ON c.proposal_id = p.id
        WHERE p.organisation_id = ${organisationId} AND p.status = 'placed' AND p.placed_start_date IS NOT NULL
          AND p.placed_start_date <= ${latestStart}::date
          AND EXISTS (SELECT 1 FROM ${clients} cl WHERE cl.id = p.client_id)
        GROUP BY p.id, u.active
        HAVING count(c.id) < 2`,
  );
  return rows.map((r) => ({
    proposalId: r.id,
    clientId: r.client_id,
    startDate: r.start,
    klantmanagerId: r.proposer,
    checkedMonths: (r.checked ?? []).map(Number),
  }));
}

// Employer portal ------------------------------------------------------------------------------------

/** Proposals made to this employer organisation (row-level security: employer_organisation_id). */
export async function listPortalProposals(db: Db, employerOrganisationId: string) {
  return db
    .select({ proposal: candidateProposals, vacancyTitle: vacancies.title })
    .from(candidateProposals)
    .leftJoin(vacancies, eq(vacancies.id, candidateProposals.vacancyId))
    .where(eq(candidateProposals.employerOrganisationId, employerOrganisationId))
    .orderBy(desc(candidateProposals.proposedAt), asc(candidateProposals.id));
}

/** The few client fields the portal may show, for clients the current tenant (the proposer) may see. */
/**
 * The candidate fields the employer portal may show, for proposals made to the calling employer organisation
 * (database function, migration 0010): name and contact only after the introduction consent; the BSN for the
 * processing log only.
 */
export async function portalCandidateFields(db: Db, proposalIds: string[]) {
  if (proposalIds.length === 0) return [];
  const rows = await queryRows<{
    proposal_id: string;
    bsn: string;
    first_name: string | null;
    surname_prefix: string | null;
    surname: string | null;
    email: string | null;
    phone: string | null;
    hours_available: number;
    education_level: string;
    city: string;
  }>(db, sql`SELECT * FROM employer_portal_candidates(${`{${proposalIds.join(',')}}`}::uuid[])`);
  return rows.map((r) => ({
    proposalId: r.proposal_id,
    bsn: r.bsn,
    firstName: r.first_name ?? '',
    surnamePrefix: r.surname_prefix,
    surname: r.surname ?? '',
    email: r.email,
    phone: r.phone,
    hoursAvailable: Number(r.hours_available),
    educationLevel: r.education_level,
    city: r.city,
  }));
}

/** Locks a vacancy we hold a proposal for (its owner may be another partner): database function, migration 0010. */
export async function lockVacancyForPlacement(db: Db, vacancyId: string): Promise<{ status: string; positions: number } | null> {
  const [row] = await queryRows<{ status: string; positions: number }>(
    db,
    sql`SELECT status, positions FROM vacancy_lock_for_placement(${vacancyId}::uuid)`,
  );
  return row ? { status: row.status, positions: Number(row.positions) } : null;
}

/** Fills the vacancy when the placements of all partners take every position; true when it did. */
export async function fillVacancyIfComplete(db: Db, vacancyId: string): Promise<boolean> {
  const [row] = await queryRows<{ filled: boolean }>(db, sql`SELECT vacancy_fill_if_complete(${vacancyId}::uuid) AS filled`);
  return row?.filled === true;
}

/** True when the database refused a row because a unique index already holds the value. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
