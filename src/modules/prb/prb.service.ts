import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { hasRole, type Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import { PRB_ACTIVITIES } from './prb.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import type { TrajectoriesService } from '../trajectories/index.ts';
import * as identityRepo from '../identity/index.ts';
import type {
  MyPrbParticipation,
  PrbAdmissionInput,
  PrbAdvisorInput,
  PrbCommitment,
  PrbDecisionInput,
  PrbParticipant,
  PrbParticipantSummary,
  PrbProgramme,
  PrbProgrammeInput,
  PrbProgrammeSummary,
  PrbProposal,
  PrbProposalInput,
  PrbProposalUpdate,
  PrbInvoiceInput,
} from './prb.api.ts';
import * as repo from './prb.repo.ts';
import {
  budgetExceededMessage,
  budgetFigures,
  cohortFullMessage,
  DECISION_STATUS,
  decisionRequestHash,
  euros,
  IDEMPOTENCY_HEADER,
  isEditable,
  overpaidMessage,
  PROPOSAL_STATUS_LABELS_NL,
  proposalProblems,
  totalOf,
  type BudgetFigures,
  type CostCategory,
  type ProposalStatus,
} from './prb.rules.ts';
import { isProgrammeAdvisor, mayDecide, mayOpenProgramme, mayWorkWithParticipant } from './prb.policy.ts';

const P = PRB_ACTIVITIES;
const PRB_INSTRUMENT_NAME = 'Persoonsgebonden re-integratiebudget (PRB)';
/** Goal rung of a PRB trajectory when the case manager gives none: paid work without support. */
const DEFAULT_GOAL_RUNG = 6;

type ParticipantDetailRow = repo.ParticipantDetailRow;

/**
 * Personal re-integration budgets: programmes, admission, the client's proposals, the case manager's
 * decisions, commitments and invoices.
 *
 * Who sees what: the municipality that runs the programme (klantmanager: everything; functioneel beheerder
 * and beleidsadviseur: the programme with counts only); a PRB advisor (role prb_werkadviseur, added to the
 * programme, possibly of another organisation) the participants, proposals and commitments of the
 * programmes they advise, never the client file; the client their own participations through the portal.
 * Row-level security (app_is_prb_advisor) enforces the organisation/advisor line; this service narrows it
 * to the role (an advisor inside the municipality still sees only the programmes they advise).
 *
 * Money: every change of committed or paid amounts is a conditional UPDATE that only succeeds within the
 * budget or commitment, in the same transaction as the rest of the change; CHECKs in the database back it up.
 */
export class PrbService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    readonly clients: ClientsService,
    readonly portal: ClientPortalService,
    readonly trajectories: TrajectoriesService,
  ) {}

  // Programmes ---------------------------------------------------------------------------------------

  async listProgrammes(actor: Actor, trail: Trail): Promise<PrbProgrammeSummary[]> {
    return this.useCase(actor, trail, { action: 'prb.programme.list', objectType: 'prb_programme', objectId: null }, async (tx) => {
      const rows = await repo.listProgrammes(tx, actor.organisationId);
      const advised = hasRole(actor, 'prb_werkadviseur')
        ? await repo.advisedProgrammes(
            tx,
            actor.userId,
            rows.map((r) => r.programme.id),
          )
        : new Set<string>();
      return rows
        .filter((r) => mayOpenProgramme(actor, r.programme, advised.has(r.programme.id)))
        .map((r) => toProgrammeSummary(r, advised.has(r.programme.id)));
    });
  }

  async createProgramme(actor: Actor, input: PrbProgrammeInput, trail: Trail): Promise<PrbProgramme> {
    const id = newId();
    try {
      return await this.useCase(actor, trail, { action: 'prb.programme.create', objectType: 'prb_programme', objectId: id }, async (tx) => {
        const instrumentId = await this.programmeInstrument(tx, actor, input.instrumentId);
        if (await repo.programmeNameTaken(tx, actor.organisationId, input.name)) throw duplicateProgrammeName();
        await repo.insertProgramme(tx, {
          id,
          organisationId: actor.organisationId,
          name: input.name,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          cohortSize: input.cohortSize,
          maxBudgetPerClientCents: input.maxBudgetPerClient,
          instrumentId,
          createdById: actor.userId,
        });
        return this.programmeDetail(tx, actor, (await repo.findProgramme(tx, id))!, trail);
      });
    } catch (err) {
      if (isUniqueViolation(err, 'prb_programmes_organisation_name_key')) throw duplicateProgrammeName();
      throw err;
    }
  }

  async getProgramme(actor: Actor, id: string, trail: Trail): Promise<PrbProgramme> {
    return this.useCase(actor, trail, { action: 'prb.programme.read', objectType: 'prb_programme', objectId: id }, async (tx) => {
      const found = await repo.findProgramme(tx, id);
      if (!found || !(await this.maySeeProgramme(tx, actor, found.programme))) throw AppError.notFound('PRB-programma niet gevonden.');
      return this.programmeDetail(tx, actor, found, trail);
    });
  }

  /** Adds an independent PRB advisor (a user with role prb_werkadviseur, of any organisation). */
  async addAdvisor(actor: Actor, programmeId: string, input: PrbAdvisorInput, trail: Trail): Promise<PrbProgramme> {
    return this.useCase(actor, trail, { action: 'prb.advisor.add', objectType: 'prb_programme', objectId: programmeId }, async (tx) => {
      const found = await this.ownProgramme(tx, actor, programmeId);
      const user = await identityRepo.findUserByEmail(tx, input.email);
      if (!user || !user.active || !user.roles.includes('prb_werkadviseur')) {
        throw AppError.invalid([
          {
            name: 'email',
            code: 'not_an_advisor',
            reason: 'Er is geen actieve gebruiker met de rol PRB-werkadviseur met dit e-mailadres.',
          },
        ]);
      }
      const added = await repo.insertAdvisor(tx, { programmeId, userId: user.id, organisationId: user.organisationId });
      if (!added) {
        throw new AppError('conflict', `${user.name} is al PRB-werkadviseur van dit programma.`, [
          { name: 'email', code: 'already_advisor', reason: 'Deze adviseur is al aan het programma toegevoegd.' },
        ]);
      }
      return this.programmeDetail(tx, actor, found, trail);
    });
  }

  // Admission ----------------------------------------------------------------------------------------

  /**
   * Admits a client of the municipality: takes a place in the cohort (conditional update; full → 409),
   * creates the participant with the programme's budget and starts its PRB trajectory, all in one transaction.
   */
  async admit(actor: Actor, programmeId: string, input: PrbAdmissionInput, trail: Trail): Promise<PrbParticipant> {
    const id = newId();
    try {
      return await this.useCase(
        actor,
        trail,
        { action: 'prb.participant.admit', objectType: 'prb_participant', objectId: id },
        async (tx) => {
          const found = await this.ownProgramme(tx, actor, programmeId);
          const programme = found.programme;
          const client = await this.clients.loadOwned(tx, actor, input.clientId);
          if (await repo.participantOfClient(tx, programmeId, input.clientId)) throw alreadyAdmitted();
          if (input.admittedOn < programme.periodStart || input.admittedOn > programme.periodEnd) {
            throw AppError.invalid([
              {
                name: 'admittedOn',
                code: 'outside_period',
                reason: `Toelaten kan binnen de looptijd van het programma (${programme.periodStart} tot en met ${programme.periodEnd}).`,
              },
            ]);
          }
          const plannedEndDate = input.plannedEndDate ?? programme.periodEnd;
          if (input.advisorUserId && !(await repo.advisedProgrammes(tx, input.advisorUserId, [programmeId])).has(programmeId)) {
            throw AppError.invalid([
              { name: 'advisorUserId', code: 'not_an_advisor', reason: 'Deze gebruiker is geen PRB-werkadviseur van dit programma.' },
            ]);
          }
          const place = await repo.takeCohortPlace(tx, programmeId, actor.organisationId);
          if (!place) {
            const now = (await repo.findProgramme(tx, programmeId))!.programme;
            throw new AppError('conflict', cohortFullMessage(now.admittedCount, now.cohortSize), [
              { name: 'programme', code: 'cohort_full', reason: `Alle ${now.cohortSize} plaatsen zijn bezet.` },
            ]);
          }
          const trajectoryId = await this.trajectories.startInTransaction(tx, actor, input.clientId, {
            instrumentId: programme.instrumentId,
            startDate: input.admittedOn,
            plannedEndDate,
            costCents: 0,
            goalRung: input.goalRung ?? DEFAULT_GOAL_RUNG,
            prbParticipantId: id,
          });
          await repo.insertParticipant(tx, {
            id,
            programmeId,
            organisationId: actor.organisationId,
            clientId: input.clientId,
            clientDisplayName: displayName(client.client),
            advisorId: input.advisorUserId,
            trajectoryId,
            intakeNote: input.intakeNote,
            budgetCents: programme.maxBudgetPerClientCents,
            admittedById: actor.userId,
            admittedOn: input.admittedOn,
          });
          await this.audit.processing(tx, actor, trail, P.prbAdmit, [client.client.bsn]);
          return this.participantDetail(tx, actor, (await repo.findParticipant(tx, id))!);
        },
      );
    } catch (err) {
      // Two admissions of one client at once: the unique index lets one through; the other rolled back whole.
      if (isUniqueViolation(err, 'prb_participants_programme_client_key')) throw alreadyAdmitted();
      throw err;
    }
  }

  async getParticipant(actor: Actor, id: string, trail: Trail): Promise<PrbParticipant> {
    return this.useCase(actor, trail, { action: 'prb.participant.read', objectType: 'prb_participant', objectId: id }, async (tx) => {
      const found = await this.staffParticipant(tx, actor, id);
      await this.audit.processing(tx, actor, trail, P.prbView, await repo.participantBsns(tx, [found.participant.id]));
      return this.participantDetail(tx, actor, found);
    });
  }

  // Proposals ----------------------------------------------------------------------------------------

  /** The klantmanager or the programme's advisor writes a proposal with (for) the client. */
  async createProposal(actor: Actor, participantId: string, input: PrbProposalInput, trail: Trail): Promise<PrbProposal> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'prb.proposal.create', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const found = await this.staffParticipant(tx, actor, participantId);
      return this.writeProposal(tx, actor, found, id, input, trail);
    });
  }

  async updateProposal(actor: Actor, id: string, input: PrbProposalUpdate, trail: Trail): Promise<PrbProposal> {
    return this.useCase(actor, trail, { action: 'prb.proposal.update', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const { proposal, participant } = await this.staffProposal(tx, actor, id);
      return this.rewriteProposal(tx, actor, participant, proposal, input, trail);
    });
  }

  async submitProposal(actor: Actor, id: string, trail: Trail): Promise<PrbProposal> {
    return this.useCase(actor, trail, { action: 'prb.proposal.submit', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const { proposal, participant } = await this.staffProposal(tx, actor, id);
      return this.submit(tx, actor, participant, proposal, trail);
    });
  }

  // The client portal ---------------------------------------------------------------------------------

  async mine(actor: Actor, trail: Trail): Promise<MyPrbParticipation[]> {
    return this.useCase(actor, trail, { action: 'portal.prb.read', objectType: 'client', objectId: actor.userId }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const rows = await repo.listParticipantsOfClient(tx, clientId, actor.organisationId);
      if (rows.length > 0) await this.audit.processing(tx, actor, trail, P.prbView, await repo.clientBsns(tx, [clientId]));
      // The response schema (MyPrbParticipation) leaves out the client-file fields and the intake note.
      const out: MyPrbParticipation[] = [];
      for (const r of rows) out.push(await this.participantDetail(tx, actor, r));
      return out;
    });
  }

  async createMyProposal(actor: Actor, participantId: string, input: PrbProposalInput, trail: Trail): Promise<PrbProposal> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'portal.prb.proposal.create', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const found = await this.ownParticipant(tx, actor, clientId, participantId);
      return this.writeProposal(tx, actor, found, id, input, trail);
    });
  }

  async updateMyProposal(actor: Actor, id: string, input: PrbProposalUpdate, trail: Trail): Promise<PrbProposal> {
    return this.useCase(actor, trail, { action: 'portal.prb.proposal.update', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const { proposal, participant } = await this.ownProposal(tx, actor, clientId, id);
      return this.rewriteProposal(tx, actor, participant, proposal, input, trail);
    });
  }

  async submitMyProposal(actor: Actor, id: string, trail: Trail): Promise<PrbProposal> {
    return this.useCase(actor, trail, { action: 'portal.prb.proposal.submit', objectType: 'prb_proposal', objectId: id }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const { proposal, participant } = await this.ownProposal(tx, actor, clientId, id);
      return this.submit(tx, actor, participant, proposal, trail);
    });
  }

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
      return await this.useCase(actor, trail, what, async (tx) => {
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
          await this.trajectories.setCostInTransaction(tx, context.trajectoryId, budget.committedCents);
        }
        await this.audit.processing(tx, actor, trail, P.prbDecision, context.bsn ? [context.bsn] : []);
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
        return { proposal: response, replayed: false };
      });
    } catch (err) {
      // Two requests with one key at once (for different proposals, so neither waited on the other's row):
      // the unique index let one through and rolled this one back whole. Answer as the stored one says.
      if (!isUniqueViolation(err, 'prb_decisions_idempotency_key')) throw err;
      return this.useCase(actor, trail, what, async (tx) => {
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
      return await this.useCase(
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
          await this.audit.processing(tx, actor, trail, P.prbInvoice, await repo.clientBsns(tx, [participant.clientId]));
          const budgets = await repo.budgetsOf(tx, [participant.id]);
          return toCommitment(paid, await repo.listInvoices(tx, [commitmentId]), budgetFigures(budgets.get(participant.id)!));
        },
      );
    } catch (err) {
      if (isUniqueViolation(err, 'prb_invoices_commitment_number_key')) throw duplicateInvoice();
      throw err;
    }
  }

  // ----------------------------------------------------------------------------------------------------

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
      await this.audit.processing(tx, actor, trail, P.prbView, await repo.clientBsns(tx, [participant.participant.clientId]));
    return { proposal: earlier.response as PrbProposal, replayed: true };
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
    await this.audit.processing(tx, actor, trail, P.prbProposal, await repo.participantBsns(tx, [p.id]));
    return this.toProposal(tx, (await repo.findProposal(tx, id))!);
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
    await this.audit.processing(tx, actor, trail, P.prbProposal, await repo.participantBsns(tx, [p.id]));
    return this.toProposal(tx, (await repo.findProposal(tx, id))!);
  }

  private async submit(
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
    await this.audit.processing(tx, actor, trail, P.prbProposal, await repo.participantBsns(tx, [p.id]));
    return this.toProposal(tx, (await repo.findProposal(tx, id))!);
  }

  /** Roles of the owning municipality, or an advisor of the programme; anyone else gets 404. */
  private async maySeeProgramme(tx: Db, actor: Actor, programme: repo.ProgrammeRow): Promise<boolean> {
    return mayOpenProgramme(actor, programme, await this.advises(tx, actor, programme.id));
  }

  private async advises(tx: Db, actor: Actor, programmeId: string): Promise<boolean> {
    if (!hasRole(actor, 'prb_werkadviseur')) return false;
    return isProgrammeAdvisor(actor, (await repo.advisedProgrammes(tx, actor.userId, [programmeId])).has(programmeId));
  }

  /** A programme of the actor's own organisation (to change it or admit to it); otherwise 404. */
  private async ownProgramme(tx: Db, actor: Actor, id: string): Promise<repo.ProgrammeDetailRow> {
    const found = await repo.findProgramme(tx, id);
    if (!found || found.programme.organisationId !== actor.organisationId) throw AppError.notFound('PRB-programma niet gevonden.');
    return found;
  }

  /** A participant for the klantmanager of the municipality or an advisor of the programme; otherwise 404. */
  private async staffParticipant(tx: Db, actor: Actor, id: string): Promise<ParticipantDetailRow> {
    const found = await repo.findParticipant(tx, id);
    if (!found) throw AppError.notFound('PRB-deelnemer niet gevonden.');
    const p = found.participant;
    if (mayWorkWithParticipant(actor, p, await this.advises(tx, actor, p.programmeId))) return found;
    throw AppError.notFound('PRB-deelnemer niet gevonden.');
  }

  private async staffProposal(tx: Db, actor: Actor, id: string) {
    const proposal = await repo.findProposal(tx, id);
    if (!proposal) throw AppError.notFound('Voorstel niet gevonden.');
    const participant = await this.staffParticipant(tx, actor, proposal.proposal.participantId).catch((err: unknown) => {
      throw err instanceof AppError && err.code === 'not_found' ? AppError.notFound('Voorstel niet gevonden.') : err;
    });
    return { proposal, participant };
  }

  /** The client's own participation: another one is 403 (the portal user may not act on it), a missing one 404. */
  private async ownParticipant(tx: Db, actor: Actor, clientId: string, id: string): Promise<ParticipantDetailRow> {
    const found = await repo.findParticipant(tx, id);
    if (!found || found.participant.organisationId !== actor.organisationId) throw AppError.notFound('PRB-deelname niet gevonden.');
    if (found.participant.clientId !== clientId) throw AppError.forbidden('Dit is niet uw PRB-deelname.');
    return found;
  }

  private async ownProposal(tx: Db, actor: Actor, clientId: string, id: string) {
    const proposal = await repo.findProposal(tx, id);
    if (!proposal || proposal.proposal.organisationId !== actor.organisationId) throw AppError.notFound('Voorstel niet gevonden.');
    const participant = await repo.findParticipant(tx, proposal.proposal.participantId);
    if (!participant || participant.participant.clientId !== clientId) throw AppError.forbidden('Dit is niet uw voorstel.');
    return { proposal, participant };
  }

  private async programmeInstrument(tx: Db, actor: Actor, instrumentId: string | null): Promise<string> {
    if (instrumentId) {
      const found = await repo.findPrbInstrument(tx, actor.organisationId, instrumentId);
      if (!found)
        throw AppError.invalid([
          { name: 'instrumentId', code: 'unknown', reason: 'Dit instrument staat niet in de catalogus van uw organisatie.' },
        ]);
      if (found.kind !== 'prb')
        throw AppError.invalid([{ name: 'instrumentId', code: 'not_prb', reason: 'Kies een instrument van de soort PRB.' }]);
      if (!found.active) throw AppError.invalid([{ name: 'instrumentId', code: 'inactive', reason: 'Dit instrument is niet actief.' }]);
      return found.id;
    }
    const existing = await repo.findPrbInstrument(tx, actor.organisationId);
    if (existing?.active) return existing.id;
    const made = await repo.ensureInstrument(tx, {
      id: newId(),
      organisationId: actor.organisationId,
      name: PRB_INSTRUMENT_NAME,
      description: 'De cliënt stelt met een eigen budget zelf een re-integratietraject samen; de klantmanager besluit.',
    });
    if (!made || made.kind !== 'prb' || !made.active) {
      throw new AppError(
        'conflict',
        `Het instrument "${PRB_INSTRUMENT_NAME}" in de catalogus is geen actief PRB-instrument. Kies een PRB-instrument (instrumentId).`,
        [{ name: 'instrumentId', code: 'no_prb_instrument', reason: 'Geen actief PRB-instrument gevonden.' }],
      );
    }
    return made.id;
  }

  private async programmeDetail(tx: Db, actor: Actor, found: repo.ProgrammeDetailRow, trail: Trail): Promise<PrbProgramme> {
    const programme = found.programme;
    const advising = await this.advises(tx, actor, programme.id);
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
      await this.audit.processing(tx, actor, trail, P.prbView, await repo.participantBsns(tx, ids));
    }
    return {
      ...toProgrammeSummary(found, advising),
      counts: { admitted: money.admitted, ...outcomes, committedCents: money.committedCents, paidCents: money.paidCents },
      advisors: advisors.map((a) => ({ ...a, addedAt: a.addedAt.toISOString() })),
      participantsVisible,
      participants,
    };
  }

  private async participantDetail(tx: Db, actor: Actor, found: ParticipantDetailRow): Promise<PrbParticipant> {
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

  private async toProposal(tx: Db, r: repo.ProposalDetailRow): Promise<PrbProposal> {
    const lines = await repo.listCostLines(tx, [r.proposal.id]);
    const budget = (await repo.findBudget(tx, r.proposal.participantId))!;
    return toProposalWith(r, lines, budgetFigures(budget));
  }
}

