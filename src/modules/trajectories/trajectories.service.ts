import { AppError, type InvalidParam } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import { CLIENT_FILE_ROLES, hasRole, type Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { requestTaskRulesRun } from '../../platform/task-rules.ts';
import { TRAJECTORIES_ACTIVITIES } from './trajectories.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import { findOrganisation } from '../organisations/index.ts';
import type {
  AssignmentClient,
  Instrument,
  InstrumentInput,
  InstrumentPatch,
  ProgressReport,
  ProgressReportInput,
  ProviderAssignment,
  ProviderAssignmentDetail,
  ProviderAssignmentInput,
  Trajectory,
  TrajectoryCloseInput,
  TrajectoryInput,
  TrajectoryListQuery,
} from './trajectories.api.ts';
import * as repo from './trajectories.repo.ts';
import {
  closeProblems,
  dateOrderProblems,
  resultFigures,
  type CbsCategory,
  type ContractType,
  type InstrumentKind,
  type Outcome,
  type TrajectoryStatus,
} from './trajectories.rules.ts';
import { mayCloseTrajectory, ownsAssignment } from './trajectories.policy.ts';

const P = TRAJECTORIES_ACTIVITIES;

/** What the PRB module passes to start a participant's trajectory inside its own transaction. */
export interface PrbTrajectoryStart {
  instrumentId: string;
  startDate: string;
  plannedEndDate: string;
  costCents: number;
  goalRung: number;
  prbParticipantId: string;
}

/**
 * Instruments, trajectories with outcomes, provider assignments and progress reports.
 *
 * Who sees what: the municipality that started a trajectory (its owner) sees and closes it; the provider
 * running it sees it and reports progress only while the client is assigned to that provider (an active
 * assignment_clients row); ending the assignment ends the provider's sight of the client and its
 * trajectories. Results per assignment are aggregates over every trajectory run under it, so the
 * municipality and the provider see the same figures, also after clients left the assignment.
 */
export class TrajectoriesService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    readonly clients: ClientsService,
    private readonly jobs: JobQueue,
  ) {}

  // For the PRB module (inside its transaction) ----------------------------------------------------

  /**
   * Starts the trajectory of a PRB participant in the caller's transaction (the PRB service writes the
   * audit and processing lines). The client must be a file of the actor's organisation, the instrument an
   * active one of its catalogue; a planned end before the start is a 400 naming plannedEndDate. The
   * municipality runs it itself (no provider, no assignment). Returns the trajectory id.
   */
  async startInTransaction(tx: Db, actor: Actor, clientId: string, input: PrbTrajectoryStart): Promise<string> {
    if (!Number.isSafeInteger(input.costCents) || input.costCents < 0)
      throw new RangeError(`cost must be whole cents >= 0: ${input.costCents}`);
    await this.clients.loadOwned(tx, actor, clientId);
    const problems = [
      ...(await this.instrumentProblems(tx, actor, input.instrumentId)),
      ...dateOrderProblems(input.startDate, input.plannedEndDate, 'plannedEndDate'),
    ];
    if (problems.length) throw AppError.invalid(problems);
    const id = newId();
    await repo.insertTrajectory(tx, {
      id,
      organisationId: actor.organisationId,
      clientId,
      instrumentId: input.instrumentId,
      providerOrganisationId: null,
      assignmentId: null,
      prbParticipantId: input.prbParticipantId,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate,
      costCents: input.costCents,
      goalRung: input.goalRung,
      rungBefore: await repo.rungOn(tx, clientId, input.startDate),
      createdById: actor.userId,
    });
    return id;
  }

  /** Sets a trajectory's cost (PRB keeps it equal to the committed amount); 404 if not the organisation's. */
  async setCostInTransaction(tx: Db, trajectoryId: string, costCents: number): Promise<void> {
    if (!Number.isSafeInteger(costCents) || costCents < 0) throw new RangeError(`cost must be whole cents >= 0: ${costCents}`);
    if (!(await repo.setTrajectoryCost(tx, trajectoryId, costCents))) {
      if (!(await repo.ownTrajectoryExists(tx, trajectoryId))) throw AppError.notFound('Traject niet gevonden.');
      throw new AppError('conflict', 'Het traject is afgesloten; er kan geen bedrag meer worden vastgelegd.', [
        { name: 'trajectoryId', code: 'trajectory_closed', reason: 'Het traject loopt niet meer.' },
      ]);
    }
  }

  // Instruments -------------------------------------------------------------------------------------

  async listInstruments(actor: Actor, includeInactive: boolean, trail: Trail): Promise<Instrument[]> {
    return this.useCase(actor, trail, { action: 'instrument.list', objectType: 'instrument', objectId: null }, async (tx) =>
      (await repo.listInstruments(tx, actor.organisationId, includeInactive)).map(toInstrument),
    );
  }

  async createInstrument(actor: Actor, input: InstrumentInput, trail: Trail): Promise<Instrument> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'instrument.create', objectType: 'instrument', objectId: id }, async (tx) => {
      await repo.insertInstrument(tx, {
        id,
        organisationId: actor.organisationId,
        name: input.name,
        kind: input.kind,
        cbsCategory: input.cbsCategory,
        description: input.description,
      });
      return toInstrument((await repo.findInstrument(tx, id))!);
    });
  }

  async updateInstrument(actor: Actor, id: string, patch: InstrumentPatch, trail: Trail): Promise<Instrument> {
    return this.useCase(actor, trail, { action: 'instrument.update', objectType: 'instrument', objectId: id }, async (tx) => {
      const found = await repo.findInstrument(tx, id);
      if (!found || found.organisationId !== actor.organisationId) throw AppError.notFound('Instrument niet gevonden.');
      await repo.updateInstrument(tx, id, actor.organisationId, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.cbsCategory !== undefined ? { cbsCategory: patch.cbsCategory } : {}),
        ...(patch.description !== undefined ? { description: patch.description || null } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
      });
      return toInstrument((await repo.findInstrument(tx, id))!);
    });
  }

  // Trajectories ------------------------------------------------------------------------------------

  /**
   * Starts a trajectory for a client of the own organisation. With an assignment, the provider is the
   * assignment's and the client is assigned to it in the same transaction if not yet (so the provider
   * can see the client it runs the trajectory for). With only a provider, no assignment is made: the
   * provider sees the trajectory once the client is assigned to it.
   */
  async start(actor: Actor, clientId: string, input: TrajectoryInput, trail: Trail): Promise<Trajectory> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'trajectory.start', objectType: 'trajectory', objectId: id }, async (tx) => {
      const found = await this.clients.loadOwned(tx, actor, clientId);
      const problems = await this.instrumentProblems(tx, actor, input.instrumentId);
      const { providerOrganisationId, assignment, problems: providerProblems } = await this.resolveProvider(tx, actor, input);
      problems.push(...providerProblems);
      if (problems.length) throw AppError.invalid(problems);
      if (assignment?.endedAt)
        throw new AppError('conflict', `De opdracht "${assignment.name}" is beëindigd; er kunnen geen trajecten meer onder starten.`);
      if (assignment && !(await repo.assignmentRowsOf(tx, assignment.id, clientId)).some((r) => r.endedAt === null)) {
        await repo.insertAssignmentClient(tx, {
          id: newId(),
          assignmentId: assignment.id,
          clientId,
          organisationId: actor.organisationId,
          providerOrganisationId: assignment.providerOrganisationId,
          assignedById: actor.userId,
        });
        await this.audit.processing(tx, actor, trail, P.assignmentChange, [found.client.bsn]);
      }
      await repo.insertTrajectory(tx, {
        id,
        organisationId: actor.organisationId,
        clientId,
        instrumentId: input.instrumentId,
        providerOrganisationId,
        assignmentId: assignment?.id ?? null,
        startDate: input.startDate,
        plannedEndDate: input.plannedEndDate,
        costCents: input.cost,
        goalRung: input.goalRung,
        rungBefore: await repo.rungOn(tx, clientId, input.startDate),
        createdById: actor.userId,
      });
      await this.audit.processing(tx, actor, trail, P.trajectoryStart, [found.client.bsn]);
      return toTrajectory((await repo.findTrajectory(tx, actor.organisationId, id))!);
    });
  }

  /** A client's trajectories the organisation may see: the ones it owns, or runs while the client is assigned to it. */
  async listForClient(actor: Actor, clientId: string, trail: Trail): Promise<Trajectory[]> {
    return this.useCase(actor, trail, { action: 'trajectory.list', objectType: 'client', objectId: clientId }, async (tx) => {
      // Own, shared by consent, or assigned to this organisation as provider (else 404).
      const found = await this.clients.load(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, P.trajectoryView, [found.client.bsn]);
      return (await repo.listClientTrajectories(tx, actor.organisationId, clientId)).map(toTrajectory);
    });
  }

  async list(
    actor: Actor,
    query: TrajectoryListQuery,
    trail: Trail,
  ): Promise<{ items: Trajectory[]; total: number; page: number; pageSize: number }> {
    return this.useCase(actor, trail, { action: 'trajectory.list', objectType: 'trajectory', objectId: null }, async (tx) => {
      const { rows, total } = await repo.listTrajectories(tx, actor.organisationId, query);
      await this.audit.processing(tx, actor, trail, P.trajectoryView, [...new Set(rows.map((r) => r.client.bsn))]);
      return { items: rows.map(toTrajectory), total, page: query.page, pageSize: query.pageSize };
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<Trajectory> {
    return this.useCase(actor, trail, { action: 'trajectory.read', objectType: 'trajectory', objectId: id }, async (tx) => {
      const found = await this.loadVisible(tx, actor, id);
      await this.audit.processing(tx, actor, trail, P.trajectoryView, [found.client.bsn]);
      return toTrajectory(found);
    });
  }

  /** Only the owning municipality closes; the rung after is the latest assessment on or before the end date. */
  async close(actor: Actor, id: string, input: TrajectoryCloseInput, trail: Trail): Promise<Trajectory> {
    return this.useCase(actor, trail, { action: 'trajectory.close', objectType: 'trajectory', objectId: id }, async (tx) => {
      const found = await this.loadVisible(tx, actor, id);
      const t = found.trajectory;
      if (!mayCloseTrajectory(actor, t)) {
        throw AppError.forbidden(
          'Alleen de gemeente die het traject startte, kan het afsluiten. Als uitvoerder rapporteert u de voortgang.',
        );
      }
      if (t.status !== 'running') throw alreadyClosed(t.endDate);
      const problems = closeProblems(t.startDate, input);
      if (problems.length) throw AppError.invalid(problems);
      const work = input.outcome === 'work';
      const closed = await repo.closeTrajectory(tx, id, actor.organisationId, {
        endDate: input.endDate,
        outcome: input.outcome,
        outcomeHours: work ? input.hoursPerWeek! : null,
        outcomeContractType: work ? input.contractType! : null,
        outcomeReason: input.reason,
        rungAfter: await repo.rungOn(tx, t.clientId, input.endDate),
        closedById: actor.userId,
      });
      if (!closed) throw alreadyClosed(null);
      await this.audit.processing(tx, actor, trail, P.trajectoryClose, [found.client.bsn]);
      // A closed trajectory settles its past-end task and the tasks of polis steps linked to it: run the rules now.
      await requestTaskRulesRun(this.jobs, tx, actor.organisationId);
      return toTrajectory((await repo.findTrajectory(tx, actor.organisationId, id))!);
    });
  }

  async listProgress(actor: Actor, id: string, trail: Trail): Promise<ProgressReport[]> {
    return this.useCase(actor, trail, { action: 'trajectory.progress.list', objectType: 'trajectory', objectId: id }, async (tx) => {
      const found = await this.loadVisible(tx, actor, id);
      await this.audit.processing(tx, actor, trail, P.trajectoryProgress, [found.client.bsn]);
      return (await repo.listProgress(tx, id)).map(toProgress);
    });
  }

  /** The owner's staff and the provider running it report progress while the trajectory runs. */
  async reportProgress(actor: Actor, id: string, input: ProgressReportInput, trail: Trail): Promise<ProgressReport> {
    const reportId = newId();
    return this.useCase(actor, trail, { action: 'trajectory.progress.report', objectType: 'trajectory', objectId: id }, async (tx) => {
      const found = await this.loadVisible(tx, actor, id);
      const t = found.trajectory;
      if (t.status !== 'running') throw new AppError('conflict', 'Dit traject is afgesloten; er kan geen voortgang meer bij.');
      const problems = dateOrderProblems(t.startDate, input.reportedOn, 'reportedOn', 'de startdatum van het traject');
      if (problems.length) throw AppError.invalid(problems);
      await repo.insertProgress(tx, {
        id: reportId,
        trajectoryId: id,
        organisationId: t.organisationId,
        authorOrganisationId: actor.organisationId,
        authorId: actor.userId,
        reportedOn: input.reportedOn,
        text: input.text,
      });
      await this.audit.processing(tx, actor, trail, P.trajectoryProgress, [found.client.bsn]);
      return toProgress((await repo.findProgress(tx, reportId))!);
    });
  }

  // Provider assignments ----------------------------------------------------------------------------

  async listAssignments(actor: Actor, trail: Trail): Promise<ProviderAssignment[]> {
    return this.useCase(actor, trail, { action: 'assignment.list', objectType: 'provider_assignment', objectId: null }, async (tx) => {
      const rows = await repo.listAssignments(tx, actor.organisationId);
      const ids = rows.map((r) => r.assignment.id);
      const groups = await repo.assignmentTrajectoryGroups(tx, ids);
      const counts = await repo.activeClientCounts(tx, ids);
      return rows.map((r) => toAssignment(actor, r, groups.get(r.assignment.id) ?? [], counts.get(r.assignment.id) ?? 0));
    });
  }

  async createAssignment(actor: Actor, input: ProviderAssignmentInput, trail: Trail): Promise<ProviderAssignmentDetail> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'assignment.create', objectType: 'provider_assignment', objectId: id }, async (tx) => {
      const problems = await this.providerProblems(tx, actor, input.providerOrganisationId, 'providerOrganisationId');
      if (problems.length) throw AppError.invalid(problems);
      await repo.insertAssignment(tx, {
        id,
        organisationId: actor.organisationId,
        providerOrganisationId: input.providerOrganisationId,
        name: input.name,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        budgetCents: input.budget,
        targetStarted: input.targetStarted,
        targetToWork: input.targetToWork,
        targetMaxDropOutPercent: input.targetMaxDropOutPercent,
        createdById: actor.userId,
      });
      const row = (await repo.findAssignment(tx, actor.organisationId, id))!;
      return { ...toAssignment(actor, row, [], 0), clients: hasRole(actor, ...CLIENT_FILE_ROLES) ? [] : null };
    });
  }

  /**
   * The assignment with its results; the client list only for roles that handle client files. The
   * municipality sees every client it ever assigned (with the end date); the provider only the clients
   * assigned to it now.
   */
  async getAssignment(actor: Actor, id: string, trail: Trail): Promise<ProviderAssignmentDetail> {
    return this.useCase(actor, trail, { action: 'assignment.read', objectType: 'provider_assignment', objectId: id }, async (tx) => {
      const row = await repo.findAssignment(tx, actor.organisationId, id);
      if (!row) throw AppError.notFound('Opdracht niet gevonden.');
      const groups = (await repo.assignmentTrajectoryGroups(tx, [id])).get(id) ?? [];
      const count = (await repo.activeClientCounts(tx, [id])).get(id) ?? 0;
      let clients: AssignmentClient[] | null = null;
      if (hasRole(actor, ...CLIENT_FILE_ROLES)) {
        const given = row.assignment.organisationId === actor.organisationId;
        const rows = await repo.listAssignmentClients(tx, id, !given);
        await this.audit.processing(tx, actor, trail, P.assignmentView, [...new Set(rows.map((r) => r.client.bsn))]);
        clients = rows.map(toAssignmentClient);
      }
      return { ...toAssignment(actor, row, groups, count), clients };
    });
  }

  /** Only the municipality that gave the assignment assigns its own clients to it. */
  async assignClient(actor: Actor, id: string, clientId: string, trail: Trail): Promise<AssignmentClient> {
    const rowId = newId();
    return this.useCase(
      actor,
      trail,
      { action: 'assignment.client.assign', objectType: 'provider_assignment', objectId: id },
      async (tx) => {
        const assignment = await this.loadGiven(tx, actor, id);
        if (assignment.endedAt)
          throw new AppError('conflict', `De opdracht "${assignment.name}" is beëindigd; er kunnen geen cliënten meer bij.`);
        const found = await this.clients.loadOwned(tx, actor, clientId);
        if ((await repo.assignmentRowsOf(tx, id, clientId)).some((r) => r.endedAt === null)) {
          throw new AppError('conflict', 'Deze cliënt is al aan deze opdracht toegewezen.', [
            { name: 'clientId', code: 'already_assigned', reason: 'Al toegewezen aan deze opdracht.' },
          ]);
        }
        await repo.insertAssignmentClient(tx, {
          id: rowId,
          assignmentId: id,
          clientId,
          organisationId: actor.organisationId,
          providerOrganisationId: assignment.providerOrganisationId,
          assignedById: actor.userId,
        });
        await this.audit.processing(tx, actor, trail, P.assignmentChange, [found.client.bsn]);
        return toAssignmentClient((await repo.findAssignmentClient(tx, rowId))!);
      },
    );
  }

  /** Ends the client's assignment: from now on the provider no longer sees the client or its trajectories. */
  async endClientAssignment(actor: Actor, id: string, clientId: string, trail: Trail): Promise<AssignmentClient> {
    return this.useCase(actor, trail, { action: 'assignment.client.end', objectType: 'provider_assignment', objectId: id }, async (tx) => {
      await this.loadGiven(tx, actor, id);
      const rows = await repo.assignmentRowsOf(tx, id, clientId);
      if (rows.length === 0) throw AppError.notFound('Deze cliënt is niet aan deze opdracht toegewezen.');
      const active = rows.find((r) => r.endedAt === null);
      if (!active || !(await repo.endAssignmentClient(tx, active.id, actor.organisationId))) {
        throw new AppError('conflict', 'De toewijzing van deze cliënt aan deze opdracht is al beëindigd.');
      }
      const ended = (await repo.findAssignmentClient(tx, active.id))!;
      await this.audit.processing(tx, actor, trail, P.assignmentChange, [ended.client.bsn]);
      return toAssignmentClient(ended);
    });
  }

  // ----------------------------------------------------------------------------------------------------

  /** A trajectory the organisation owns or runs for a client assigned to it; anything else is 404. */
  private async loadVisible(tx: Db, actor: Actor, id: string): Promise<repo.TrajectoryDetailRow> {
    const found = await repo.findTrajectory(tx, actor.organisationId, id);
    if (!found) throw AppError.notFound('Traject niet gevonden.');
    return found;
  }

  /** An assignment the organisation gave; the provider that received it may read it, not change it (403). */
  private async loadGiven(tx: Db, actor: Actor, id: string): Promise<repo.AssignmentRow> {
    const row = await repo.findAssignment(tx, actor.organisationId, id);
    if (!row) throw AppError.notFound('Opdracht niet gevonden.');
    if (!ownsAssignment(actor, row.assignment)) {
      throw AppError.forbidden('Alleen de gemeente die de opdracht gaf, kan cliënten toewijzen of de toewijzing beëindigen.');
    }
    return row.assignment;
  }

  private async instrumentProblems(tx: Db, actor: Actor, instrumentId: string): Promise<InvalidParam[]> {
    const instrument = await repo.findInstrument(tx, instrumentId);
    if (!instrument || instrument.organisationId !== actor.organisationId) {
      return [{ name: 'instrumentId', code: 'unknown', reason: 'Dit instrument staat niet in de catalogus van uw organisatie.' }];
    }
    if (!instrument.active)
      return [{ name: 'instrumentId', code: 'inactive', reason: `Het instrument "${instrument.name}" is niet meer actief.` }];
    return [];
  }

  /** A provider is another, active organisation; the platform operator never runs trajectories. */
  private async providerProblems(tx: Db, actor: Actor, organisationId: string, field: string): Promise<InvalidParam[]> {
    const org = await findOrganisation(tx, organisationId);
    if (!org || !org.active) return [{ name: field, code: 'unknown', reason: 'Deze organisatie bestaat niet.' }];
    if (org.id === actor.organisationId)
      return [{ name: field, code: 'own_organisation', reason: 'Kies een andere organisatie dan uw eigen organisatie.' }];
    if (org.kind === 'platform')
      return [{ name: field, code: 'not_a_provider', reason: 'De beheerder van het platform voert geen trajecten uit.' }];
    return [];
  }

  /**
   * The provider of a new trajectory: the assignment's (which must be one the organisation gave, to the
   * provider named if one is, with the start date in its period), or the provider named, or none.
   */
  private async resolveProvider(
    tx: Db,
    actor: Actor,
    input: TrajectoryInput,
  ): Promise<{ providerOrganisationId: string | null; assignment: repo.AssignmentRow | null; problems: InvalidParam[] }> {
    if (input.assignmentId) {
      const row = await repo.findAssignment(tx, actor.organisationId, input.assignmentId);
      if (!row || !ownsAssignment(actor, row.assignment)) {
        return {
          providerOrganisationId: null,
          assignment: null,
          problems: [{ name: 'assignmentId', code: 'unknown', reason: 'Uw organisatie heeft deze opdracht niet gegeven.' }],
        };
      }
      const a = row.assignment;
      const problems: InvalidParam[] = [];
      if (input.providerOrganisationId && input.providerOrganisationId !== a.providerOrganisationId) {
        problems.push({
          name: 'assignmentId',
          code: 'other_provider',
          reason: `Deze opdracht is gegeven aan ${row.providerName}, niet aan het gekozen re-integratiebedrijf.`,
        });
      }
      if (input.startDate < a.periodStart || input.startDate > a.periodEnd) {
        problems.push({
          name: 'startDate',
          code: 'outside_assignment_period',
          reason: `De startdatum valt buiten de looptijd van de opdracht (${a.periodStart} tot en met ${a.periodEnd}).`,
        });
      }
      return { providerOrganisationId: a.providerOrganisationId, assignment: a, problems };
    }
    if (input.providerOrganisationId) {
      return {
        providerOrganisationId: input.providerOrganisationId,
        assignment: null,
        problems: await this.providerProblems(tx, actor, input.providerOrganisationId, 'providerOrganisationId'),
      };
    }
    return { providerOrganisationId: null, assignment: null, problems: [] };
  }
}

