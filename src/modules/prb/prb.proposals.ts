import { PRB_ACTIVITIES } from './prb.activities.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { type Actor } from '../../platform/http/access.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { MyPrbParticipation, PrbProposal, PrbProposalInput, PrbProposalUpdate } from './prb.api.ts';
import * as repo from './prb.repo.ts';
import { euros, isEditable, proposalProblems, totalOf } from './prb.rules.ts';
import type { PrbContext } from './prb.context.ts';
import { ownParticipant, ownProposal, staffParticipant, staffProposal } from './prb.loaders.ts';
import { participantDetail, proposalDetail, costLineRows } from './prb.presenters.ts';
import { notEditable } from './prb.errors.ts';
import type { ParticipantDetailRow } from './prb.repo.ts';

const P = PRB_ACTIVITIES;

/** Proposals: written and submitted by the case manager or the programme's advisor, or by the client in the portal. */
export class PrbProposals {
  constructor(private readonly ctx: PrbContext) {}

  // Proposals ----------------------------------------------------------------------------------------

  /** The klantmanager or the programme's advisor writes a proposal with (for) the client. */
  async create(actor: Actor, participantId: string, input: PrbProposalInput, trail: Trail): Promise<PrbProposal> {
    const id = newId();
    return this.ctx.useCase(actor, trail, { action: 'prb.proposal.create', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const found = await staffParticipant(tx, actor, participantId);
      return this.writeProposal(tx, actor, found, id, input, trail);
    });
  }

  async update(actor: Actor, id: string, input: PrbProposalUpdate, trail: Trail): Promise<PrbProposal> {
    return this.ctx.useCase(actor, trail, { action: 'prb.proposal.update', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const { proposal, participant } = await staffProposal(tx, actor, id);
      return this.rewriteProposal(tx, actor, participant, proposal, input, trail);
    });
  }

  async submit(actor: Actor, id: string, trail: Trail): Promise<PrbProposal> {
    return this.ctx.useCase(actor, trail, { action: 'prb.proposal.submit', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const { proposal, participant } = await staffProposal(tx, actor, id);
      return this.submitInTransaction(tx, actor, participant, proposal, trail);
    });
  }

  // The client portal ---------------------------------------------------------------------------------

  async mine(actor: Actor, trail: Trail): Promise<MyPrbParticipation[]> {
    return this.ctx.useCase(actor, trail, { action: 'portal.prb.read', objectType: 'client', objectId: actor.userId }, async (tx) => {
      const clientId = await this.ctx.portal.ownClientId(tx, actor);
      const rows = await repo.listParticipantsOfClient(tx, clientId, actor.organisationId);
      if (rows.length > 0) await this.ctx.audit.processing(tx, actor, trail, P.prbView, await repo.clientBsns(tx, [clientId]));
      // The response schema (MyPrbParticipation) leaves out the client-file fields and the intake note.
      const out: MyPrbParticipation[] = [];
      for (const r of rows) out.push(await participantDetail(tx, r));
      return out;
    });
  }

  async createMine(actor: Actor, participantId: string, input: PrbProposalInput, trail: Trail): Promise<PrbProposal> {
    const id = newId();
    return this.ctx.useCase(
      actor,
      trail,
      { action: 'portal.prb.proposal.create', objectType: 'prb_proposal', objectId: id },
      async (tx) => {
        const clientId = await this.ctx.portal.ownClientId(tx, actor);
        const found = await ownParticipant(tx, actor, clientId, participantId);
        return this.writeProposal(tx, actor, found, id, input, trail);
      },
    );
  }

  async updateMine(actor: Actor, id: string, input: PrbProposalUpdate, trail: Trail): Promise<PrbProposal> {
    return this.ctx.useCase(
      actor,
      trail,
      { action: 'portal.prb.proposal.update', objectType: 'prb_proposal', objectId: id },
      async (tx) => {
        const clientId = await this.ctx.portal.ownClientId(tx, actor);
        const { proposal, participant } = await ownProposal(tx, actor, clientId, id);
        return this.rewriteProposal(tx, actor, participant, proposal, input, trail);
      },
    );
  }

