import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { clients } from '../clients/clients.schema.ts';
import { instruments, trajectories } from '../trajectories/trajectories.schema.ts';
import {
  prbAdvisors,
  prbCommitments,
  prbCostLines,
  prbDecisions,
  prbInvoices,
  prbParticipants,
  prbProgrammes,
  prbProposals,
} from './prb.schema.ts';

export type ProgrammeRow = typeof prbProgrammes.$inferSelect;
export type ParticipantRow = typeof prbParticipants.$inferSelect;
export type ProposalRow = typeof prbProposals.$inferSelect;
export type CostLineRow = typeof prbCostLines.$inferSelect;
export type CommitmentRow = typeof prbCommitments.$inferSelect;
export type DecisionRow = typeof prbDecisions.$inferSelect;

/**
 * The row-level-security predicate repeated in the queries: the municipality that owns the programme, or
 * an advisor of the programme (app_is_prb_advisor compares with app.user_id).
 */
function visible(organisationColumn: AnyPgColumn, programmeColumn: AnyPgColumn, organisationId: string): SQL {
  return or(eq(organisationColumn, organisationId), sql`app_is_prb_advisor(${programmeColumn})`)!;
}

// Programmes -----------------------------------------------------------------------------------------

const programmeColumns = {
  programme: prbProgrammes,
  organisationName: organisations.name,
  instrumentName: instruments.name,
};
export type ProgrammeDetailRow = { programme: ProgrammeRow; organisationName: string; instrumentName: string | null };

function programmeQuery(db: Db) {
  return db
    .select(programmeColumns)
    .from(prbProgrammes)
    .innerJoin(organisations, eq(organisations.id, prbProgrammes.organisationId))
    .leftJoin(instruments, eq(instruments.id, prbProgrammes.instrumentId));
}

export async function listProgrammes(db: Db, organisationId: string): Promise<ProgrammeDetailRow[]> {
  return programmeQuery(db)
    .where(visible(prbProgrammes.organisationId, prbProgrammes.id, organisationId))
    .orderBy(desc(prbProgrammes.periodStart), asc(prbProgrammes.name));
}

export async function findProgramme(db: Db, id: string): Promise<ProgrammeDetailRow | null> {
  return (await programmeQuery(db).where(eq(prbProgrammes.id, id)))[0] ?? null;
}

export async function programmeNameTaken(db: Db, organisationId: string, name: string): Promise<boolean> {
  const rows = await db
    .select({ id: prbProgrammes.id })
    .from(prbProgrammes)
    .where(and(eq(prbProgrammes.organisationId, organisationId), eq(prbProgrammes.name, name)));
  return rows.length > 0;
}

export async function insertProgramme(db: Db, row: typeof prbProgrammes.$inferInsert): Promise<void> {
  await db.insert(prbProgrammes).values(row);
}

/**
 * Takes one place in the cohort, or none when it is full: a conditional update, so concurrent admissions
 * cannot overfill it (the CHECK admitted_count ≤ cohort_size backs this up).
 */
export async function takeCohortPlace(
  db: Db,
  programmeId: string,
  organisationId: string,
): Promise<{ admittedCount: number; cohortSize: number } | null> {
  const rows = await db
    .update(prbProgrammes)
    .set({ admittedCount: sql`${prbProgrammes.admittedCount} + 1` })
    .where(
      and(
        eq(prbProgrammes.id, programmeId),
        eq(prbProgrammes.organisationId, organisationId),
        sql`${prbProgrammes.admittedCount} < ${prbProgrammes.cohortSize}`,
      ),
    )
    .returning({ admittedCount: prbProgrammes.admittedCount, cohortSize: prbProgrammes.cohortSize });
  return rows[0] ?? null;
}

