import { addDays } from '../../kernel/dates.ts';

/** The same day some months later (the last day of the month when it has fewer days). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The life domains of aftercare (the five basic conditions, plus the social network). */
export const LIFE_DOMAINS = ['id_document', 'housing', 'income_work', 'debts', 'care', 'social_network'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
/** The five basic conditions (basisvoorwaarden); the social network is recorded beside them. */
export const BASIC_CONDITIONS = ['id_document', 'housing', 'income_work', 'debts', 'care'] as const satisfies readonly LifeDomain[];

export const DOMAIN_STATUSES = ['arranged', 'in_progress', 'problem', 'not_needed'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

/** When the state of the domains is kept: at notice, at release, and three and six months after release. */
export const ASSESSMENT_MOMENTS = ['notice', 'release', 'month3', 'month6'] as const;
export type AssessmentMoment = (typeof ASSESSMENT_MOMENTS)[number];

/** Extra support lines for prolific offenders (veelplegers). */
export const SUPPORT_LINES = ['schooling', 'guidance', 'work', 'supported_housing'] as const;
export type SupportLine = (typeof SUPPORT_LINES)[number];

/** A notice is in time when it reaches the municipality at least this many days before release. */
export const IN_TIME_DAYS = 28;
/** A task asks for a warm handover when the release is this many days away or fewer. */
export const HANDOVER_LEAD_DAYS = 14;
/** Report counts from 1 up to this bound (exclusive) are not shown. */
export const SUPPRESS_BELOW = 10;

export function suppress(n: number): number | null {
  return n > 0 && n < SUPPRESS_BELOW ? null : n;
}

/** The day the person is (or will be) released: the actual day once known. */
export function releaseDay(n: { releasedOn: string | null; expectedReleaseOn: string }): string {
  return n.releasedOn ?? n.expectedReleaseOn;
}

/** Notified at least four weeks (28 Amsterdam calendar days) before release; never for a release without notice. */
export function notifiedInTime(n: {
  withoutNotice: boolean;
  notifiedOn: string;
  releasedOn: string | null;
  expectedReleaseOn: string;
}): boolean {
  return !n.withoutNotice && addDays(n.notifiedOn, IN_TIME_DAYS) <= releaseDay(n);
}

/** The first day an assessment of a moment may be recorded (null: recorded by the notice or release itself). */
export function assessmentDueFrom(moment: AssessmentMoment, releasedOn: string): string | null {
  if (moment === 'month3') return addMonths(releasedOn, 3);
  if (moment === 'month6') return addMonths(releasedOn, 6);
  return null;
}

/** All five basic conditions arranged or not needed. */
export function basicConditionsArranged(domains: readonly { domain: string; status: string }[]): boolean {
  return BASIC_CONDITIONS.every((d) => {
    const s = domains.find((x) => x.domain === d)?.status;
    return s === 'arranged' || s === 'not_needed';
  });
}
