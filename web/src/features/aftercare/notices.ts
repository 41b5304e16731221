import { addDays } from '../../../../src/kernel/dates.ts';

/** A notice is in time when the municipality has it at least four weeks before release (as the server counts). */
export const IN_TIME_DAYS = 28;
/** Within this many days of release a notice without a planned warm handover is flagged. */
export const HANDOVER_LEAD_DAYS = 14;

export type NoticeTiming = 'in_time' | 'late' | 'without_notice';

interface NoticeDates {
  withoutNotice: boolean;
  notifiedInTime: boolean;
  expectedReleaseOn: string;
  releasedOn: string | null;
  handoverPlanned: boolean;
}

/** Notified in time, late, or a release the municipality heard of without a notice (the emergency path). */
export function noticeTiming(n: Pick<NoticeDates, 'withoutNotice' | 'notifiedInTime'>): NoticeTiming {
  if (n.withoutNotice) return 'without_notice';
  return n.notifiedInTime ? 'in_time' : 'late';
}

/** The day the person is (or will be) released: the actual day once known. */
export function releaseDay(n: Pick<NoticeDates, 'expectedReleaseOn' | 'releasedOn'>): string {
  return n.releasedOn ?? n.expectedReleaseOn;
}

/**
 * Release within 14 Amsterdam calendar days (today included) and no warm handover planned yet: the
 * coordinator must act. Not for a person already released or released without notice (too late for a
 * handover before release).
 */
export function handoverMissing(n: NoticeDates, today: string): boolean {
  if (n.releasedOn !== null || n.withoutNotice || n.handoverPlanned) return false;
  return n.expectedReleaseOn >= today && n.expectedReleaseOn <= addDays(today, HANDOVER_LEAD_DAYS);
}

/** Still to be released (or released today or later): the upcoming releases come first, soonest on top. */
export function sortByRelease<T extends Pick<NoticeDates, 'expectedReleaseOn' | 'releasedOn'>>(notices: readonly T[], today: string): T[] {
  const upcoming = (n: T) => n.releasedOn === null && n.expectedReleaseOn >= today;
  return [...notices].sort((a, b) => {
    const ua = upcoming(a);
    const ub = upcoming(b);
    if (ua !== ub) return ua ? -1 : 1;
    // Upcoming: soonest first. Released (or overdue): most recent first.
    const da = releaseDay(a);
    const db = releaseDay(b);
    if (da === db) return 0;
    return ua ? (da < db ? -1 : 1) : da < db ? 1 : -1;
  });
}

/** A share in whole percent of a total, or null when either is suppressed or the total is 0. */
export function share(part: number | null, total: number | null): number | null {
  if (part === null || total === null || total === 0) return null;
  return Math.round((100 * part) / total);
}
