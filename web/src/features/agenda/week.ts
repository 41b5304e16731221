import { addDays } from '../../../../src/kernel/dates.ts';

/** Calendar arithmetic on ISO dates (YYYY-MM-DD), independent of the browser's time zone. */
export { addDays };

/** The Monday of the week a date falls in (weeks run Monday to Sunday, as in the Netherlands). */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The seven days of the week that begins on a Monday. */
export function daysOfWeek(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