/** The organisation's instruments of kind 'prb', active ones first. */
export async function findPrbInstrument(db: Db, organisationId: string, id?: string) {
  const rows = await db
    .select({
      id: instruments.id,
      name: instruments.name,
      kind: instruments.kind,
      active: instruments.active,
      organisationId: instruments.organisationId,
    })
    .from(instruments)
    .where(
      id
        ? and(eq(instruments.id, id), eq(instruments.organisationId, organisationId))
        : and(eq(instruments.organisationId, organisationId), eq(instruments.kind, 'prb')),
    )
    .orderBy(desc(instruments.active), asc(instruments.createdAt));
  return rows[0] ?? null;
}

/** Creates the organisation's PRB catalogue instrument unless one of that name exists; returns the row of that name. */
export async function ensureInstrument(db: Db, row: { id: string; organisationId: string; name: string; description: string }) {
  await db
    .insert(instruments)
    .values({ ...row, kind: 'prb', cbsCategory: null, active: true })
    .onConflictDoNothing({ target: [instruments.organisationId, instruments.name] });
  const [found] = await db
    .select({ id: instruments.id, kind: instruments.kind, active: instruments.active })
    .from(instruments)
    .where(and(eq(instruments.organisationId, row.organisationId), eq(instruments.name, row.name)));
  return found ?? null;
}

/** Participant totals per programme (admitted, committed, paid). */
export async function programmeMoney(
  db: Db,
  programmeIds: string[],
): Promise<Map<string, { admitted: number; committedCents: number; paidCents: number }>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await db
    .select({
      programmeId: prbParticipants.programmeId,
      admitted: sql<number>`count(*)::int`,
      committedCents: sql<number>`coalesce(sum(${prbParticipants.committedCents}), 0)::bigint`,
      paidCents: sql<number>`coalesce(sum(${prbParticipants.paidCents}), 0)::bigint`,
    })
    .from(prbParticipants)
    .where(inArray(prbParticipants.programmeId, programmeIds))
    .groupBy(prbParticipants.programmeId);
  return new Map(
    rows.map((r) => [
      r.programmeId,
      { admitted: Number(r.admitted), committedCents: Number(r.committedCents), paidCents: Number(r.paidCents) },
    ]),
  );
}

/** Trajectory outcomes of a programme's participants (run as the owning municipality: trajectories are its rows). */
export async function programmeOutcomes(
  db: Db,
  programmeId: string,
): Promise<{ running: number; closed: number; closedWithWork: number; droppedOut: number }> {
  const [row] = await db
    .select({
      running: sql<number>`count(*) FILTER (WHERE ${trajectories.status} = 'running')::int`,
      closed: sql<number>`count(*) FILTER (WHERE ${trajectories.status} = 'closed')::int`,
      closedWithWork: sql<number>`count(*) FILTER (WHERE ${trajectories.status} = 'closed' AND ${trajectories.outcome} = 'work')::int`,
      droppedOut: sql<number>`count(*) FILTER (WHERE ${trajectories.status} = 'closed' AND ${trajectories.outcome} = 'dropped_out')::int`,
    })
    .from(prbParticipants)
    .innerJoin(trajectories, eq(trajectories.id, prbParticipants.trajectoryId))
    .where(eq(prbParticipants.programmeId, programmeId));
  return {
    running: Number(row?.running ?? 0),
    closed: Number(row?.closed ?? 0),
    closedWithWork: Number(row?.closedWithWork ?? 0),
    droppedOut: Number(row?.droppedOut ?? 0),
  };
}

// Advisors -------------------------------------------------------------------------------------------

export async function listAdvisors(db: Db, programmeId: string) {
  return db
    .select({
      userId: prbAdvisors.userId,
      name: users.name,
      email: users.email,
      organisationId: prbAdvisors.organisationId,
      organisationName: organisations.name,
      addedAt: prbAdvisors.addedAt,
    })
    .from(prbAdvisors)
    .innerJoin(users, eq(users.id, prbAdvisors.userId))
    .innerJoin(organisations, eq(organisations.id, prbAdvisors.organisationId))
    .where(eq(prbAdvisors.programmeId, programmeId))
    .orderBy(asc(users.name), asc(prbAdvisors.userId));
}

