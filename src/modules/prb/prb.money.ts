import { PRB_ACTIVITIES } from './prb.activities.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { type Actor } from '../../platform/http/access.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import { requestTaskRulesRun } from '../../platform/task-rules.ts';
import type { PrbCommitment, PrbDecisionInput, PrbProposal, PrbInvoiceInput } from './prb.api.ts';
import * as repo from './prb.repo.ts';
import {
  budgetExceededMessage,
  budgetFigures,
  DECISION_STATUS,
  decisionRequestHash,
  euros,
  IDEMPOTENCY_HEADER,
  overpaidMessage,
  PROPOSAL_STATUS_LABELS_NL,
  totalOf,
  type ProposalStatus,
} from './prb.rules.ts';
import { mayDecide } from './prb.policy.ts';
import type { PrbContext } from './prb.context.ts';
import { toCommitment, toProposalWith } from './prb.presenters.ts';
import { duplicateInvoice } from './prb.errors.ts';

const P = PRB_ACTIVITIES;

/** Money: the klantmanager's decisions (commitments within the budget, idempotent by key) and invoices paid against them. */
export class PrbMoney {
  constructor(private readonly ctx: PrbContext) {}

  // Decisions ----------------------------------------------------------------------------------------

  /**
   * The klantmanager's final word on a submitted proposal, idempotent by key. Approve, in one transaction:
   * the proposal moves submitted → approved (conditional update), the participant's committed amount grows
   * only while it stays within the budget (conditional update: concurrent approvals never overshoot), one
   * commitment per cost line, and the PRB trajectory's cost follows the committed amount. The decision is
   * stored with the key, a hash of the request and the response:
   *  - the same key with the same request answers the stored response again, without a second effect,
   *    also when two identical requests race (the loser finds the winner's decision, or trips the unique
   *    index on (organisation, key) and replays it);
   *  - the same key with another request is refused (409);
   *  - a refused decision (409: over budget, already decided) rolls back and stores nothing, so repeating
   *    it runs it again and (normally) gets the same refusal.
   */
  async decide(
    actor: Actor,
    id: string,
    idempotencyKey: string,
    input: PrbDecisionInput,
    trail: Trail,
  ): Promise<{ proposal: PrbProposal; replayed: boolean }> {
    const requestHash = decisionRequestHash(id, input.decision, input.reason);
    const what = { action: `prb.proposal.${input.decision}`, objectType: 'prb_proposal', objectId: id };
    try {
      return await this.ctx.useCase(actor, trail, what, async (tx) => {
        const earlier = await repo.findDecision(tx, actor.organisationId, idempotencyKey);
        if (earlier) return this.replay(tx, actor, earlier, requestHash, trail);
        const context = await repo.decisionContext(tx, id);
        if (!context || context.organisationId !== actor.organisationId) throw AppError.notFound('Voorstel niet gevonden.');
        const moved = await repo.moveProposal(tx, id, ['submitted'], {
          status: DECISION_STATUS[input.decision],
          decidedAt: new Date(),
          decidedById: actor.userId,
          decisionReason: input.reason,
        });
        if (!moved) {
          // An identical request with this key may just have decided it (it held the row; we waited for it).
          const raced = await repo.findDecision(tx, actor.organisationId, idempotencyKey);
          if (raced) return this.replay(tx, actor, raced, requestHash, trail);
          const now = (await repo.findProposal(tx, id))!.proposal.status as ProposalStatus;
          throw new AppError(
            'conflict',
            `Dit voorstel is ${PROPOSAL_STATUS_LABELS_NL[now]}; alleen over een ingediend voorstel kan worden besloten.`,
            [{ name: 'decision', code: 'not_submitted', reason: `Het voorstel is ${PROPOSAL_STATUS_LABELS_NL[now]}.` }],
          );
        }
        // The cost lines as they are now: a submitted proposal cannot be edited, and we hold its row.
        const lines = await repo.listCostLines(tx, [id]);
        let budget: repo.BudgetRow | null = null;
        if (input.decision === 'approve') {
          if (context.trajectoryStatus !== null && context.trajectoryStatus !== 'running') {
            throw new AppError('conflict', 'Het PRB-traject van deze deelnemer is afgesloten; er kan geen geld meer worden toegekend.', [
              { name: 'decision', code: 'trajectory_closed', reason: 'Het traject is afgesloten.' },
            ]);
          }
          const asked = totalOf(lines);
          budget = await repo.commitBudget(tx, context.participantId, actor.organisationId, asked);
          if (!budget) {
            const b = (await repo.findBudget(tx, context.participantId))!;
            const remaining = b.budgetCents - b.committedCents;
            throw new AppError('conflict', budgetExceededMessage(remaining, asked, b.budgetCents), [
              { name: 'decision', code: 'budget_exceeded', reason: `Gevraagd ${euros(asked)}, resterend ${euros(remaining)}.` },
            ]);
          }
          await repo.insertCommitments(
            tx,
            lines.map((l) => ({
              id: newId(),
              participantId: context.participantId,
              proposalId: id,
              costLineId: l.id,
              organisationId: actor.organisationId,
              supplier: l.supplier,
              description: l.description,
              amountCents: l.amountCents,
            })),
          );
          await this.ctx.trajectories.setCostInTransaction(tx, context.trajectoryId, budget.committedCents);
        }
        await this.ctx.audit.processing(tx, actor, trail, P.prbDecision, context.bsn ? [context.bsn] : []);
        budget ??= (await repo.findBudget(tx, context.participantId))!;
        const response = toProposalWith((await repo.findProposal(tx, id))!, lines, budgetFigures(budget));
        await repo.insertDecision(tx, {
          id: newId(),
          proposalId: id,
          organisationId: actor.organisationId,
          idempotencyKey,
          requestHash,
          decision: input.decision,
          reason: input.reason,
          decidedById: actor.userId,
          response,
        });
        // Decided (approved, rejected or returned): its decision task closes now, not at the next daily run.
        await requestTaskRulesRun(this.ctx.jobs, tx, actor.organisationId);
        return { proposal: response, replayed: false };
      });
    } catch (err) {
      // Two requests with one key at once (for different proposals, so neither waited on the other's row):
      // the unique index let one through and rolled this one back whole. Answer as the stored one says.
      if (!isUniqueViolation(err, 'prb_decisions_idempotency_key')) throw err;
      return this.ctx.useCase(actor, trail, what, async (tx) => {
        const earlier = await repo.findDecision(tx, actor.organisationId, idempotencyKey);
        if (!earlier)
          throw new AppError('conflict', 'Er werd tegelijk een ander besluit met deze Idempotency-Key genomen. Probeer het opnieuw.');
        return this.replay(tx, actor, earlier, requestHash, trail);
      });
    }
  }