function toProgrammeSummary(r: repo.ProgrammeDetailRow, advising: boolean): PrbProgrammeSummary {
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

function toProposalWith(r: repo.ProposalDetailRow, lines: repo.CostLineRow[], budget: BudgetFigures): PrbProposal {
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

function toCommitment(c: repo.CommitmentRow, invoices: repo.InvoiceDetailRow[], budget: BudgetFigures): PrbCommitment {
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

function costLineRows(proposalId: string, organisationId: string, input: PrbProposalInput) {
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

function notEditable(status: string, what = 'gewijzigd'): AppError {
  const label = PROPOSAL_STATUS_LABELS_NL[status as ProposalStatus] ?? status;
  return new AppError('conflict', `Dit voorstel is ${label} en kan niet meer worden ${what}.`, [
    { name: 'status', code: 'not_editable', reason: `Het voorstel is ${label}.` },
  ]);
}

function duplicateProgrammeName(): AppError {
  return new AppError('conflict', 'Uw organisatie heeft al een PRB-programma met deze naam.', [
    { name: 'name', code: 'duplicate', reason: 'Deze naam is al in gebruik.' },
  ]);
}

function alreadyAdmitted(): AppError {
  return new AppError('conflict', 'Deze cliënt is al toegelaten tot dit programma.', [
    { name: 'clientId', code: 'already_admitted', reason: 'Al toegelaten.' },
  ]);
}

function duplicateInvoice(): AppError {
  return new AppError('conflict', 'Een factuur met dit nummer is al geboekt op deze verplichting.', [
    { name: 'invoiceNumber', code: 'duplicate', reason: 'Dit factuurnummer is al geboekt.' },
  ]);
}
