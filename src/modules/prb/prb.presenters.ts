import { PRB_ACTIVITIES } from './prb.activities.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { hasRole, type Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type {
  PrbCommitment,
  PrbParticipant,
  PrbParticipantSummary,
  PrbProgramme,
  PrbProgrammeSummary,
  PrbProposal,
  PrbProposalInput,
} from './prb.api.ts';
import * as repo from './prb.repo.ts';
import { budgetFigures, type BudgetFigures, type CostCategory, type ProposalStatus } from './prb.rules.ts';
import { advises } from './prb.loaders.ts';
import type { ParticipantDetailRow } from './prb.repo.ts';

const P = PRB_ACTIVITIES;

// Rows → API: the programme, participant and proposal as the API returns them.

export async function programmeDetail(
  tx: Db,
  audit: AuditTrail,
  actor: Actor,
  found: repo.ProgrammeDetailRow,
  trail: Trail,
): Promise<PrbProgramme> {
  const programme = found.programme;
  const advising = await advises(tx, actor, programme.id);
  const owner = programme.organisationId;
  const money = (await repo.programmeMoney(tx, [programme.id])).get(programme.id) ?? { admitted: 0, committedCents: 0, paidCents: 0 };
  const outcomes = await repo.programmeOutcomes(tx, programme.id);
  const advisors = await repo.listAdvisors(tx, programme.id);
  const participantsVisible = advising || (owner === actor.organisationId && hasRole(actor, 'klantmanager'));
  let participants: PrbParticipantSummary[] = [];
  if (participantsVisible) {
    const rows = await repo.listParticipantsOfProgramme(tx, programme.id, actor.organisationId);
    const ids = rows.map((r) => r.participant.id);
    const states = await repo.trajectoriesOf(
      tx,
      rows.map((r) => r.participant.trajectoryId),
    );
    const latest = await repo.latestProposalStatuses(tx, ids);
    participants = rows.map((r) => {
      const p = r.participant;
      const t = states.get(p.trajectoryId);
      return {
        id: p.id,
        clientId: p.clientId,
        clientDisplayName: p.clientDisplayName,
        advisorName: r.advisorName,
        admittedOn: p.admittedOn,
        ...budgetFigures(p),
        trajectoryId: p.trajectoryId,
        trajectoryStatus: (t?.status ?? null) as PrbParticipantSummary['trajectoryStatus'],
        outcome: (t?.outcome ?? null) as PrbParticipantSummary['outcome'],
        latestProposalStatus: (latest.get(p.id) ?? null) as PrbParticipantSummary['latestProposalStatus'],
      };
    });
    await audit.processing(tx, actor, trail, P.prbView, await repo.participantBsns(tx, ids));
  }
  return {
    ...toProgrammeSummary(found, advising),
    counts: { admitted: money.admitted, ...outcomes, committedCents: money.committedCents, paidCents: money.paidCents },
    advisors: advisors.map((a) => ({ ...a, addedAt: a.addedAt.toISOString() })),
    participantsVisible,
    participants,
  };
}