  // Invoices -----------------------------------------------------------------------------------------

  /** Pays an invoice against a commitment: never more than is open on it (conditional update; CHECK backs it). */
  async recordInvoice(actor: Actor, commitmentId: string, input: PrbInvoiceInput, trail: Trail): Promise<PrbCommitment> {
    try {
      return await this.ctx.useCase(
        actor,
        trail,
        { action: 'prb.invoice.record', objectType: 'prb_commitment', objectId: commitmentId },
        async (tx) => {
          const commitment = await repo.findCommitment(tx, commitmentId);
          if (!commitment || !mayDecide(actor, commitment)) throw AppError.notFound('Verplichting niet gevonden.');
          const participant = (await repo.findParticipant(tx, commitment.participantId))!.participant;
          if ((await repo.listInvoices(tx, [commitmentId])).some((i) => i.invoice.invoiceNumber === input.invoiceNumber))
            throw duplicateInvoice();
          const paid = await repo.payCommitment(tx, commitmentId, actor.organisationId, input.amount);
          if (!paid) {
            const now = (await repo.findCommitment(tx, commitmentId))!;
            throw new AppError('conflict', overpaidMessage(now.amountCents - now.paidCents, input.amount), [
              {
                name: 'amount',
                code: 'overpaid',
                reason: `Er staat nog ${euros(now.amountCents - now.paidCents)} open op deze verplichting.`,
              },
            ]);
          }
          // Paid per commitment stays within its amount, so the participant's paid total stays within committed.
          if (!(await repo.addPaid(tx, participant.id, actor.organisationId, input.amount))) {
            throw new AppError('conflict', 'Het betaalde bedrag zou hoger worden dan het toegekende bedrag; de factuur is niet geboekt.');
          }
          await repo.insertInvoice(tx, {
            id: newId(),
            commitmentId,
            participantId: participant.id,
            organisationId: actor.organisationId,
            invoiceNumber: input.invoiceNumber,
            invoiceDate: input.invoiceDate,
            amountCents: input.amount,
            recordedById: actor.userId,
          });
          await this.ctx.audit.processing(tx, actor, trail, P.prbInvoice, await repo.clientBsns(tx, [participant.clientId]));
          const budgets = await repo.budgetsOf(tx, [participant.id]);
          return toCommitment(paid, await repo.listInvoices(tx, [commitmentId]), budgetFigures(budgets.get(participant.id)!));
        },
      );
    } catch (err) {
      if (isUniqueViolation(err, 'prb_invoices_commitment_number_key')) throw duplicateInvoice();
      throw err;
    }
  }

  private async replay(
    tx: Db,
    actor: Actor,
    earlier: repo.DecisionRow,
    requestHash: string,
    trail: Trail,
  ): Promise<{ proposal: PrbProposal; replayed: boolean }> {
    if (earlier.requestHash !== requestHash) {
      throw new AppError(
        'conflict',
        'Deze Idempotency-Key is al gebruikt voor een ander besluit. Gebruik voor een nieuw besluit een nieuwe sleutel.',
        [{ name: IDEMPOTENCY_HEADER, code: 'key_reused', reason: 'Al gebruikt voor een ander verzoek.' }],
      );
    }
    const proposal = await repo.findProposal(tx, earlier.proposalId);
    const participant = proposal ? await repo.findParticipant(tx, proposal.proposal.participantId) : null;
    if (participant)
      await this.ctx.audit.processing(tx, actor, trail, P.prbView, await repo.clientBsns(tx, [participant.participant.clientId]));
    return { proposal: earlier.response as PrbProposal, replayed: true };
  }
}