function alreadyClosed(endDate: string | null): AppError {
  return new AppError(
    'conflict',
    endDate ? `Dit traject is al afgesloten (einddatum ${endDate}).` : 'Dit traject is intussen al afgesloten.',
  );
}

function toInstrument(r: repo.InstrumentRow): Instrument {
  return {
    id: r.id,
    organisationId: r.organisationId,
    name: r.name,
    kind: r.kind as InstrumentKind,
    cbsCategory: r.cbsCategory as CbsCategory | null,
    description: r.description,
    active: r.active,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function toTrajectory(r: repo.TrajectoryDetailRow): Trajectory {
  const t = r.trajectory;
  return {
    id: t.id,
    clientId: t.clientId,
    clientDisplayName: displayName(r.client),
    organisationId: t.organisationId,
    organisationName: r.organisationName,
    instrument: {
      id: r.instrument.id,
      name: r.instrument.name,
      kind: r.instrument.kind as InstrumentKind,
      cbsCategory: r.instrument.cbsCategory as CbsCategory | null,
    },
    provider: t.providerOrganisationId && r.providerName ? { id: t.providerOrganisationId, name: r.providerName } : null,
    assignmentId: t.assignmentId,
    prbParticipantId: t.prbParticipantId,
    startDate: t.startDate,
    plannedEndDate: t.plannedEndDate,
    costCents: t.costCents,
    goalRung: t.goalRung,
    rungBefore: t.rungBefore,
    rungAfter: t.rungAfter,
    status: t.status as TrajectoryStatus,
    endDate: t.endDate,
    outcome: t.outcome as Outcome | null,
    outcomeHours: t.outcomeHours,
    outcomeContractType: t.outcomeContractType as ContractType | null,
    outcomeReason: t.outcomeReason,
    createdAt: t.createdAt.toISOString(),
    version: t.version,
  };
}

function toProgress(r: repo.ProgressRow): ProgressReport {
  return {
    id: r.report.id,
    trajectoryId: r.report.trajectoryId,
    reportedOn: r.report.reportedOn,
    text: r.report.text,
    author: { id: r.report.authorId, name: r.authorName },
    authorOrganisation: { id: r.report.authorOrganisationId, name: r.authorOrganisationName },
    createdAt: r.report.createdAt.toISOString(),
  };
}

function toAssignment(
  actor: Actor,
  r: repo.AssignmentDetailRow,
  groups: Parameters<typeof resultFigures>[0],
  activeClients: number,
): ProviderAssignment {
  const a = r.assignment;
  return {
    id: a.id,
    organisationId: a.organisationId,
    organisationName: r.organisationName,
    provider: { id: a.providerOrganisationId, name: r.providerName },
    name: a.name,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    budgetCents: a.budgetCents,
    targetStarted: a.targetStarted,
    targetToWork: a.targetToWork,
    targetMaxDropOutPercent: a.targetMaxDropOutPercent,
    side: a.organisationId === actor.organisationId ? 'given' : 'received',
    activeClients,
    results: resultFigures(groups),
    createdAt: a.createdAt.toISOString(),
    endedAt: a.endedAt?.toISOString() ?? null,
  };
}

function toAssignmentClient(r: repo.AssignmentClientRow): AssignmentClient {
  return {
    clientId: r.row.clientId,
    displayName: displayName(r.client),
    assignedAt: r.row.assignedAt.toISOString(),
    endedAt: r.row.endedAt?.toISOString() ?? null,
  };
}
