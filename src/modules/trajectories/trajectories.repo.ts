import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../kernel/errors.ts';
import { assignmentClients, instruments, providerAssignments, trajectories, trajectoryProgressReports } from './trajectories.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { ladderAssessments } from '../ladder/ladder.schema.ts';
import type { TrajectoryGroup } from './trajectories.rules.ts';

/*
 * Every query repeats the row-level-security predicate of migrations/0007 for the organisation it runs
 * for, so it stays tenant-scoped (and uses the indexes) even where the policy is wider: a provider sees a
 * trajectory it runs only while the client is assigned to it, although the policy shows it regardless.
 */

export type InstrumentRow = typeof instruments.$inferSelect;
export type AssignmentRow = typeof providerAssignments.$inferSelect;

// Instruments ---------------------------------------------------------------------------------------

export async function listInstruments(db: Db, organisationId: string, includeInactive: boolean): Promise<InstrumentRow[]> {
  const where = includeInactive
    ? eq(instruments.organisationId, organisationId)
    : and(eq(instruments.organisationId, organisationId), eq(instruments.active, true));
  return db.select().from(instruments).where(where).orderBy(asc(instruments.name), asc(instruments.id));
}

/** Any organisation's instrument (the catalogue is not personal data); the caller checks the owner. */
export async function findInstrument(db: Db, id: string): Promise<InstrumentRow | null> {
  return (await db.select().from(instruments).where(eq(instruments.id, id)))[0] ?? null;
}

function duplicateInstrument(err: unknown): unknown {
  if (isUniqueViolation(err, 'instruments_organisation_name_key')) {
    return new AppError('conflict', 'Er staat al een instrument met deze naam in de catalogus van uw organisatie.', [
      { name: 'name', code: 'duplicate', reason: 'Deze naam is al in gebruik.' },
    ]);
  }
  return err;
}

export async function insertInstrument(db: Db, row: typeof instruments.$inferInsert): Promise<void> {
  try {
    await db.insert(instruments).values(row);
  } catch (err) {
    throw duplicateInstrument(err);
  }
}

export async function updateInstrument(
  db: Db,
  id: string,
  organisationId: string,
  patch: Partial<typeof instruments.$inferInsert>,
): Promise<void> {
  try {
    await db
      .update(instruments)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(instruments.id, id), eq(instruments.organisationId, organisationId)));
  } catch (err) {
    throw duplicateInstrument(err);
  }
}

// Clients and the ladder ----------------------------------------------------------------------------

/** The client is assigned to the organisation as provider (by the owning municipality) right now. */
function activelyAssigned(
  clientId: SQL | typeof clients.id | typeof trajectories.clientId,
  organisationId: string,
  ownerOrganisationId?: SQL | typeof trajectories.organisationId,
): SQL {
  return sql`EXISTS (SELECT 1 FROM ${assignmentClients} ac WHERE ac.client_id = ${clientId} AND ac.provider_organisation_id = ${organisationId} AND ac.ended_at IS NULL${
    ownerOrganisationId ? sql` AND ac.organisation_id = ${ownerOrganisationId}` : sql``
  })`;
}

export interface ClientRef {
  id: string;
  organisationId: string;
  bsn: string;
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
}

const clientRefColumns = {
  id: clients.id,
  organisationId: clients.organisationId,
  bsn: clients.bsn,
  firstName: clients.firstName,
  surnamePrefix: clients.surnamePrefix,
  surname: clients.surname,
};

/** The rung of the latest ladder assessment on or before the date; null if there is none. */
export async function rungOn(db: Db, clientId: string, date: string): Promise<number | null> {
  const rows = await db
    .select({ rung: ladderAssessments.rung })
    .from(ladderAssessments)
    .where(and(eq(ladderAssessments.clientId, clientId), lte(ladderAssessments.assessedOn, date)))
    .orderBy(desc(ladderAssessments.assessedOn), desc(ladderAssessments.createdAt))
    .limit(1);
  return rows[0]?.rung ?? null;
}

// Trajectories --------------------------------------------------------------------------------------

const owner = alias(organisations, 'owner_org');
const provider = alias(organisations, 'provider_org');