/** The programmes (of those given) that the user advises. */
export async function advisedProgrammes(db: Db, userId: string, programmeIds: string[]): Promise<Set<string>> {
  if (programmeIds.length === 0) return new Set();
  const rows = await db
    .select({ programmeId: prbAdvisors.programmeId })
    .from(prbAdvisors)
    .where(and(eq(prbAdvisors.userId, userId), inArray(prbAdvisors.programmeId, programmeIds)));
  return new Set(rows.map((r) => r.programmeId));
}

/** Adds an advisor; false when the user already advises this programme. */
export async function insertAdvisor(db: Db, row: typeof prbAdvisors.$inferInsert): Promise<boolean> {
  const rows = await db.insert(prbAdvisors).values(row).onConflictDoNothing().returning({ userId: prbAdvisors.userId });
  return rows.length === 1;
}

// Participants ---------------------------------------------------------------------------------------

const advisorUser = alias(users, 'advisor_user');
const admittedByUser = alias(users, 'admitted_by_user');

function participantQuery(db: Db) {
  return db
    .select({
      participant: prbParticipants,
      programmeName: prbProgrammes.name,
      organisationName: organisations.name,
      advisorName: advisorUser.name,
      admittedByName: admittedByUser.name,
    })
    .from(prbParticipants)
    .innerJoin(prbProgrammes, eq(prbProgrammes.id, prbParticipants.programmeId))
    .innerJoin(organisations, eq(organisations.id, prbParticipants.organisationId))
    .innerJoin(admittedByUser, eq(admittedByUser.id, prbParticipants.admittedById))
    .leftJoin(advisorUser, eq(advisorUser.id, prbParticipants.advisorId));
}
export type ParticipantDetailRow = Awaited<ReturnType<ReturnType<typeof participantQuery>['execute']>>[number];

export async function findParticipant(db: Db, id: string): Promise<ParticipantDetailRow | null> {
  return (await participantQuery(db).where(eq(prbParticipants.id, id)))[0] ?? null;
}

export async function listParticipantsOfProgramme(db: Db, programmeId: string, organisationId: string): Promise<ParticipantDetailRow[]> {
  return participantQuery(db)
    .where(
      and(
        eq(prbParticipants.programmeId, programmeId),
        visible(prbParticipants.organisationId, prbParticipants.programmeId, organisationId),
      ),
    )
    .orderBy(asc(prbParticipants.clientDisplayName), asc(prbParticipants.id));
}

/** The participations of one client file (the client portal), in the organisation that owns the file. */
export async function listParticipantsOfClient(db: Db, clientId: string, organisationId: string): Promise<ParticipantDetailRow[]> {
  return participantQuery(db)
    .where(and(eq(prbParticipants.clientId, clientId), eq(prbParticipants.organisationId, organisationId)))
    .orderBy(desc(prbParticipants.admittedOn), asc(prbParticipants.id));
}

export async function participantOfClient(db: Db, programmeId: string, clientId: string): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: prbParticipants.id })
    .from(prbParticipants)
    .where(and(eq(prbParticipants.programmeId, programmeId), eq(prbParticipants.clientId, clientId)));
  return row ?? null;
}

export async function insertParticipant(db: Db, row: typeof prbParticipants.$inferInsert): Promise<void> {
  await db.insert(prbParticipants).values(row);
}

export interface BudgetRow {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
}
const budgetColumns = {
  budgetCents: prbParticipants.budgetCents,
  committedCents: prbParticipants.committedCents,
  paidCents: prbParticipants.paidCents,
};

export async function findBudget(db: Db, participantId: string): Promise<BudgetRow | null> {
  return (await db.select(budgetColumns).from(prbParticipants).where(eq(prbParticipants.id, participantId)))[0] ?? null;
}

export async function budgetsOf(db: Db, participantIds: string[]): Promise<Map<string, BudgetRow>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .select({ id: prbParticipants.id, ...budgetColumns })
    .from(prbParticipants)
    .where(inArray(prbParticipants.id, participantIds));
  return new Map(rows.map(({ id, ...b }) => [id, b]));
}

