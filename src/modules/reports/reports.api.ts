import { z } from 'zod';
import { isoDate } from '../../platform/http/fields.ts';

export const REPORT_GROUPS = ['programme', 'instrument', 'provider'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An empty query parameter (`from=`) means "not given". */
const optionalDate = z.preprocess((v) => (v === '' ? undefined : v), isoDate.optional());

export const TrajectoryReportQuery = z.strictObject({
  /** programme: PRB trajectories only, one row per programme; instrument; provider (or the organisation itself). */
  groupBy: z.enum(REPORT_GROUPS),
  /** Only trajectories that started on or after this day (PRB: admitted). */
  from: optionalDate,
  /** Only trajectories that started on or before this day; not before `from`. */
  to: optionalDate,
});
export type TrajectoryReportQuery = z.output<typeof TrajectoryReportQuery>;

export const TrajectoryReportExportQuery = TrajectoryReportQuery.extend({
  format: z.enum(EXPORT_FORMATS),
});
export type TrajectoryReportExportQuery = z.output<typeof TrajectoryReportExportQuery>;

export const TrajectoryReportRow = z
  .object({
    /** Programme, instrument or provider organisation id; null for the organisation's own trajectories (groupBy provider) and for the total. */
    key: z.uuid().nullable(),
    /** Programme name, instrument name, provider name or "Eigen organisatie"; "Totaal" for the total. */
    label: z.string(),
    /** Trajectories started (PRB: clients admitted). */
    started: z.number().int(),
    running: z.number().int(),
    /** Closed with any outcome, dropped out included. */
    closed: z.number().int(),
    closedWithWork: z.number().int(),
    droppedOut: z.number().int(),
    /** closedWithWork / closed × 100, one decimal; null when none closed. */
    percentClosedWithWork: z.number().nullable(),
    /** Total trajectory cost (PRB: the committed amount) / started, in whole cents; null when none started. */
    averageSpendCents: z.number().int().nullable(),
    /** Total trajectory cost / closedWithWork, in whole cents; null when none closed with work. */
    costPerPlacementCents: z.number().int().nullable(),
    /** Mean of (rung after − rung before) over closed trajectories with both rungs known, one decimal; null when none. */
    averageRungChange: z.number().nullable(),
  })
  .meta({ id: 'TrajectoryReportRow' });
export type TrajectoryReportRow = z.input<typeof TrajectoryReportRow>;

export const TrajectoryReport = z
  .object({
    groupBy: z.enum(REPORT_GROUPS),
    from: z.string().nullable(),
    to: z.string().nullable(),
    rows: z.array(TrajectoryReportRow),
    total: TrajectoryReportRow,
  })
  .meta({ id: 'TrajectoryReport' });
export type TrajectoryReport = z.input<typeof TrajectoryReport>;
