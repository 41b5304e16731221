import { AppError } from '../../kernel/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { FileResult } from '../../platform/http/route.ts';
import type { TrajectoryReport, TrajectoryReportExportQuery, TrajectoryReportQuery } from './reports.api.ts';
import { reportFile } from './reports.export.ts';
import * as repo from './reports.repo.ts';
import { figures, groupLabel, periodProblem, sortGroups, sumFigures, TOTAL_LABEL } from './reports.rules.ts';

/**
 * Trajectory results per PRB programme, instrument and provider; exports to CSV and Excel.
 *
 * Each report writes an audit line (who asked for which report). It writes no processing-log line: the
 * report holds only counts and sums per group, no data about any person, so there is no data subject
 * whose data were processed (Logboek Dataverwerkingen logs processing per data subject).
 */
export class ReportsService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  report(actor: Actor, query: TrajectoryReportQuery, trail: Trail): Promise<TrajectoryReport> {
    return this.useCase(
      actor,
      trail,
      { action: `report.trajectories.${query.groupBy}`, objectType: 'trajectory_report', objectId: null },
      (tx) => this.build(tx, actor, query),
    );
  }

  export(actor: Actor, query: TrajectoryReportExportQuery, trail: Trail): Promise<FileResult> {
    return this.useCase(
      actor,
      trail,
      { action: `report.trajectories.${query.groupBy}.export_${query.format}`, objectType: 'trajectory_report', objectId: null },
      async (tx) => reportFile(await this.build(tx, actor, query), query.format),
    );
  }

  private async build(tx: Db, actor: Actor, query: TrajectoryReportQuery): Promise<TrajectoryReport> {
    const problem = periodProblem(query.from, query.to);
    if (problem) throw AppError.invalid([problem]);
    const groups = await repo.trajectoryGroups(tx, query.groupBy, actor.organisationId, { from: query.from, to: query.to });
    const labelled = sortGroups(groups.map((g) => ({ ...g, label: groupLabel(query.groupBy, g, actor.organisationId) })));
    return {
      groupBy: query.groupBy,
      from: query.from ?? null,
      to: query.to ?? null,
      rows: labelled.map((g) => ({ key: g.key, label: g.label, ...figures(g) })),
      total: { key: null, label: TOTAL_LABEL, ...figures(sumFigures(groups)) },
    };
  }
}