export async function participantDetail(tx: Db, found: ParticipantDetailRow): Promise<PrbParticipant> {
  const p = found.participant;
  const budget = budgetFigures(p);
  const trajectory = (await repo.trajectoriesOf(tx, [p.trajectoryId])).get(p.trajectoryId);
  const proposals = await repo.listProposals(tx, [p.id]);
  const lines = await repo.listCostLines(
    tx,
    proposals.map((r) => r.proposal.id),
  );
  const commitments = await repo.listCommitments(tx, [p.id]);
  const invoices = await repo.listInvoices(
    tx,
    commitments.map((c) => c.id),
  );
  return {
    id: p.id,
    programmeId: p.programmeId,
    programmeName: found.programmeName,
    organisationId: p.organisationId,
    organisationName: found.organisationName,
    clientId: p.clientId,
    clientDisplayName: p.clientDisplayName,
    intakeNote: p.intakeNote,
    admittedByName: found.admittedByName,
    advisorUserId: p.advisorId,
    advisorName: found.advisorName,
    admittedOn: p.admittedOn,
    ...budget,
    trajectoryId: p.trajectoryId,
    trajectoryStatus: (trajectory?.status ?? null) as PrbParticipant['trajectoryStatus'],
    trajectoryStartDate: trajectory?.startDate ?? null,
    trajectoryPlannedEndDate: trajectory?.plannedEndDate ?? null,
    trajectoryEndDate: trajectory?.endDate ?? null,
    outcome: (trajectory?.outcome ?? null) as PrbParticipant['outcome'],
    proposals: proposals.map((r) => toProposalWith(r, lines, budget)),
    commitments: commitments.map((c) => toCommitment(c, invoices, budget)),
  };
}

export async function proposalDetail(tx: Db, r: repo.ProposalDetailRow): Promise<PrbProposal> {
  const lines = await repo.listCostLines(tx, [r.proposal.id]);
  const budget = (await repo.findBudget(tx, r.proposal.participantId))!;
  return toProposalWith(r, lines, budgetFigures(budget));
}

export function toProgrammeSummary(r: repo.ProgrammeDetailRow, advising: boolean): PrbProgrammeSummary {
  const p = r.programme;
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: r.organisationName,
    name: p.name,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    cohortSize: p.cohortSize,
    admittedCount: p.admittedCount,
    placesLeft: p.cohortSize - p.admittedCount,
    maxBudgetPerClientCents: p.maxBudgetPerClientCents,
    instrumentId: p.instrumentId,
    instrumentName: r.instrumentName,
    advising,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toProposalWith(r: repo.ProposalDetailRow, lines: repo.CostLineRow[], budget: BudgetFigures): PrbProposal {
  const p = r.proposal;
  return {
    id: p.id,
    participantId: p.participantId,
    programmeId: p.programmeId,
    goal: p.goal,
    status: p.status as ProposalStatus,
    totalCents: p.totalCents,
    costLines: lines
      .filter((l) => l.proposalId === p.id)
      .map((l) => ({
        id: l.id,
        position: l.position,
        category: l.category as CostCategory,
        supplier: l.supplier,
        description: l.description,
        amountCents: l.amountCents,
      })),
    createdAt: p.createdAt.toISOString(),
    createdByName: r.createdByName,
    updatedAt: p.updatedAt.toISOString(),
    submittedAt: p.submittedAt?.toISOString() ?? null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedByName,
    decisionReason: p.decisionReason,
    revision: p.revision,
    budget,
  };
}

export function toCommitment(c: repo.CommitmentRow, invoices: repo.InvoiceDetailRow[], budget: BudgetFigures): PrbCommitment {
  return {
    id: c.id,
    proposalId: c.proposalId,
    costLineId: c.costLineId,
    supplier: c.supplier,
    description: c.description,
    amountCents: c.amountCents,
    paidCents: c.paidCents,
    openCents: c.amountCents - c.paidCents,
    createdAt: c.createdAt.toISOString(),
    invoices: invoices
      .filter((i) => i.invoice.commitmentId === c.id)
      .map((i) => ({
        id: i.invoice.id,
        invoiceNumber: i.invoice.invoiceNumber,
        invoiceDate: i.invoice.invoiceDate,
        amountCents: i.invoice.amountCents,
        recordedAt: i.invoice.recordedAt.toISOString(),
        recordedByName: i.recordedByName,
      })),
    budget,
  };
}

export function costLineRows(proposalId: string, organisationId: string, input: PrbProposalInput) {
  return input.costLines.map((l, i) => ({
    id: newId(),
    proposalId,
    organisationId,
    position: i + 1,
    category: l.category,
    supplier: l.supplier,
    description: l.description,
    amountCents: l.amount,
  }));
}
