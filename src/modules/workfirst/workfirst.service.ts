import { AppError, type InvalidParam } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { todayInAmsterdam } from '../../kernel/dates.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import { placementStartsForClients } from '../placements/index.ts';
import { WORKFIRST_ACTIVITIES as P } from './workfirst.activities.ts';
import type {
  Application,
  ApplicationInput,
  ApplicationPatch,
  Attendance,
  AttendanceInput,
  ClientWorkfirst,
  DiagnosisInput,
  Measure,
  MeasureDecisionInput,
  Placement,
  PlacementInput,
  PlacementPatch,
  PortalMeasure,
  Regulation as RegulationOut,
  RegulationInput,
  WeekRow,
  WorkfirstReport,
} from './workfirst.api.ts';
import * as repo from './workfirst.repo.ts';
import {
  addDays,
  addMonths,
  attendanceProblems,
  DEFAULT_REGULATION,
  flowedOutWithin,
  measureAboveCeiling,
  OUTFLOW_MONTHS,
  proposeMeasure,
  regulationOn,
  regulationProblems,
  SEARCH_PERIOD_DAYS,
  searchPeriodWeeks,
  suppress,
  SUPPRESS_BELOW,
  underSearchPeriodAge,
  weekStartOf,
  type OffenceCategory,
  type Regulation,
} from './workfirst.rules.ts';

const conflict = (param: InvalidParam) => new AppError('conflict', param.reason, [param]);
const notFound = (what: string) => AppError.notFound(`${what} niet gevonden.`);

/**
 * Work First: right after a benefit application the client works or takes part in activities for about
 * six weeks (under-27s search for four weeks first). Attendance is registered per week; absence without a
 * valid reason proposes a measure under the municipality's regulation, which the klantmanager confirms or
 * drops and the client can respond to in the portal before it takes effect. Everything belongs to the
 * municipality that owns the client file.
 */
export class WorkfirstService {
  constructor(
    private readonly useCase: UseCase,
    private readonly audit: AuditTrail,
    private readonly clients: ClientsService,
    private readonly portal: ClientPortalService,
    private readonly today: () => string = () => todayInAmsterdam(),
  ) {}

  // The client file -------------------------------------------------------------------------------------

  async forClient(actor: Actor, clientId: string, trail: Trail): Promise<ClientWorkfirst> {
    return this.useCase(actor, trail, { action: 'workfirst.read', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.clients.loadOwned(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, P.workfirstView, [found.client.bsn]);
      return this.fileOf(tx, actor, clientId);
    });
  }