/** Owned by the organisation, or run by it as provider while the client is assigned to it. */
function trajectoryVisibleTo(organisationId: string): SQL {
  return or(
    eq(trajectories.organisationId, organisationId),
    and(
      eq(trajectories.providerOrganisationId, organisationId),
      activelyAssigned(trajectories.clientId, organisationId, trajectories.organisationId),
    ),
  )!;
}

function trajectoryQuery(db: Db) {
  return db
    .select({
      trajectory: trajectories,
      client: clientRefColumns,
      organisationName: owner.name,
      instrument: { id: instruments.id, name: instruments.name, kind: instruments.kind, cbsCategory: instruments.cbsCategory },
      providerName: provider.name,
    })
    .from(trajectories)
    .innerJoin(clients, eq(clients.id, trajectories.clientId))
    .innerJoin(owner, eq(owner.id, trajectories.organisationId))
    .innerJoin(instruments, eq(instruments.id, trajectories.instrumentId))
    .leftJoin(provider, eq(provider.id, trajectories.providerOrganisationId));
}
export type TrajectoryDetailRow = Awaited<ReturnType<ReturnType<typeof trajectoryQuery>['execute']>>[number];

export async function findTrajectory(db: Db, organisationId: string, id: string): Promise<TrajectoryDetailRow | null> {
  return (await trajectoryQuery(db).where(and(eq(trajectories.id, id), trajectoryVisibleTo(organisationId))))[0] ?? null;
}

export async function listClientTrajectories(db: Db, organisationId: string, clientId: string): Promise<TrajectoryDetailRow[]> {
  return trajectoryQuery(db)
    .where(and(eq(trajectories.clientId, clientId), trajectoryVisibleTo(organisationId)))
    .orderBy(desc(trajectories.startDate), desc(trajectories.createdAt), asc(trajectories.id));
}

