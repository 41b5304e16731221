import { TIME_ZONE, todayInAmsterdam } from '../../kernel/dates.ts';

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

/**
 * The instant at which the Amsterdam clock shows `hours:minutes` on `date`. A time skipped when the clocks
 * go forward maps to the same time an hour later; a time that occurs twice maps to its first occurrence.
 */
export function amsterdamInstant(date: string, hours: number, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hours, minutes);
  // Amsterdam is one (CET) or two (CEST) hours ahead of UTC: try both, earliest first.
  const candidates = [wall - 2 * HOUR, wall - HOUR];
  const valid = candidates.find((c) => c + offsetMs(new Date(c)) === wall);
  return new Date(valid ?? wall - HOUR);
}

const HOUR = 3_600_000;

/** How far the Amsterdam clock is ahead of UTC at an instant (one or two hours). */
function offsetMs(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

function previousDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