  async submitMine(actor: Actor, id: string, trail: Trail): Promise<PrbProposal> {
    return this.ctx.useCase(
      actor,
      trail,
      { action: 'portal.prb.proposal.submit', objectType: 'prb_proposal', objectId: id },
      async (tx) => {
        const clientId = await this.ctx.portal.ownClientId(tx, actor);
        const { proposal, participant } = await ownProposal(tx, actor, clientId, id);
        return this.submitInTransaction(tx, actor, participant, proposal, trail);
      },
    );
  }

  private async writeProposal(
    tx: Db,
    actor: Actor,
    found: ParticipantDetailRow,
    id: string,
    input: PrbProposalInput,
    trail: Trail,
  ): Promise<PrbProposal> {
    const p = found.participant;
    const total = totalOf(input.costLines.map((l) => ({ amountCents: l.amount })));
    const problems = proposalProblems(total, p.budgetCents);
    if (problems.length > 0) throw AppError.invalid(problems);
    await repo.insertProposal(tx, {
      id,
      participantId: p.id,
      programmeId: p.programmeId,
      organisationId: p.organisationId,
      goal: input.goal,
      status: 'draft',
      totalCents: total,
      createdById: actor.userId,
    });
    await repo.insertCostLines(tx, costLineRows(id, p.organisationId, input));
    await this.ctx.audit.processing(tx, actor, trail, P.prbProposal, await repo.participantBsns(tx, [p.id]));
    return proposalDetail(tx, (await repo.findProposal(tx, id))!);
  }

  private async rewriteProposal(
    tx: Db,
    actor: Actor,
    participant: ParticipantDetailRow,
    proposal: repo.ProposalDetailRow,
    input: PrbProposalUpdate,
    trail: Trail,
  ): Promise<PrbProposal> {
    const p = participant.participant;
    const id = proposal.proposal.id;
    if (!isEditable(proposal.proposal.status)) throw notEditable(proposal.proposal.status);
    const total = totalOf(input.costLines.map((l) => ({ amountCents: l.amount })));
    const problems = proposalProblems(total, p.budgetCents);
    if (problems.length > 0) throw AppError.invalid(problems);
    if (!(await repo.updateProposalContent(tx, id, input.revision, { goal: input.goal, totalCents: total }))) {
      const now = (await repo.findProposal(tx, id))!.proposal;
      if (!isEditable(now.status)) throw notEditable(now.status);
      throw new AppError('conflict', 'Dit voorstel is intussen door iemand anders gewijzigd. Laad het opnieuw en probeer het nog eens.', [
        { name: 'revision', code: 'stale', reason: 'Verouderde versie.' },
      ]);
    }
    await repo.deleteCostLines(tx, id);
    await repo.insertCostLines(tx, costLineRows(id, p.organisationId, input));
    await this.ctx.audit.processing(tx, actor, trail, P.prbProposal, await repo.participantBsns(tx, [p.id]));
    return proposalDetail(tx, (await repo.findProposal(tx, id))!);
  }

  private async submitInTransaction(
    tx: Db,
    actor: Actor,
    participant: ParticipantDetailRow,
    proposal: repo.ProposalDetailRow,
    trail: Trail,
  ): Promise<PrbProposal> {
    const p = participant.participant;
    const id = proposal.proposal.id;
    if (!isEditable(proposal.proposal.status)) throw notEditable(proposal.proposal.status, 'ingediend');
    const budget = (await repo.findBudget(tx, p.id))!;
    const remaining = budget.budgetCents - budget.committedCents;
    if (proposal.proposal.totalCents > remaining) {
      throw new AppError(
        'conflict',
        `Dit voorstel vraagt ${euros(proposal.proposal.totalCents)}, maar er resteert nog ${euros(remaining)} van het budget. Pas het voorstel aan.`,
        [{ name: 'costLines', code: 'budget_exceeded', reason: `Resterend budget: ${euros(remaining)}.` }],
      );
    }
    if (
      !(await repo.moveProposal(tx, id, ['draft', 'returned'], {
        status: 'submitted',
        submittedAt: new Date(),
        submittedById: actor.userId,
      }))
    ) {
      throw notEditable((await repo.findProposal(tx, id))!.proposal.status, 'ingediend');
    }
    await this.ctx.audit.processing(tx, actor, trail, P.prbProposal, await repo.participantBsns(tx, [p.id]));
    return proposalDetail(tx, (await repo.findProposal(tx, id))!);
  }
}
