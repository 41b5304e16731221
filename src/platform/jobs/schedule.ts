import { amsterdamInstant as amsterdamInstantAt, todayInAmsterdam } from '../../kernel/dates.ts';

/**
 * When a recurring job runs: every N minutes (1 to 1440, counted from midnight UTC, which for divisors of
 * 60 is the same as the Amsterdam clock), or once a day at a wall-clock time in Europe/Amsterdam.
 */
export type Schedule = { everyMinutes: number } | { dailyAt: string };

/** One occurrence of a schedule: when it is due, and the key that makes it one job row across processes. */
export interface Occurrence {
  at: Date;
  key: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Refuses a schedule that the queue cannot keep once per occurrence (see latestOccurrence). */
export function assertValidSchedule(name: string, schedule: Schedule): void {
  if ('everyMinutes' in schedule) {
    const n = schedule.everyMinutes;
    if (!Number.isInteger(n) || n < 1 || n > 1440) throw new Error(`Taak ${name}: everyMinutes moet een heel getal van 1 tot 1440 zijn.`);
  } else if (!HH_MM.test(schedule.dailyAt)) {
    throw new Error(`Taak ${name}: dailyAt moet een tijd HH:MM zijn (Europe/Amsterdam).`);
  }
}

/**
 * The most recent occurrence at or before `now`. A worker enqueues only this one (never a backlog), so a
 * server that was down during an occurrence runs it once when it comes back, and skips older ones. The key
 * names the slot (`every15:2026-03-01T10:15:00.000Z`, `daily:2026-03-01`), so a daily job runs once per
 * Amsterdam calendar date, also on the days the clocks change.
 */
export function latestOccurrence(schedule: Schedule, now: Date): Occurrence {
  if ('everyMinutes' in schedule) {
    const slot = schedule.everyMinutes * 60_000;
    const at = new Date(Math.floor(now.getTime() / slot) * slot);
    return { at, key: `every${schedule.everyMinutes}:${at.toISOString()}` };
  }
  const [hours, minutes] = schedule.dailyAt.split(':').map(Number) as [number, number];
  let date = todayInAmsterdam(now);
  let at = amsterdamInstant(date, hours, minutes);
  if (at.getTime() > now.getTime()) {
    date = previousDate(date);
    at = amsterdamInstant(date, hours, minutes);
  }
  return { at, key: `daily:${date}` };
}

/** The instant at which the Amsterdam clock shows `hours:minutes` on `date` (see the kernel's amsterdamInstant). */
export function amsterdamInstant(date: string, hours: number, minutes: number): Date {
  return amsterdamInstantAt(date, `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

function previousDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