/**
 * Commits an approved amount: a conditional update that succeeds only while committed + amount stays within
 * the budget. On PostgreSQL a concurrent approval waits for the row lock and then re-checks the condition
 * against the committed value it finds, so concurrent approvals can never overshoot; the CHECK
 * committed_cents ≤ budget_cents backs this up. Null: the budget is not enough.
 */
export async function commitBudget(db: Db, participantId: string, organisationId: string, amountCents: number): Promise<BudgetRow | null> {
  const rows = await db
    .update(prbParticipants)
    .set({ committedCents: sql`${prbParticipants.committedCents} + ${amountCents}` })
    .where(
      and(
        eq(prbParticipants.id, participantId),
        eq(prbParticipants.organisationId, organisationId),
        sql`${prbParticipants.committedCents} + ${amountCents} <= ${prbParticipants.budgetCents}`,
      ),
    )
    .returning(budgetColumns);
  return rows[0] ?? null;
}

/** Adds a paid invoice to the participant's paid total (never above committed: CHECK paid_cents ≤ committed_cents). */
export async function addPaid(db: Db, participantId: string, organisationId: string, amountCents: number): Promise<BudgetRow | null> {
  const rows = await db
    .update(prbParticipants)
    .set({ paidCents: sql`${prbParticipants.paidCents} + ${amountCents}` })
    .where(
      and(
        eq(prbParticipants.id, participantId),
        eq(prbParticipants.organisationId, organisationId),
        sql`${prbParticipants.paidCents} + ${amountCents} <= ${prbParticipants.committedCents}`,
      ),
    )
    .returning(budgetColumns);
  return rows[0] ?? null;
}

/** BSNs of client files, for the processing log (only files the current tenant may see). */
/**
 * BSNs of participants the tenant owns or advises, for pseudonymised processing-log lines only (never
 * returned to a caller): an advisor of another organisation cannot read the client file itself.
 */
export async function participantBsns(db: Db, participantIds: string[]): Promise<string[]> {
  if (participantIds.length === 0) return [];
  const rows = await queryRows<{ bsn: string }>(
    db,
    sql`SELECT bsn FROM prb_participant_bsns(${`{${[...new Set(participantIds)].join(',')}}`}::uuid[])`,
  );
  return rows.map((r) => r.bsn);
}

export async function clientBsns(db: Db, clientIds: string[]): Promise<string[]> {
  if (clientIds.length === 0) return [];
  const rows = await db
    .select({ bsn: clients.bsn })
    .from(clients)
    .where(inArray(clients.id, [...new Set(clientIds)]));
  return rows.map((r) => r.bsn);
}

/** The trajectories of participants (only those the current tenant may see: the owner's rows). */
export async function trajectoriesOf(db: Db, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return new Map<string, TrajectoryState>();
  const rows = await db
    .select({
      id: trajectories.id,
      status: trajectories.status,
      outcome: trajectories.outcome,
      startDate: trajectories.startDate,
      plannedEndDate: trajectories.plannedEndDate,
      endDate: trajectories.endDate,
    })
    .from(trajectories)
    .where(inArray(trajectories.id, [...new Set(trajectoryIds)]));
  return new Map(rows.map((r) => [r.id, r]));
}
export interface TrajectoryState {
  id: string;
  status: string;
  outcome: string | null;
  startDate: string;
  plannedEndDate: string;
  endDate: string | null;
}

// Proposals ------------------------------------------------------------------------------------------

const createdByUser = alias(users, 'created_by_user');
const decidedByUser = alias(users, 'decided_by_user');

function proposalQuery(db: Db) {
  return db
    .select({ proposal: prbProposals, createdByName: createdByUser.name, decidedByName: decidedByUser.name })
    .from(prbProposals)
    .innerJoin(createdByUser, eq(createdByUser.id, prbProposals.createdById))
    .leftJoin(decidedByUser, eq(decidedByUser.id, prbProposals.decidedById));
}
export type ProposalDetailRow = Awaited<ReturnType<ReturnType<typeof proposalQuery>['execute']>>[number];

export async function findProposal(db: Db, id: string): Promise<ProposalDetailRow | null> {
  return (await proposalQuery(db).where(eq(prbProposals.id, id)))[0] ?? null;
}

