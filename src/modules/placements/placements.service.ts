import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { requestTaskRulesRun } from '../../platform/task-rules.ts';
import { PLACEMENTS_ACTIVITIES } from './placements.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import type { VacanciesService } from '../vacancies/index.ts';
import * as vacancyRepo from '../vacancies/index.ts';
import type {
  PlacementCheck,
  PlacementCheckInput,
  PortalProposal,
  Proposal,
  ProposalInput,
  ProposalPatch,
  ProposalStatus,
} from './placements.api.ts';
import * as repo from './placements.repo.ts';
import { candidateLabel, earliestCheckDate, patchProblems, STATUS_LABELS_NL, transitionAllowed } from './placements.rules.ts';
import { mayShowCandidateName, ownsProposal } from './placements.policy.ts';

const P = PLACEMENTS_ACTIVITIES;

export class PlacementsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    private readonly clients: ClientsService,
    private readonly vacancies: VacanciesService,
    private readonly jobs: JobQueue,
  ) {}

  /** Propose a client for a vacancy: both must be visible to the actor's organisation (otherwise 404). */
  async propose(actor: Actor, vacancyId: string, input: ProposalInput, trail: Trail): Promise<Proposal> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'proposal.create', objectType: 'proposal', objectId: id }, async (tx) => {
      const vacancy = await this.vacancies.load(tx, vacancyId);
      const client = await this.clients.load(tx, actor, input.clientId);
      if (vacancy.vacancy.status !== 'open')
        throw new AppError('conflict', 'Deze vacature is niet meer open; er kan niemand meer worden voorgesteld.');
      const employer = await vacancyRepo.findEmployer(tx, vacancy.vacancy.employerId);
      try {
        await repo.insertProposal(tx, {
          id,
          vacancyId,
          clientId: input.clientId,
          organisationId: actor.organisationId,
          employerOrganisationId: employer?.portalOrganisationId ?? null,
          status: 'proposed',
          introductionConsent: input.introductionConsent,
          proposedById: actor.userId,
        });
      } catch (err) {
        if (repo.isUniqueViolation(err)) {
          throw new AppError('conflict', 'Deze kandidaat is al voorgesteld voor deze vacature.', [
            { name: 'clientId', code: 'already_proposed', reason: 'Al voorgesteld voor deze vacature.' },
          ]);
        }
        throw err;
      }
      await this.audit.processing(tx, actor, trail, P.proposalCreate, [client.client.bsn]);
      return this.toProposal(tx, actor, (await repo.findProposal(tx, id))!);
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<Proposal> {
    return this.useCase(actor, trail, { action: 'proposal.read', objectType: 'proposal', objectId: id }, async (tx) => {
      const found = await this.loadOwn(tx, actor, id);
      if (found.client) await this.audit.processing(tx, actor, trail, P.proposalView, [found.client.bsn]);
      return this.toProposal(tx, actor, found);
    });
  }

  /** The proposals for a vacancy that the actor's organisation made (another organisation's stay invisible). */
  async listForVacancy(actor: Actor, vacancyId: string, trail: Trail): Promise<Proposal[]> {
    return this.useCase(actor, trail, { action: 'proposal.list', objectType: 'vacancy', objectId: vacancyId }, async (tx) => {
      await this.vacancies.load(tx, vacancyId);
      const rows = await repo.listProposalsForVacancy(tx, vacancyId, actor.organisationId);
      const shown = rows.filter((r) => this.mayShowClient(actor, r)).map((r) => r.client!.bsn);
      await this.audit.processing(tx, actor, trail, P.proposalView, shown);
      const checks = await repo.listChecks(
        tx,
        rows.map((r) => r.proposal.id),
      );
      return rows.map((r) => this.toProposalWith(actor, r, checks));
    });
  }

  /**
   * Interview, placed or rejected. Placing takes the vacancy's row lock first (two placements for the last
   * position: the second finds the vacancy filled) and fills the vacancy when every position is taken.
   */
  async update(actor: Actor, id: string, patch: ProposalPatch, trail: Trail): Promise<Proposal> {
    return this.useCase(actor, trail, { action: `proposal.${patch.status}`, objectType: 'proposal', objectId: id }, async (tx) => {
      const found = await this.loadOwnWithClient(tx, actor, id);
      const problems = patchProblems(patch);
      if (problems.length) throw AppError.invalid(problems);
      const from = found.proposal.status as ProposalStatus;
      if (!transitionAllowed(from, patch.status)) {
        throw new AppError(
          'conflict',
          `Een voorstel dat ${STATUS_LABELS_NL[from]} is, kan niet meer naar ${STATUS_LABELS_NL[patch.status]}.`,
          [{ name: 'status', code: 'illegal_transition', reason: `Niet toegestaan vanuit ${STATUS_LABELS_NL[from]}.` }],
        );
      }
      let placing = false;
      if (patch.status === 'placed') {
        const vacancy = await vacancyRepo.findVacancy(tx, found.proposal.vacancyId);
        if (!vacancy) throw new AppError('conflict', 'De vacature is niet meer zichtbaar voor uw organisatie; plaatsen kan niet.');
        // The vacancy may belong to another partner: a database function locks it for us (we hold a proposal for it).
        const locked = await repo.lockVacancyForPlacement(tx, found.proposal.vacancyId);
        if (!locked || locked.status !== 'open') {
          throw new AppError('conflict', 'Deze vacature is al vervuld of gesloten; er kan niemand meer op worden geplaatst.');
        }
        placing = true;
      }
      const p = patch.placement;
      const updated = await repo.updateProposal(tx, id, actor.organisationId, from, {
        status: patch.status,
        rejectionReason: patch.status === 'rejected' ? patch.rejectionReason : null,
        ...(p
          ? {
              contractType: p.contractType,
              placedHours: p.hours,
              placedStartDate: p.startDate,
              wageSubsidy: p.wageSubsidy,
              jobCoaching: p.jobCoaching,
            }
          : {}),
      });
      if (!updated) throw new AppError('conflict', 'Dit voorstel is intussen door iemand anders bijgewerkt. Laad de pagina opnieuw.');
      // Placements for one vacancy may come from several partners: the function counts them all and fills it.
      if (placing) await repo.fillVacancyIfComplete(tx, found.proposal.vacancyId);
      await this.audit.processing(tx, actor, trail, P.proposalUpdate, [found.client.bsn]);
      return this.toProposal(tx, actor, (await repo.findProposal(tx, id))!);
    });
  }

  /** The client agreed to be introduced to the employer by name: from now on the portal shows name and contact. */
  async recordIntroductionConsent(actor: Actor, id: string, trail: Trail): Promise<Proposal> {
    return this.useCase(actor, trail, { action: 'proposal.introduction_consent', objectType: 'proposal', objectId: id }, async (tx) => {
      const found = await this.loadOwnWithClient(tx, actor, id);
      if (!found.proposal.introductionConsent)
        await repo.updateProposal(tx, id, actor.organisationId, found.proposal.status, { introductionConsent: true });
      await this.audit.processing(tx, actor, trail, P.introductionConsent, [found.client.bsn]);
      return this.toProposal(tx, actor, (await repo.findProposal(tx, id))!);
    });
  }

  /** Durable work: still at work 6 or 12 months after the start? Once per placement and period. */
  async recordCheck(actor: Actor, id: string, input: PlacementCheckInput, trail: Trail): Promise<PlacementCheck> {
    const checkId = newId();
    return this.useCase(actor, trail, { action: 'placement.check', objectType: 'proposal', objectId: id }, async (tx) => {
      const found = await this.loadOwnWithClient(tx, actor, id);
      const p = found.proposal;
      if (p.status !== 'placed' || !p.placedStartDate)
        throw new AppError('conflict', 'Alleen een plaatsing kan worden nagegaan na 6 of 12 maanden.');
      if (await repo.findCheck(tx, id, input.months)) {
        throw new AppError('conflict', `De controle na ${input.months} maanden is voor deze plaatsing al vastgelegd.`, [
          { name: 'months', code: 'already_checked', reason: 'Al vastgelegd.' },
        ]);
      }
      const earliest = earliestCheckDate(p.placedStartDate, input.months);
      if (input.checkedOn < earliest) {
        throw AppError.invalid([
          {
            name: 'checkedOn',
            code: 'too_early',
            reason: `De controle na ${input.months} maanden kan vanaf ${earliest} (het werk begon op ${p.placedStartDate}).`,
          },
        ]);
      }
      await repo.insertCheck(tx, {
        id: checkId,
        proposalId: id,
        organisationId: actor.organisationId,
        months: input.months,
        checkedOn: input.checkedOn,
        stillWorking: input.stillWorking,
        notes: input.notes,
      });
      await this.audit.processing(tx, actor, trail, P.placementCheck, [found.client.bsn]);
      // The check settles its task in the work queue: the task rules run again for this organisation now.
      await requestTaskRulesRun(this.jobs, tx, actor.organisationId);
      return toCheck((await repo.findCheck(tx, id, input.months))!);
    });
  }

  /**
   * Employer portal: the candidates proposed to this employer, each under a stable pseudonym with hours,
   * education level and place. Name, e-mail and phone only after the client agreed to be introduced; BSN never.
   */
  async listForPortal(actor: Actor, trail: Trail): Promise<PortalProposal[]> {
    return this.useCase(actor, trail, { action: 'portal.proposals', objectType: 'proposal', objectId: null }, async (tx) => {
      const rows = await repo.listPortalProposals(tx, actor.organisationId);
      // The candidate's fields come from a database function that serves only proposals made to this employer.
      const fields = new Map(
        (
          await repo.portalCandidateFields(
            tx,
            rows.map((r) => r.proposal.id),
          )
        ).map((c) => [c.proposalId, c]),
      );
      const shown: string[] = [];
      const items = rows.map((r): PortalProposal => {
        const p = r.proposal;
        const c = fields.get(p.id) ?? null;
        if (c) shown.push(c.bsn);
        const introduced = p.introductionConsent && c !== null;
        return {
          id: p.id,
          vacancyId: p.vacancyId,
          vacancyTitle: r.vacancyTitle,
          candidateLabel: candidateLabel(this.audit.pseudonymise(`werkgeversportaal:${actor.organisationId}:${p.clientId}`)),
          matchScore: p.matchScore,
          status: p.status as ProposalStatus,
          hoursAvailable: c?.hoursAvailable ?? null,
          educationLevel: (c?.educationLevel ?? null) as PortalProposal['educationLevel'],
          city: c?.city ?? null,
          proposedAt: p.proposedAt.toISOString(),
          introduced,
          ...(introduced ? { name: displayName(c), email: c.email, phone: c.phone } : {}),
        };
      });
      await this.audit.processing(tx, actor, trail, P.portalCandidates, [...new Set(shown)]);
      return items;
    });
  }

  // ----------------------------------------------------------------------------------------------------

  /** A proposal of the actor's own organisation; any other (even one the employer portal may read) is 404. */
  private async loadOwn(tx: Db, actor: Actor, id: string): Promise<repo.ProposalDetailRow> {
    const found = await repo.findProposal(tx, id);
    if (!found || !ownsProposal(actor, found.proposal)) throw AppError.notFound('Voorstel niet gevonden.');
    return found;
  }

  /** To change a proposal the client file must still be visible (a withdrawn consent ends the processing). */
  private async loadOwnWithClient(tx: Db, actor: Actor, id: string) {
    const found = await this.loadOwn(tx, actor, id);
    if (!found.client) {
      throw new AppError(
        'conflict',
        'Het dossier van deze kandidaat is niet (meer) met uw organisatie gedeeld; dit voorstel kan niet worden bijgewerkt.',
      );
    }
    return found as repo.ProposalDetailRow & { client: NonNullable<repo.ProposalDetailRow['client']> };
  }

  /** Names go to roles that handle client files; others (the employer account manager) only for their own organisation's clients. */
  private mayShowClient(actor: Actor, r: repo.ProposalDetailRow): boolean {
    return mayShowCandidateName(actor, r.client);
  }

  private async toProposal(tx: Db, actor: Actor, r: repo.ProposalDetailRow): Promise<Proposal> {
    return this.toProposalWith(actor, r, await repo.listChecks(tx, [r.proposal.id]));
  }

  private toProposalWith(actor: Actor, r: repo.ProposalDetailRow, checks: repo.CheckRow[]): Proposal {
    const p = r.proposal;
    return {
      id: p.id,
      vacancyId: p.vacancyId,
      vacancyTitle: r.vacancyTitle,
      employerName: r.employerName,
      clientId: p.clientId,
      clientDisplayName: this.mayShowClient(actor, r) ? displayName(r.client!) : null,
      organisationId: p.organisationId,
      organisationName: r.organisationName,
      status: p.status as ProposalStatus,
      introductionConsent: p.introductionConsent,
      rejectionReason: p.rejectionReason,
      matchScore: p.matchScore,
      proposedAt: p.proposedAt.toISOString(),
      proposedBy: { id: p.proposedById, name: r.proposedByName },
      updatedAt: p.updatedAt.toISOString(),
      placement:
        p.status === 'placed' && p.contractType && p.placedHours !== null && p.placedStartDate
          ? {
              contractType: p.contractType as NonNullable<Proposal['placement']>['contractType'],
              hours: p.placedHours,
              startDate: p.placedStartDate,
              wageSubsidy: p.wageSubsidy ?? false,
              jobCoaching: p.jobCoaching ?? false,
            }
          : null,
      checks: checks.filter((c) => c.proposalId === p.id).map(toCheck),
    };
  }
}

function toCheck(c: repo.CheckRow): PlacementCheck {
  return {
    id: c.id,
    months: c.months,
    checkedOn: c.checkedOn,
    stillWorking: c.stillWorking,
    notes: c.notes,
    createdAt: c.createdAt.toISOString(),
  };
}
