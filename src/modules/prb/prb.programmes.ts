import { PRB_ACTIVITIES } from './prb.activities.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { hasRole, type Actor } from '../../platform/http/access.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import { displayName } from '../clients/index.ts';
import * as identityRepo from '../identity/index.ts';
import type {
  PrbAdmissionInput,
  PrbAdvisorInput,
  PrbParticipant,
  PrbProgramme,
  PrbProgrammeInput,
  PrbProgrammeSummary,
} from './prb.api.ts';
import * as repo from './prb.repo.ts';
import { cohortFullMessage } from './prb.rules.ts';
import { mayOpenProgramme } from './prb.policy.ts';
import type { PrbContext } from './prb.context.ts';
import { maySeeProgramme, ownProgramme, staffParticipant } from './prb.loaders.ts';
import { participantDetail, programmeDetail, toProgrammeSummary } from './prb.presenters.ts';
import { alreadyAdmitted, duplicateProgrammeName } from './prb.errors.ts';

const P = PRB_ACTIVITIES;

const PRB_INSTRUMENT_NAME = 'Persoonsgebonden re-integratiebudget (PRB)';
/** Goal rung of a PRB trajectory when the case manager gives none: paid work without support. */
const DEFAULT_GOAL_RUNG = 6;

/** PRB programmes (list, create, open, advisors) and admitting a client to one. */
export class PrbProgrammes {
  constructor(private readonly ctx: PrbContext) {}

  async list(actor: Actor, trail: Trail): Promise<PrbProgrammeSummary[]> {
    return this.ctx.useCase(actor, trail, { action: 'prb.programme.list', objectType: 'prb_programme', objectId: null }, async (tx) => {
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

  async create(actor: Actor, input: PrbProgrammeInput, trail: Trail): Promise<PrbProgramme> {
    const id = newId();
    try {
      return await this.ctx.useCase(
        actor,
        trail,
        { action: 'prb.programme.create', objectType: 'prb_programme', objectId: id },
        async (tx) => {
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
          return programmeDetail(tx, this.ctx.audit, actor, (await repo.findProgramme(tx, id))!, trail);
        },
      );
    } catch (err) {
      if (isUniqueViolation(err, 'prb_programmes_organisation_name_key')) throw duplicateProgrammeName();
      throw err;
    }
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<PrbProgramme> {
    return this.ctx.useCase(actor, trail, { action: 'prb.programme.read', objectType: 'prb_programme', objectId: id }, async (tx) => {
      const found = await repo.findProgramme(tx, id);
      if (!found || !(await maySeeProgramme(tx, actor, found.programme))) throw AppError.notFound('PRB-programma niet gevonden.');
      return programmeDetail(tx, this.ctx.audit, actor, found, trail);
    });
  }

  /** Adds an independent PRB advisor (a user with role prb_werkadviseur, of any organisation). */
  async addAdvisor(actor: Actor, programmeId: string, input: PrbAdvisorInput, trail: Trail): Promise<PrbProgramme> {
    return this.ctx.useCase(actor, trail, { action: 'prb.advisor.add', objectType: 'prb_programme', objectId: programmeId }, async (tx) => {
      const found = await ownProgramme(tx, actor, programmeId);
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
      return programmeDetail(tx, this.ctx.audit, actor, found, trail);
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
      return await this.ctx.useCase(
        actor,
        trail,
        { action: 'prb.participant.admit', objectType: 'prb_participant', objectId: id },
        async (tx) => {
          const found = await ownProgramme(tx, actor, programmeId);
          const programme = found.programme;
          const client = await this.ctx.clients.loadOwned(tx, actor, input.clientId);
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
          const trajectoryId = await this.ctx.trajectories.startInTransaction(tx, actor, input.clientId, {
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
          await this.ctx.audit.processing(tx, actor, trail, P.prbAdmit, [client.client.bsn]);
          return participantDetail(tx, (await repo.findParticipant(tx, id))!);
        },
      );
    } catch (err) {
      // Two admissions of one client at once: the unique index lets one through; the other rolled back whole.
      if (isUniqueViolation(err, 'prb_participants_programme_client_key')) throw alreadyAdmitted();
      throw err;
    }
  }

  async getParticipant(actor: Actor, id: string, trail: Trail): Promise<PrbParticipant> {
    return this.ctx.useCase(actor, trail, { action: 'prb.participant.read', objectType: 'prb_participant', objectId: id }, async (tx) => {
      const found = await staffParticipant(tx, actor, id);
      await this.ctx.audit.processing(tx, actor, trail, P.prbView, await repo.participantBsns(tx, [found.participant.id]));
      return participantDetail(tx, found);
    });
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
}
