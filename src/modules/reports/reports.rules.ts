import type { InvalidParam } from '../../kernel/errors.ts';
import type { ReportGroup, TrajectoryReportRow } from './reports.api.ts';

/** The counts and sums one aggregate query returns per group: everything else is computed from them. */
export interface RawFigures {
  started: number;
  running: number;
  closed: number;
  closedWithWork: number;
  droppedOut: number;
  /** Sum of trajectories.cost_cents. */
  spendCents: number;
  /** Sum of (rung_after − rung_before) over closed trajectories with both rungs known. */
  rungChangeSum: number;
  /** How many closed trajectories have both rungs known. */
  rungChangeCount: number;
}

export interface RawGroup extends RawFigures {
  key: string | null;
  label: string;
}

export const OWN_ORGANISATION_LABEL = 'Eigen organisatie';
export const TOTAL_LABEL = 'Totaal';

export const EMPTY_FIGURES: RawFigures = {
  started: 0,
  running: 0,
  closed: 0,
  closedWithWork: 0,
  droppedOut: 0,
  spendCents: 0,
  rungChangeSum: 0,
  rungChangeCount: 0,
};

/**
 * numerator / denominator rounded half away from zero to `decimals` decimals, in integer arithmetic
 * (no binary floating-point surprises such as 1.005 → 1.00); null when the denominator is 0.
 */
export function roundedRatio(numerator: number, denominator: number, decimals = 0): number | null {
  if (denominator === 0) return null;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) throw new RangeError('roundedRatio: integers only');
  const scale = 10 ** decimals;
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator) * scale;
  const d = Math.abs(denominator);
  const scaled = Math.floor((2 * n + d) / (2 * d));
  return (sign * scaled) / scale || 0; // no -0
}

/** Share of closed trajectories that ended in work, in percent with one decimal; null when none closed. */
export function percentClosedWithWork(closedWithWork: number, closed: number): number | null {
  return roundedRatio(closedWithWork * 100, closed, 1);
}

/** The figures of a group as the report shows them. */
export function figures(raw: RawFigures): Omit<TrajectoryReportRow, 'key' | 'label'> {
  return {
    started: raw.started,
    running: raw.running,
    closed: raw.closed,
    closedWithWork: raw.closedWithWork,
    droppedOut: raw.droppedOut,
    percentClosedWithWork: percentClosedWithWork(raw.closedWithWork, raw.closed),
    averageSpendCents: roundedRatio(raw.spendCents, raw.started),
    costPerPlacementCents: roundedRatio(raw.spendCents, raw.closedWithWork),
    averageRungChange: roundedRatio(raw.rungChangeSum, raw.rungChangeCount, 1),
  };
}

/** Adds up groups: every raw figure is a count or a sum, so the total is exact (no average of averages). */
export function sumFigures(groups: readonly RawFigures[]): RawFigures {
  const total = { ...EMPTY_FIGURES };
  for (const g of groups) {
    for (const k of Object.keys(total) as (keyof RawFigures)[]) total[k] += g[k];
  }
  return total;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Rows sorted by label (Dutch collation, numbers in order), the own organisation last; ties by key. */
export function sortGroups<T extends { key: string | null; label: string }>(groups: readonly T[]): T[] {
  return [...groups].sort((a, b) => {
    if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
    return collator.compare(a.label, b.label) || (a.key ?? '').localeCompare(b.key ?? '');
  });
}

/**
 * The label of a group. Instruments of another organisation (a provider sees the trajectories it runs for
 * several municipalities, each with its own catalogue) get that organisation's name, so two "Jobcoaching"
 * rows can be told apart. Trajectories without a provider are run by the organisation itself.
 */
export function groupLabel(
  groupBy: ReportGroup,
  group: { key: string | null; name: string | null; ownerId: string | null; ownerName: string | null },
  actorOrganisationId: string,
): string {
  if (groupBy === 'provider' && group.key === null) return OWN_ORGANISATION_LABEL;
  const name = group.name ?? '';
  if (groupBy === 'instrument' && group.ownerId && group.ownerId !== actorOrganisationId && group.ownerName)
    return `${name} (${group.ownerName})`;
  return name;
}

/** The report period must not end before it starts. */
export function periodProblem(from: string | undefined, to: string | undefined): InvalidParam | null {
  if (from && to && to < from) return { name: 'to', code: 'before_from', reason: 'De einddatum ligt vóór de begindatum.' };
  return null;
}
