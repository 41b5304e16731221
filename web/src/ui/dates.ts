import { todayInAmsterdam } from '../../../src/kernel/dates.ts';

/** The Amsterdam calendar date (YYYY-MM-DD) of a timestamp, for formatDate. */
export function dateOf(timestamp: string): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp.slice(0, 10) : todayInAmsterdam(d);
}

/** YYYY-MM-DD plus whole months, the day clamped to a shorter month (same rule as the server's check moments). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