export async function listTrajectories(
  db: Db,
  organisationId: string,
  f: { status?: string; page: number; pageSize: number },
): Promise<{ rows: TrajectoryDetailRow[]; total: number }> {
  const where = and(trajectoryVisibleTo(organisationId), f.status ? eq(trajectories.status, f.status) : undefined);
  // The client join stays in the count, so it counts exactly the rows the page can show.
  const [totalRow] = await db
    .select({ n: count() })
    .from(trajectories)
    .innerJoin(clients, eq(clients.id, trajectories.clientId))
    .where(where);
  const rows = await trajectoryQuery(db)
    .where(where)
    .orderBy(desc(trajectories.startDate), desc(trajectories.createdAt), asc(trajectories.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function insertTrajectory(db: Db, row: typeof trajectories.$inferInsert): Promise<void> {
  await db.insert(trajectories).values(row);
}

/** Closes a running trajectory of the organisation; false when it is no longer running (closed meanwhile). */
export async function closeTrajectory(
  db: Db,
  id: string,
  organisationId: string,
  fields: Pick<
    typeof trajectories.$inferInsert,
    'endDate' | 'outcome' | 'outcomeHours' | 'outcomeContractType' | 'outcomeReason' | 'rungAfter' | 'closedById'
  >,
): Promise<boolean> {
  const rows = await db
    .update(trajectories)
    .set({ ...fields, status: 'closed', closedAt: new Date(), version: sql`${trajectories.version} + 1` })
    .where(and(eq(trajectories.id, id), eq(trajectories.organisationId, organisationId), eq(trajectories.status, 'running')))
    .returning({ id: trajectories.id });
  return rows.length === 1;
}

/** Sets the cost; row-level security limits it to the current organisation's trajectories. */
/** Whether the trajectory belongs to the transaction's organisation (whatever its status). */
export async function ownTrajectoryExists(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(eq(trajectories.id, id), sql`${trajectories.organisationId} = app_current_organisation()`));
  return rows.length === 1;
}

/** Only a running trajectory's cost changes; a concurrent close makes this update find no row (re-checked under the row lock). */
export async function setTrajectoryCost(db: Db, id: string, costCents: number): Promise<boolean> {
  const rows = await db
    .update(trajectories)
    .set({ costCents, version: sql`${trajectories.version} + 1` })
    .where(and(eq(trajectories.id, id), eq(trajectories.status, 'running')))
    .returning({ id: trajectories.id });
  return rows.length === 1;
}

// Progress reports ----------------------------------------------------------------------------------

const authorOrg = alias(organisations, 'author_org');

function progressQuery(db: Db) {
  return db
    .select({ report: trajectoryProgressReports, authorName: users.name, authorOrganisationName: authorOrg.name })
    .from(trajectoryProgressReports)
    .innerJoin(users, eq(users.id, trajectoryProgressReports.authorId))
    .innerJoin(authorOrg, eq(authorOrg.id, trajectoryProgressReports.authorOrganisationId));
}
export type ProgressRow = Awaited<ReturnType<ReturnType<typeof progressQuery>['execute']>>[number];

/** Newest first. */
export async function listProgress(db: Db, trajectoryId: string): Promise<ProgressRow[]> {
  return progressQuery(db)
    .where(eq(trajectoryProgressReports.trajectoryId, trajectoryId))
    .orderBy(desc(trajectoryProgressReports.reportedOn), desc(trajectoryProgressReports.createdAt), asc(trajectoryProgressReports.id));
}

export async function findProgress(db: Db, id: string): Promise<ProgressRow | null> {
  return (await progressQuery(db).where(eq(trajectoryProgressReports.id, id)))[0] ?? null;
}

export async function insertProgress(db: Db, row: typeof trajectoryProgressReports.$inferInsert): Promise<void> {
  await db.insert(trajectoryProgressReports).values(row);
}

// Provider assignments ------------------------------------------------------------------------------

function assignmentVisibleTo(organisationId: string): SQL {
  return or(eq(providerAssignments.organisationId, organisationId), eq(providerAssignments.providerOrganisationId, organisationId))!;
}

function assignmentQuery(db: Db) {
  return db
    .select({ assignment: providerAssignments, organisationName: owner.name, providerName: provider.name })
    .from(providerAssignments)
    .innerJoin(owner, eq(owner.id, providerAssignments.organisationId))
    .innerJoin(provider, eq(provider.id, providerAssignments.providerOrganisationId));
}
export type AssignmentDetailRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['execute']>>[number];

/** Given (as municipality) and received (as provider), newest period first. */
export async function listAssignments(db: Db, organisationId: string): Promise<AssignmentDetailRow[]> {
  return assignmentQuery(db)
    .where(assignmentVisibleTo(organisationId))
    .orderBy(desc(providerAssignments.periodStart), asc(providerAssignments.name), asc(providerAssignments.id));
}

export async function findAssignment(db: Db, organisationId: string, id: string): Promise<AssignmentDetailRow | null> {
  return (await assignmentQuery(db).where(and(eq(providerAssignments.id, id), assignmentVisibleTo(organisationId))))[0] ?? null;
}

export async function insertAssignment(db: Db, row: typeof providerAssignments.$inferInsert): Promise<void> {
  await db.insert(providerAssignments).values(row);
}

/**
 * Trajectories run under the assignments, grouped by status and outcome. Every trajectory under an
 * assignment has the assignment's provider, so the municipality and the provider count the same rows.
 */
export async function assignmentTrajectoryGroups(db: Db, assignmentIds: string[]): Promise<Map<string, TrajectoryGroup[]>> {
  const out = new Map<string, TrajectoryGroup[]>();
  if (assignmentIds.length === 0) return out;
  const rows = await db
    .select({
      assignmentId: trajectories.assignmentId,
      status: trajectories.status,
      outcome: trajectories.outcome,
      count: count(),
      costCents: sql<string>`coalesce(sum(${trajectories.costCents}), 0)`,
    })
    .from(trajectories)
    .where(inArray(trajectories.assignmentId, assignmentIds))
    .groupBy(trajectories.assignmentId, trajectories.status, trajectories.outcome);
  for (const r of rows) {
    const list = out.get(r.assignmentId!) ?? [];
    list.push({ status: r.status, outcome: r.outcome, count: Number(r.count), costCents: Number(r.costCents) });
    out.set(r.assignmentId!, list);
  }
  return out;
}

export async function activeClientCounts(db: Db, assignmentIds: string[]): Promise<Map<string, number>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await db
    .select({ assignmentId: assignmentClients.assignmentId, n: count() })
    .from(assignmentClients)
    .where(and(inArray(assignmentClients.assignmentId, assignmentIds), isNull(assignmentClients.endedAt)))
    .groupBy(assignmentClients.assignmentId);
  return new Map(rows.map((r) => [r.assignmentId, Number(r.n)]));
}

/** The assignment's client rows with the client's name (row-level security hides files the caller may not see). */
export async function listAssignmentClients(db: Db, assignmentId: string, activeOnly: boolean) {
  return db
    .select({ row: assignmentClients, client: clientRefColumns })
    .from(assignmentClients)
    .innerJoin(clients, eq(clients.id, assignmentClients.clientId))
    .where(and(eq(assignmentClients.assignmentId, assignmentId), activeOnly ? isNull(assignmentClients.endedAt) : undefined))
    .orderBy(asc(assignmentClients.assignedAt), asc(assignmentClients.id));
}
export type AssignmentClientRow = Awaited<ReturnType<typeof listAssignmentClients>>[number];

/** The client's rows in the assignment, newest first (the active one, if any, comes first). */
export async function assignmentRowsOf(db: Db, assignmentId: string, clientId: string) {
  return db
    .select()
    .from(assignmentClients)
    .where(and(eq(assignmentClients.assignmentId, assignmentId), eq(assignmentClients.clientId, clientId)))
    .orderBy(sql`${assignmentClients.endedAt} IS NULL DESC`, desc(assignmentClients.assignedAt));
}

export async function findAssignmentClient(db: Db, id: string): Promise<AssignmentClientRow | null> {
  return (
    (
      await db
        .select({ row: assignmentClients, client: clientRefColumns })
        .from(assignmentClients)
        .innerJoin(clients, eq(clients.id, assignmentClients.clientId))
        .where(eq(assignmentClients.id, id))
    )[0] ?? null
  );
}

export async function insertAssignmentClient(db: Db, row: typeof assignmentClients.$inferInsert): Promise<void> {
  try {
    await db.insert(assignmentClients).values(row);
  } catch (err) {
    if (isUniqueViolation(err, 'assignment_clients_active_key')) {
      throw new AppError('conflict', 'Deze cliënt is al aan deze opdracht toegewezen.', [
        { name: 'clientId', code: 'already_assigned', reason: 'Al toegewezen aan deze opdracht.' },
      ]);
    }
    throw err;
  }
}

/** Ends an active assignment row of the organisation; false when it had ended already. */
export async function endAssignmentClient(db: Db, id: string, organisationId: string): Promise<boolean> {
  const rows = await db
    .update(assignmentClients)
    .set({ endedAt: new Date() })
    .where(and(eq(assignmentClients.id, id), eq(assignmentClients.organisationId, organisationId), isNull(assignmentClients.endedAt)))
    .returning({ id: assignmentClients.id });
  return rows.length === 1;
}

// Task rules ---------------------------------------------------------------------------------------

/**
 * The organisation's running trajectories whose planned end lies before `today`, with the client's
 * klantmanager while that account is active (null: the team gets the task). Only files the tenant may see.
 */
export async function runningPastPlannedEnd(db: Db, organisationId: string, today: string) {
  const rows = await queryRows<{ id: string; client_id: string; planned_end: string; klantmanager: string | null }>(
    db,
    sql`SELECT t.id, t.client_id, t.planned_end_date::text AS planned_end,
          CASE WHEN u.active THEN c.case_manager_id END AS klantmanager
        FROM ${trajectories} t
        JOIN ${clients} c ON c.id = t.client_id
        LEFT JOIN ${users} u ON u.id = c.case_manager_id
        WHERE t.organisation_id = ${organisationId} AND t.status = 'running' AND t.planned_end_date < ${today}::date`,
  );
  return rows.map((r) => ({ trajectoryId: r.id, clientId: r.client_id, plannedEndDate: r.planned_end, klantmanagerId: r.klantmanager }));
}
