/** Calendar dates are ISO strings (YYYY-MM-DD) interpreted in Europe/Amsterdam. */
export const TIME_ZONE = 'Europe/Amsterdam';

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in Amsterdam, as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** YYYY-MM-DD plus whole calendar days (negative: earlier); no time of day, so no daylight-saving shift. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dates written out before: a rule run writes the same few hundred dates into many thousands of task reasons. */
const dutchDates = new Map<string, string>();

/** A calendar date written out in Dutch: "5 januari 2026" (for task reasons and letters). */
export function dutchDate(isoDate: string): string {
  let written = dutchDates.get(isoDate);
  if (written === undefined) {
    written = DUTCH_DATE.format(new Date(`${isoDate}T00:00:00Z`));
    // Bounded: a long-running server forgets them all now and then rather than growing without end.
    if (dutchDates.size >= 10_000) dutchDates.clear();
    dutchDates.set(isoDate, written);
  }
  return written;
}

/** Whole years between a birth date and a reference date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - instant) / 60_000);
}

/**
 * The instant a wall-clock time in Amsterdam stands for ("8 December, 10:00" → 09:00 UTC), whatever the
 * time zone of the computer that asks. A time skipped when the clocks go forward maps to the same time an
 * hour later; a time that occurs twice (the night they go back) maps to its first occurrence.
 */
export function amsterdamInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Amsterdam is one (CET) or two (CEST) hours ahead of UTC: try both, earliest first.
  const valid = [wall - 2 * HOUR, wall - HOUR].find((c) => c + amsterdamOffsetMinutes(c) * 60_000 === wall);
  return new Date(valid ?? wall - HOUR);
}

const HOUR = 3_600_000;

/** An instant as Amsterdam's calendar date and wall-clock time: { date: '2026-12-08', time: '10:00' }. */
export function amsterdamWallClock(instant: Date): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + amsterdamOffsetMinutes(instant.getTime()) * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}