  async registerApplication(actor: Actor, clientId: string, input: ApplicationInput, trail: Trail): Promise<Application> {
    const id = newId();
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.application.register', objectType: 'workfirst_application', objectId: id },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        if (input.submittedOn && input.submittedOn < input.reportedOn) {
          throw AppError.invalid([
            { name: 'submittedOn', code: 'before_reported', reason: 'De aanvraag kan niet vóór de melding liggen.' },
          ]);
        }
        await repo.insertApplication(tx, {
          id,
          organisationId: actor.organisationId,
          clientId,
          reportedOn: input.reportedOn,
          submittedOn: input.submittedOn,
          searchPeriod: underSearchPeriodAge(found.client.dateOfBirth, input.reportedOn),
          createdById: actor.userId,
        });
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        return (await this.fileOf(tx, actor, clientId)).applications.find((a) => a.id === id)!;
      },
    );
  }

  async updateApplication(
    actor: Actor,
    clientId: string,
    applicationId: string,
    patch: ApplicationPatch,
    trail: Trail,
  ): Promise<Application> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.application.update', objectType: 'workfirst_application', objectId: applicationId },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const row = await repo.findApplication(tx, clientId, applicationId);
        if (!row) throw notFound('Melding');
        const next = {
          submittedOn: patch.submittedOn !== undefined ? patch.submittedOn : row.submittedOn,
          decidedOn: patch.decidedOn !== undefined ? patch.decidedOn : row.decidedOn,
          outcome: patch.outcome !== undefined ? patch.outcome : row.outcome,
          workStartedOn: patch.workStartedOn !== undefined ? patch.workStartedOn : row.workStartedOn,
        };
        const problems: InvalidParam[] = [];
        if (next.submittedOn && next.submittedOn < row.reportedOn) {
          problems.push({ name: 'submittedOn', code: 'before_reported', reason: 'De aanvraag kan niet vóór de melding liggen.' });
        }
        if (next.decidedOn && next.decidedOn < (next.submittedOn ?? row.reportedOn)) {
          problems.push({ name: 'decidedOn', code: 'before_submitted', reason: 'Het besluit kan niet vóór de aanvraag liggen.' });
        }
        if ((next.outcome === 'granted' || next.outcome === 'refused') && !next.decidedOn) {
          problems.push({ name: 'decidedOn', code: 'required', reason: 'Bij toekenning of afwijzing hoort een besluitdatum.' });
        }
        if (next.workStartedOn && next.workStartedOn < row.reportedOn) {
          problems.push({ name: 'workStartedOn', code: 'before_reported', reason: 'Het werk kan niet vóór de melding begonnen zijn.' });
        }
        if (problems.length > 0) throw AppError.invalid(problems);
        await repo.updateApplication(tx, applicationId, next);
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        return (await this.fileOf(tx, actor, clientId)).applications.find((a) => a.id === applicationId)!;
      },
    );
  }

  /** The job applications of one week of the search period, against the target in force that week. */
  async logSearchWeek(
    actor: Actor,
    clientId: string,
    applicationId: string,
    weekStart: string,
    jobApplications: number,
    trail: Trail,
  ): Promise<Application> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.search.log', objectType: 'workfirst_application', objectId: applicationId },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const row = await repo.findApplication(tx, clientId, applicationId);
        if (!row) throw notFound('Melding');
        if (!row.searchPeriod) {
          throw conflict({
            name: 'applicationId',
            code: 'no_search_period',
            reason: 'Deze melding heeft geen zoekperiode (27 jaar of ouder).',
          });
        }
        if (!searchPeriodWeeks(row.reportedOn).includes(weekStart)) {
          throw AppError.invalid([
            { name: 'weekStart', code: 'outside_search_period', reason: 'Kies een van de vier weken (maandag) van de zoekperiode.' },
          ]);
        }
        const reg = regulationOn(await repo.regulations(tx, actor.organisationId), weekStart);
        await repo.upsertSearchWeek(tx, {
          applicationId,
          organisationId: actor.organisationId,
          weekStart,
          jobApplications,
          target: reg.applicationsTargetPerWeek,
        });
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        return (await this.fileOf(tx, actor, clientId)).applications.find((a) => a.id === applicationId)!;
      },
    );
  }

  async startPlacement(actor: Actor, clientId: string, input: PlacementInput, trail: Trail): Promise<Placement> {
    const id = newId();
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.placement.start', objectType: 'workfirst_placement', objectId: id },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const application = await repo.findApplication(tx, clientId, input.applicationId);
        if (!application) {
          throw AppError.invalid([{ name: 'applicationId', code: 'unknown', reason: 'Deze melding hoort niet bij deze cliënt.' }]);
        }
        const reg = regulationOn(await repo.regulations(tx, actor.organisationId), input.startsOn);
        if (input.hoursPerWeek < reg.minHoursPerWeek) {
          throw AppError.invalid([
            {
              name: 'hoursPerWeek',
              code: 'below_minimum',
              reason: `Een Work First-plaatsing is minstens ${reg.minHoursPerWeek} uur per week.`,
            },
          ]);
        }
        if (input.startsOn < application.reportedOn) {
          throw AppError.invalid([
            { name: 'startsOn', code: 'before_reported', reason: 'De plaatsing kan niet vóór de melding beginnen.' },
          ]);
        }
        await repo.insertPlacement(tx, { id, organisationId: actor.organisationId, clientId, createdById: actor.userId, ...input });
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        return (await this.fileOf(tx, actor, clientId)).placements.find((p) => p.id === id)!;
      },
    );
  }

  /** End a placement: completed or dropped out (an earlier end date when it stopped early). */
  async updatePlacement(actor: Actor, clientId: string, placementId: string, patch: PlacementPatch, trail: Trail): Promise<Placement> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.placement.update', objectType: 'workfirst_placement', objectId: placementId },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const row = await repo.findPlacement(tx, clientId, placementId);
        if (!row) throw notFound('Plaatsing');
        if (patch.endsOn && patch.endsOn < row.startsOn) {
          throw AppError.invalid([{ name: 'endsOn', code: 'end_before_start', reason: 'Het einde ligt vóór het begin.' }]);
        }
        await repo.updatePlacement(tx, placementId, { status: patch.status, ...(patch.endsOn ? { endsOn: patch.endsOn } : {}) });
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        return (await this.fileOf(tx, actor, clientId)).placements.find((p) => p.id === placementId)!;
      },
    );
  }

  /**
   * A week's attendance (the week from its Monday). Absence without a valid reason proposes a measure
   * under the regulation in force that week; a correction before the decision withdraws the proposal, and
   * a week whose measure was confirmed is not changed any more (409).
   */
  async registerAttendance(
    actor: Actor,
    clientId: string,
    placementId: string,
    weekStart: string,
    input: AttendanceInput,
    trail: Trail,
  ): Promise<{ attendance: Attendance; measure: Measure | null }> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.attendance.register', objectType: 'workfirst_placement', objectId: placementId },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const placement = await repo.findPlacement(tx, clientId, placementId);
        if (!placement) throw notFound('Plaatsing');
        const problems = attendanceProblems(input, placement, weekStart);
        if (problems.length > 0) throw AppError.invalid(problems);
        if (weekStart > this.today()) {
          throw AppError.invalid([
            { name: 'weekStart', code: 'in_future', reason: 'Aanwezigheid registreert u voor een week die begonnen is.' },
          ]);
        }
        const measures = await repo.measuresOfClient(tx, clientId);
        const existing = measures.find((m) => m.placementId === placementId && m.weekStart === weekStart) ?? null;
        if (existing?.status === 'confirmed') {
          throw conflict({
            name: 'absenceUnexcusedHours',
            code: 'measure_confirmed',
            reason: 'Voor deze week is al een maatregel bevestigd; laat die eerst vallen om de registratie te wijzigen.',
          });
        }
        await repo.upsertAttendance(tx, {
          placementId,
          organisationId: actor.organisationId,
          weekStart,
          hoursPlanned: input.hoursPlanned,
          hoursPresent: input.hoursPresent,
          absenceExcusedHours: input.absenceExcusedHours,
          absenceUnexcusedHours: input.absenceUnexcusedHours,
          note: input.note,
          registeredById: actor.userId,
        });
        const proposal = proposeMeasure(
          input,
          weekStart,
          measures.filter((m) => m.status === 'confirmed'),
          await repo.regulations(tx, actor.organisationId),
        );
        let measureId: string | null = existing && existing.status === 'proposed' ? existing.id : null;
        if (proposal && !existing) {
          measureId = newId();
          await repo.insertMeasure(tx, {
            id: measureId,
            organisationId: actor.organisationId,
            placementId,
            clientId,
            weekStart,
            ...proposal,
          });
        } else if (proposal && existing) {
          // Re-registered: the proposal follows the new registration (a dropped one is proposed again).
          measureId = existing.id;
          await repo.updateMeasure(tx, existing.id, {
            ...proposal,
            status: 'proposed',
            decidedAt: null,
            decidedById: null,
            decisionReason: null,
            effectiveFrom: null,
            clientResponse: null,
            respondedAt: null,
          });
        } else if (!proposal && existing?.status === 'proposed') {
          await repo.updateMeasure(tx, existing.id, {
            status: 'dropped',
            decidedAt: new Date(),
            decidedById: actor.userId,
            decisionReason: 'Registratie gecorrigeerd: geen afwezigheid zonder geldige reden.',
          });
          measureId = null;
        }
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        const file = await this.fileOf(tx, actor, clientId);
        const p = file.placements.find((x) => x.id === placementId)!;
        return {
          attendance: p.attendance.find((a) => a.weekStart === weekStart)!,
          measure: measureId ? (p.measures.find((m) => m.id === measureId) ?? null) : null,
        };
      },
    );
  }

  async recordDiagnosis(actor: Actor, clientId: string, placementId: string, input: DiagnosisInput, trail: Trail): Promise<Placement> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.diagnosis.record', objectType: 'workfirst_placement', objectId: placementId },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const placement = await repo.findPlacement(tx, clientId, placementId);
        if (!placement) throw notFound('Plaatsing');
        if (input.limitations && !input.limitationsConsent) {
          throw AppError.invalid([
            {
              name: 'limitations',
              code: 'no_consent',
              reason: 'Beperkingen legt u alleen vast als de cliënt daarmee instemt.',
            },
          ]);
        }
        await repo.upsertDiagnosis(tx, {
          placementId,
          organisationId: actor.organisationId,
          hoursPerWeekFeasible: input.hoursPerWeekFeasible,
          workHabits: input.workHabits,
          skillsSeen: input.skillsSeen,
          limitations: input.limitationsConsent ? input.limitations : null,
          advice: input.advice,
          adviceNote: input.adviceNote,
          ladderRung: input.ladderRung,
          recordedById: actor.userId,
        });
        await this.audit.processing(tx, actor, trail, P.workfirstRecord, [found.client.bsn]);
        return (await this.fileOf(tx, actor, clientId)).placements.find((p) => p.id === placementId)!;
      },
    );
  }

  /**
   * Confirm (it takes effect after the hearing period) or drop a measure, with a reason. A confirmed one
   * may still be dropped during the hearing, e.g. after the client's response.
   */
  async decideMeasure(actor: Actor, clientId: string, measureId: string, input: MeasureDecisionInput, trail: Trail): Promise<Measure> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.measure.decide', objectType: 'workfirst_measure', objectId: measureId },
      async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        const m = await repo.findMeasure(tx, clientId, measureId, { lock: true });
        if (!m) throw notFound('Maatregel');
        const today = this.today();
        if (input.decision === 'confirm') {
          if (m.status !== 'proposed') {
            throw conflict({ name: 'decision', code: 'not_proposed', reason: 'Alleen een voorgestelde maatregel kan worden bevestigd.' });
          }
          const reg = this.versionOf(await repo.regulations(tx, actor.organisationId), m.regulationValidFrom);
          const percent = input.percent ?? m.percent;
          const above = measureAboveCeiling(percent, reg);
          if (above) throw conflict(above);
          await repo.updateMeasure(tx, measureId, {
            status: 'confirmed',
            percent,
            decidedAt: new Date(),
            decidedById: actor.userId,
            decisionReason: input.reason,
            effectiveFrom: addDays(today, reg.hearingDays),
          });
        } else {
          if (m.status === 'dropped')
            throw conflict({ name: 'decision', code: 'already_dropped', reason: 'Deze maatregel is al vervallen.' });
          if (m.status === 'confirmed' && m.effectiveFrom && m.effectiveFrom <= today) {
            throw conflict({ name: 'decision', code: 'in_effect', reason: 'De maatregel is al ingegaan.' });
          }
          await repo.updateMeasure(tx, measureId, {
            status: 'dropped',
            decidedAt: new Date(),
            decidedById: actor.userId,
            decisionReason: input.reason,
          });
        }
        await this.audit.processing(tx, actor, trail, P.measureDecide, [found.client.bsn]);
        return this.toMeasure((await repo.findMeasure(tx, clientId, measureId))!, today);
      },
    );
  }

  // The week's attendance -------------------------------------------------------------------------------

  async week(actor: Actor, date: string, trail: Trail): Promise<{ weekStart: string; rows: WeekRow[] }> {
    const weekStart = weekStartOf(date);
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.week', objectType: 'organisation', objectId: actor.organisationId },
      async (tx) => {
        const placements = await repo.activePlacementsInWeek(tx, actor.organisationId, weekStart, addDays(weekStart, 6));
        const ids = placements.map((p) => p.id);
        const attendance = (await repo.attendanceOf(tx, ids)).filter((a) => a.weekStart === weekStart);
        const measures = (await repo.measuresOf(tx, ids)).filter((m) => m.weekStart === weekStart);
        const today = this.today();
        const rows: WeekRow[] = [];
        const bsns: string[] = [];
        for (const p of placements) {
          const found = await this.clients.load(tx, actor, p.clientId);
          bsns.push(found.client.bsn);
          const a = attendance.find((x) => x.placementId === p.id);
          const m = measures.find((x) => x.placementId === p.id);
          rows.push({
            clientId: p.clientId,
            clientName: displayName(found.client),
            placementId: p.id,
            providerName: p.providerName,
            activity: p.activity,
            hoursPerWeek: p.hoursPerWeek,
            attendance: a ? toAttendance(a) : null,
            measure: m ? this.toMeasure(m, today) : null,
          });
        }
        if (bsns.length > 0) await this.audit.processing(tx, actor, trail, P.workfirstView, bsns);
        return { weekStart, rows };
      },
    );
  }

  // Regulation ------------------------------------------------------------------------------------------

  async regulations(actor: Actor, trail: Trail): Promise<RegulationOut[]> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.regulations', objectType: 'organisation', objectId: actor.organisationId },
      async (tx) => {
        const versions = await repo.regulations(tx, actor.organisationId);
        return [{ ...DEFAULT_REGULATION, isDefault: true }, ...versions.map((v) => ({ ...v, isDefault: false }))];
      },
    );
  }

  async setRegulation(actor: Actor, validFrom: string, input: RegulationInput, trail: Trail): Promise<RegulationOut> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.regulation.set', objectType: 'organisation', objectId: actor.organisationId },
      async (tx) => {
        const problems = regulationProblems(input);
        if (problems.length > 0) throw AppError.invalid(problems);
        await repo.upsertRegulation(tx, {
          id: newId(),
          organisationId: actor.organisationId,
          validFrom,
          createdById: actor.userId,
          ...input,
        });
        return { ...input, validFrom, isDefault: false };
      },
    );
  }

  // Report ----------------------------------------------------------------------------------------------

  async report(actor: Actor, range: { from: string; to: string }, trail: Trail): Promise<WorkfirstReport> {
    return this.useCase(
      actor,
      trail,
      { action: 'workfirst.report', objectType: 'organisation', objectId: actor.organisationId },
      async (tx) => {
        const apps = await repo.applicationsReportedIn(tx, actor.organisationId, range.from, range.to);
        const gone = apps.filter((a) => a.outcome === 'withdrawn' || a.outcome === 'not_pursued');
        const later = await repo.applicationsOfClientsFrom(tx, [...new Set(gone.map((a) => a.clientId))], range.from);
        const seenAgain = gone.filter((a) =>
          later.some(
            (b) => b.clientId === a.clientId && b.id !== a.id && b.reportedOn > a.reportedOn && b.reportedOn <= addMonths(a.reportedOn, 12),
          ),
        ).length;
        const placements = await repo.placementsStartedIn(tx, actor.organisationId, range.from, range.to);
        const workStarts = await this.workStartsOf(tx, actor.organisationId, apps);
        const within = (months: number) =>
          apps.filter((a) => flowedOutWithin(a.reportedOn, [a.workStartedOn, ...(workStarts.get(a.clientId) ?? [])], months)).length;
        return {
          from: range.from,
          to: range.to,
          suppressedBelow: SUPPRESS_BELOW,
          applications: suppress(apps.length),
          withdrawn: suppress(apps.filter((a) => a.outcome === 'withdrawn').length),
          notPursued: suppress(apps.filter((a) => a.outcome === 'not_pursued').length),
          started: suppress(placements.length),
          completed: suppress(placements.filter((p) => p.status === 'completed').length),
          droppedOut: suppress(placements.filter((p) => p.status === 'dropped_out').length),
          measuresConfirmed: suppress(await repo.confirmedMeasuresIn(tx, actor.organisationId, range.from, range.to)),
          outflowToWorkWithin3Months: suppress(within(3)),
          outflowToWorkWithin6Months: suppress(within(6)),
          withdrawnSeenAgainWithinYear: suppress(seenAgain),
        };
      },
    );
  }

  /**
   * The start days of the organisation's placements with employers (the placements module's published read)
   * for the clients of these applications, from the earliest report to the end of the last outflow window.
   */
  private async workStartsOf(tx: Db, organisationId: string, apps: readonly repo.ApplicationRow[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (apps.length === 0) return out;
    const reported = apps.map((a) => a.reportedOn).sort();
    const last = addMonths(reported[reported.length - 1]!, Math.max(...OUTFLOW_MONTHS));
    const starts = await placementStartsForClients(
      tx,
      organisationId,
      apps.map((a) => a.clientId),
      reported[0]!,
      last,
    );
    for (const s of starts) out.set(s.clientId, [...(out.get(s.clientId) ?? []), s.startDate]);
    return out;
  }

  // Portal ----------------------------------------------------------------------------------------------

  /** The client's own measures once the klantmanager confirmed them (proposals are not shown). */
  async myMeasures(actor: Actor, trail: Trail): Promise<PortalMeasure[]> {
    return this.useCase(actor, trail, { action: 'portal.workfirst.measures', objectType: 'client', objectId: actor.userId }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const found = await this.clients.load(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, P.portalMeasures, [found.client.bsn]);
      return this.portalMeasures(tx, clientId);
    });
  }

  /** The client's response (hearing) while the hearing period runs. */
  async respond(actor: Actor, measureId: string, response: string, trail: Trail): Promise<PortalMeasure> {
    return this.useCase(
      actor,
      trail,
      { action: 'portal.workfirst.respond', objectType: 'workfirst_measure', objectId: measureId },
      async (tx) => {
        const clientId = await this.portal.ownClientId(tx, actor);
        const m = await repo.findMeasure(tx, clientId, measureId, { lock: true });
        if (!m || m.effectiveFrom === null) throw AppError.forbidden('Deze maatregel hoort niet bij uw dossier.');
        if (!this.toMeasure(m, this.today()).hearingOpen) {
          throw conflict({ name: 'response', code: 'hearing_closed', reason: 'De termijn om te reageren is voorbij.' });
        }
        await repo.updateMeasure(tx, measureId, { clientResponse: response, respondedAt: new Date() });
        const found = await this.clients.load(tx, actor, clientId);
        await this.audit.processing(tx, actor, trail, P.portalMeasures, [found.client.bsn]);
        return (await this.portalMeasures(tx, clientId)).find((x) => x.id === measureId)!;
      },
    );
  }

  // ----------------------------------------------------------------------------------------------------

  private async portalMeasures(tx: Db, clientId: string): Promise<PortalMeasure[]> {
    const measures = (await repo.measuresOfClient(tx, clientId)).filter((m) => m.effectiveFrom !== null);
    const placements = await repo.placementsOfClient(tx, clientId);
    const today = this.today();
    return measures.map((m) => {
      const p = placements.find((x) => x.id === m.placementId)!;
      return { ...this.toMeasure(m, today), activity: p.activity, providerName: p.providerName };
    });
  }

  /** The version a measure was proposed under (the default when the municipality had none). */
  private versionOf(versions: readonly Regulation[], validFrom: string): Regulation {
    return versions.find((v) => v.validFrom === validFrom) ?? regulationOn(versions, validFrom);
  }

  private async fileOf(tx: Db, actor: Actor, clientId: string): Promise<ClientWorkfirst> {
    const applications = await repo.applicationsOfClient(tx, clientId);
    const weeks = await repo.searchWeeksOf(
      tx,
      applications.map((a) => a.id),
    );
    const versions = await repo.regulations(tx, actor.organisationId);
    const placements = await repo.placementsOfClient(tx, clientId);
    const ids = placements.map((p) => p.id);
    const [attendance, measures, diagnoses] = await Promise.all([
      repo.attendanceOf(tx, ids),
      repo.measuresOf(tx, ids),
      repo.diagnosesOf(tx, ids),
    ]);
    const today = this.today();
    return {
      clientId,
      applications: applications.map((a) => ({
        id: a.id,
        reportedOn: a.reportedOn,
        submittedOn: a.submittedOn,
        decidedOn: a.decidedOn,
        outcome: a.outcome as Application['outcome'],
        workStartedOn: a.workStartedOn,
        searchPeriod: a.searchPeriod,
        searchPeriodEndsOn: a.searchPeriod ? addDays(a.reportedOn, SEARCH_PERIOD_DAYS) : null,
        searchWeeks: a.searchPeriod
          ? searchPeriodWeeks(a.reportedOn).map((weekStart) => {
              const w = weeks.find((x) => x.applicationId === a.id && x.weekStart === weekStart);
              const target = w?.target ?? regulationOn(versions, weekStart).applicationsTargetPerWeek;
              return { weekStart, jobApplications: w?.jobApplications ?? null, target, metTarget: w ? w.jobApplications >= target : null };
            })
          : [],
      })),
      placements: placements.map((p) => {
        const d = diagnoses.find((x) => x.placementId === p.id);
        return {
          id: p.id,
          applicationId: p.applicationId,
          providerKind: p.providerKind as Placement['providerKind'],
          providerName: p.providerName,
          activity: p.activity,
          hoursPerWeek: p.hoursPerWeek,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          status: p.status as Placement['status'],
          attendance: attendance.filter((a) => a.placementId === p.id).map(toAttendance),
          measures: measures.filter((m) => m.placementId === p.id).map((m) => this.toMeasure(m, today)),
          diagnosis: d
            ? {
                hoursPerWeekFeasible: d.hoursPerWeekFeasible,
                workHabits: d.workHabits,
                skillsSeen: d.skillsSeen,
                limitations: d.limitations,
                advice: d.advice as 'work' | 'trajectory' | 'care',
                adviceNote: d.adviceNote,
                ladderRung: d.ladderRung,
                recordedAt: d.recordedAt.toISOString(),
              }
            : null,
        };
      }),
    };
  }

  private toMeasure(m: repo.MeasureRow, today: string): Measure {
    return {
      id: m.id,
      placementId: m.placementId,
      weekStart: m.weekStart,
      category: m.category as OffenceCategory,
      percent: m.percent,
      durationMonths: m.durationMonths,
      regulationValidFrom: m.regulationValidFrom,
      status: m.status as Measure['status'],
      decisionReason: m.decisionReason,
      decidedAt: m.decidedAt?.toISOString() ?? null,
      effectiveFrom: m.effectiveFrom,
      clientResponse: m.clientResponse,
      respondedAt: m.respondedAt?.toISOString() ?? null,
      hearingOpen: m.status === 'confirmed' && m.effectiveFrom !== null && today < m.effectiveFrom,
    };
  }
}

function toAttendance(a: repo.AttendanceRow): Attendance {
  return {
    weekStart: a.weekStart,
    hoursPlanned: a.hoursPlanned,
    hoursPresent: a.hoursPresent,
    absenceExcusedHours: a.absenceExcusedHours,
    absenceUnexcusedHours: a.absenceUnexcusedHours,
    note: a.note,
  };
}