export async function listProposals(db: Db, participantIds: string[]): Promise<ProposalDetailRow[]> {
  if (participantIds.length === 0) return [];
  return proposalQuery(db)
    .where(inArray(prbProposals.participantId, participantIds))
    .orderBy(desc(prbProposals.createdAt), desc(prbProposals.id));
}

/** The status of each participant's newest proposal. */
export async function latestProposalStatuses(db: Db, participantIds: string[]): Promise<Map<string, string>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([prbProposals.participantId], { participantId: prbProposals.participantId, status: prbProposals.status })
    .from(prbProposals)
    .where(inArray(prbProposals.participantId, participantIds))
    .orderBy(prbProposals.participantId, desc(prbProposals.createdAt), desc(prbProposals.id));
  return new Map(rows.map((r) => [r.participantId, r.status]));
}

export async function listCostLines(db: Db, proposalIds: string[]): Promise<CostLineRow[]> {
  if (proposalIds.length === 0) return [];
  return db
    .select()
    .from(prbCostLines)
    .where(inArray(prbCostLines.proposalId, proposalIds))
    .orderBy(asc(prbCostLines.proposalId), asc(prbCostLines.position));
}

export async function insertProposal(db: Db, row: typeof prbProposals.$inferInsert): Promise<void> {
  await db.insert(prbProposals).values(row);
}

