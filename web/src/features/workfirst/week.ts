/** The Monday of the week a date falls in (ISO dates, calendar arithmetic only). */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return shiftDays(date, -((d.getUTCDay() + 6) % 7));
}

export function shiftDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
