import type { InvalidParam } from '../../kernel/errors.ts';
import { addDays, ageOn } from '../../kernel/dates.ts';

/** Outcomes of a benefit application (melding); null while it is pending. */
export const APPLICATION_OUTCOMES = ['granted', 'refused', 'withdrawn', 'not_pursued'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** Who runs the Work First placement: an external provider, or the municipality's own work company. */
export const PROVIDER_KINDS = ['provider', 'own_company'] as const;
export const PLACEMENT_STATUSES = ['active', 'completed', 'dropped_out'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** Offence categories of the municipality's regulation (afstemmingsverordening) for absence without a valid reason. */
export const OFFENCE_CATEGORIES = ['absence_first', 'absence_repeat', 'absence_persistent'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const MEASURE_STATUSES = ['proposed', 'confirmed', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const ADVICE_KINDS = ['work', 'trajectory', 'care'] as const;

/** The Work First rules of one municipality from a date on: they have legal effect, so a past week is judged by the version then in force. */
export interface Regulation {
  validFrom: string;
  /** The fewest hours a week a Work First placement may plan. */
  minHoursPerWeek: number;
  /** Job applications a week asked of an under-27 in the four-week search period. */
  applicationsTargetPerWeek: number;
  /** Days the client has to respond (hearing) before a confirmed measure takes effect. */
  hearingDays: number;
  /** No measure may reduce the benefit by more than this percentage. */
  ceilingPercent: number;
  categories: Record<OffenceCategory, { percent: number; durationMonths: number }>;
}

/** The rules when a municipality has configured none (20 hours, 5 applications a week, as the Work First practice). */
export const DEFAULT_REGULATION: Regulation = {
  validFrom: '2000-01-01',
  minHoursPerWeek: 20,
  applicationsTargetPerWeek: 5,
  hearingDays: 14,
  ceilingPercent: 100,
  categories: {
    absence_first: { percent: 20, durationMonths: 1 },
    absence_repeat: { percent: 50, durationMonths: 2 },
    absence_persistent: { percent: 100, durationMonths: 3 },
  },
};

/** Under 27 on the day the benefit was reported: the four-week search period comes first. */
export const SEARCH_PERIOD_AGE = 27;
export const SEARCH_PERIOD_DAYS = 28;
/** A confirmed measure within this many months before makes the next absence a repeat. */
export const REPEAT_WINDOW_MONTHS = 12;

/** The version in force on `date`: the latest valid from on or before it, else the default. */
export function regulationOn(versions: readonly Regulation[], date: string): Regulation {
  let best: Regulation | null = null;
  for (const v of versions) if (v.validFrom <= date && (!best || v.validFrom > best.validFrom)) best = v;
  return best ?? DEFAULT_REGULATION;
}

/** Fields of a regulation that break its own ceiling or make no sense. */
export function regulationProblems(r: Omit<Regulation, 'validFrom'>): InvalidParam[] {
  const out: InvalidParam[] = [];
  for (const c of OFFENCE_CATEGORIES) {
    if (r.categories[c].percent > r.ceilingPercent) {
      out.push({
        name: `categories.${c}.percent`,
        code: 'above_ceiling',
        reason: `Het percentage (${r.categories[c].percent}%) ligt boven het plafond van ${r.ceilingPercent}%.`,
      });
    }
  }
  return out;
}

export function underSearchPeriodAge(dateOfBirth: string, reportedOn: string): boolean {
  return ageOn(dateOfBirth, reportedOn) < SEARCH_PERIOD_AGE;
}

/** The Monday of the ISO week a date falls in. */
export function weekStartOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return addDays(date, -back);
}

export function isMonday(date: string): boolean {
  return weekStartOf(date) === date;
}

export { addDays };

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The four weekly slots of the search period, from the week the benefit was reported. */
export function searchPeriodWeeks(reportedOn: string): string[] {
  const first = weekStartOf(reportedOn);
  return [0, 1, 2, 3].map((i) => addDays(first, i * 7));
}

export interface AttendanceInput {
  hoursPlanned: number;
  hoursPresent: number;
  absenceExcusedHours: number;
  absenceUnexcusedHours: number;
}

/** What is wrong with a week's attendance, each naming its field (400). */
export function attendanceProblems(a: AttendanceInput, placement: { startsOn: string; endsOn: string }, weekStart: string): InvalidParam[] {
  const out: InvalidParam[] = [];
  for (const k of ['hoursPlanned', 'hoursPresent', 'absenceExcusedHours', 'absenceUnexcusedHours'] as const) {
    if (a[k] < 0) out.push({ name: k, code: 'negative', reason: 'Het aantal uren kan niet negatief zijn.' });
  }
  if (a.hoursPresent > a.hoursPlanned) {
    out.push({ name: 'hoursPresent', code: 'above_planned', reason: 'Er zijn meer uren aanwezig geregistreerd dan gepland.' });
  } else if (a.hoursPresent + a.absenceExcusedHours + a.absenceUnexcusedHours > a.hoursPlanned) {
    out.push({
      name: 'absenceUnexcusedHours',
      code: 'above_planned',
      reason: 'Aanwezige en afwezige uren samen zijn meer dan de geplande uren.',
    });
  }
  if (!isMonday(weekStart)) out.push({ name: 'weekStart', code: 'not_monday', reason: 'Een week begint op maandag.' });
  else if (addDays(weekStart, 6) < placement.startsOn || weekStart > placement.endsOn) {
    out.push({ name: 'weekStart', code: 'outside_placement', reason: 'Deze week valt buiten de periode van de plaatsing.' });
  }
  return out;
}

export interface MeasureProposal {
  category: OffenceCategory;
  percent: number;
  durationMonths: number;
  regulationValidFrom: string;
}

/**
 * The measure a week with absence without a valid reason calls for, under the regulation in force in
 * that week: the category follows from the confirmed measures in the twelve months before.
 */
export function proposeMeasure(
  a: Pick<AttendanceInput, 'absenceUnexcusedHours'>,
  weekStart: string,
  confirmedBefore: readonly { weekStart: string }[],
  versions: readonly Regulation[],
): MeasureProposal | null {
  if (a.absenceUnexcusedHours <= 0) return null;
  const windowStart = addMonths(weekStart, -REPEAT_WINDOW_MONTHS);
  const earlier = confirmedBefore.filter((m) => m.weekStart >= windowStart && m.weekStart < weekStart).length;
  const category: OffenceCategory = earlier === 0 ? 'absence_first' : earlier === 1 ? 'absence_repeat' : 'absence_persistent';
  const reg = regulationOn(versions, weekStart);
  const { percent, durationMonths } = reg.categories[category];
  return { category, percent: Math.min(percent, reg.ceilingPercent), durationMonths, regulationValidFrom: reg.validFrom };
}

/** A measure's percentage may not pass the ceiling of the regulation it was proposed under (409). */
export function measureAboveCeiling(percent: number, reg: Regulation): InvalidParam | null {
  return percent > reg.ceilingPercent
    ? { name: 'percent', code: 'above_ceiling', reason: `Een maatregel mag niet hoger zijn dan ${reg.ceilingPercent}%.` }
    : null;
}

/** The report's outflow windows: work started within 3 and within 6 months of the report (melding). */
export const OUTFLOW_MONTHS = [3, 6] as const;

/**
 * Outflow to work within `months` of the report (melding): some day on which work started (the date the
 * klantmanager entered on the application, or the start of a placement with an employer) lies from the day of
 * the report up to and including the same day `months` later. However many such days there are, the
 * application counts once.
 */
export function flowedOutWithin(reportedOn: string, workStarts: readonly (string | null)[], months: number): boolean {
  const last = addMonths(reportedOn, months);
  return workStarts.some((d) => d !== null && d >= reportedOn && d <= last);
}

/** Small counts are not shown in reports (privacy): under 10 becomes null. */
export const SUPPRESS_BELOW = 10;
export function suppress(n: number): number | null {
  return n > 0 && n < SUPPRESS_BELOW ? null : n;
}