export async function insertCostLines(db: Db, rows: (typeof prbCostLines.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(prbCostLines).values(rows);
}

export async function deleteCostLines(db: Db, proposalId: string): Promise<void> {
  await db.delete(prbCostLines).where(eq(prbCostLines.proposalId, proposalId));
}

/** New content for a draft or returned proposal, only from the revision the editor saw. */
export async function updateProposalContent(
  db: Db,
  id: string,
  revision: number,
  patch: { goal: string; totalCents: number },
): Promise<boolean> {
  const rows = await db
    .update(prbProposals)
    .set({ ...patch, updatedAt: new Date(), revision: sql`${prbProposals.revision} + 1` })
    .where(and(eq(prbProposals.id, id), eq(prbProposals.revision, revision), inArray(prbProposals.status, ['draft', 'returned'])))
    .returning({ id: prbProposals.id });
  return rows.length === 1;
}

/**
 * Moves a proposal from one of the expected statuses to the next: a conditional update, so of two
 * concurrent changes (two decisions, a decision and an edit) exactly one wins. False: it was not in `from`.
 */
export async function moveProposal(
  db: Db,
  id: string,
  from: readonly string[],
  patch: Partial<typeof prbProposals.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(prbProposals)
    .set({ ...patch, updatedAt: new Date(), revision: sql`${prbProposals.revision} + 1` })
    .where(and(eq(prbProposals.id, id), inArray(prbProposals.status, [...from])))
    .returning({ id: prbProposals.id });
  return rows.length === 1;
}

/**
 * What a decision needs to know about a proposal, in one query: its organisation and participant, the
 * participant's trajectory status and the client's BSN (for the processing log). Null columns: not visible.
 */
export async function decisionContext(db: Db, proposalId: string) {
  const [row] = await db
    .select({
      organisationId: prbProposals.organisationId,
      participantId: prbProposals.participantId,
      trajectoryId: prbParticipants.trajectoryId,
      clientId: prbParticipants.clientId,
      bsn: clients.bsn,
      trajectoryStatus: trajectories.status,
    })
    .from(prbProposals)
    .innerJoin(prbParticipants, eq(prbParticipants.id, prbProposals.participantId))
    .leftJoin(clients, eq(clients.id, prbParticipants.clientId))
    .leftJoin(trajectories, eq(trajectories.id, prbParticipants.trajectoryId))
    .where(eq(prbProposals.id, proposalId));
  return row ?? null;
}

// Decisions (idempotency) ----------------------------------------------------------------------------

export async function findDecision(db: Db, organisationId: string, idempotencyKey: string): Promise<DecisionRow | null> {
  const [row] = await db
    .select()
    .from(prbDecisions)
    .where(and(eq(prbDecisions.organisationId, organisationId), eq(prbDecisions.idempotencyKey, idempotencyKey)));
  return row ?? null;
}

export async function insertDecision(db: Db, row: typeof prbDecisions.$inferInsert): Promise<void> {
  await db.insert(prbDecisions).values(row);
}

// Commitments and invoices ---------------------------------------------------------------------------

export async function insertCommitments(db: Db, rows: (typeof prbCommitments.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(prbCommitments).values(rows);
}

export async function findCommitment(db: Db, id: string): Promise<CommitmentRow | null> {
  return (await db.select().from(prbCommitments).where(eq(prbCommitments.id, id)))[0] ?? null;
}

export async function listCommitments(db: Db, participantIds: string[]): Promise<CommitmentRow[]> {
  if (participantIds.length === 0) return [];
  // In the order of the approvals, and within one approval in the order of the proposal's cost lines.
  const rows = await db
    .select({ commitment: prbCommitments })
    .from(prbCommitments)
    .innerJoin(prbCostLines, eq(prbCostLines.id, prbCommitments.costLineId))
    .where(inArray(prbCommitments.participantId, participantIds))
    .orderBy(asc(prbCommitments.createdAt), asc(prbCommitments.proposalId), asc(prbCostLines.position));
  return rows.map((r) => r.commitment);
}

/** Pays part of a commitment: only while paid + amount stays within it (CHECK paid_cents ≤ amount_cents backs it up). */
export async function payCommitment(db: Db, id: string, organisationId: string, amountCents: number): Promise<CommitmentRow | null> {
  const rows = await db
    .update(prbCommitments)
    .set({ paidCents: sql`${prbCommitments.paidCents} + ${amountCents}` })
    .where(
      and(
        eq(prbCommitments.id, id),
        eq(prbCommitments.organisationId, organisationId),
        sql`${prbCommitments.paidCents} + ${amountCents} <= ${prbCommitments.amountCents}`,
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function insertInvoice(db: Db, row: typeof prbInvoices.$inferInsert): Promise<void> {
  await db.insert(prbInvoices).values(row);
}

export async function listInvoices(db: Db, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return [];
  return db
    .select({ invoice: prbInvoices, recordedByName: users.name })
    .from(prbInvoices)
    .innerJoin(users, eq(users.id, prbInvoices.recordedById))
    .where(inArray(prbInvoices.commitmentId, commitmentIds))
    .orderBy(asc(prbInvoices.invoiceDate), asc(prbInvoices.recordedAt), asc(prbInvoices.id));
}
export type InvoiceDetailRow = Awaited<ReturnType<typeof listInvoices>>[number];

// Task rules ---------------------------------------------------------------------------------------

/**
 * The organisation's proposals awaiting a decision (submitted), with the Amsterdam day and the moment of
 * submission, and the client's klantmanager while that account is active (null: the team decides).
 */
export async function proposalsAwaitingDecision(db: Db, organisationId: string) {
  const rows = await queryRows<{ id: string; client_id: string; submitted_on: string; submitted_ms: string; klantmanager: string | null }>(
    db,
    sql`SELECT p.id, pa.client_id,
          (p.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS submitted_on,
          floor(extract(epoch FROM p.submitted_at) * 1000)::bigint::text AS submitted_ms,
          CASE WHEN u.active THEN c.case_manager_id END AS klantmanager
        FROM ${prbProposals} p
        JOIN ${prbParticipants} pa ON pa.id = p.participant_id
        JOIN ${clients} c ON c.id = pa.client_id
        LEFT JOIN ${users} u ON u.id = c.case_manager_id
        WHERE p.organisation_id = ${organisationId} AND p.status = 'submitted' AND p.submitted_at IS NOT NULL`,
  );
  return rows.map((r) => ({
    proposalId: r.id,
    clientId: r.client_id,
    submittedOn: r.submitted_on,
    submittedMs: r.submitted_ms,
    klantmanagerId: r.klantmanager,
  }));
}
