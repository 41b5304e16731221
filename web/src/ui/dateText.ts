/**
 * Dates typed as Dutch people write them, dd-mm-jjjj, whatever the browser's locale: "15-01-2027",
 * "5-1-2027", "15/01/2027", "15.01.2027", "15012027". An ISO date ("2027-01-15", e.g. pasted) is read too.
 * The API gets ISO yyyy-mm-dd. Pure: no I/O, no locale of the browser.
 */

export type DateTextParse = { ok: true; iso: string } | { ok: false; problem: 'empty' | 'invalid' };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number, day: number): DateTextParse {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'invalid' };
  }
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

export function parseDateText(input: string): DateTextParse {
  const text = input.replace(/[\s\u00a0\u202f]+/g, '');
  if (text === '') return { ok: false, problem: 'empty' };
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (dutch) return iso(Number(dutch[4]), Number(dutch[3]), Number(dutch[1]));
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (compact) return iso(Number(compact[3]), Number(compact[2]), Number(compact[1]));
  return { ok: false, problem: 'invalid' };
}

/** "2027-01-15" → "15-01-2027"; anything else is returned as it is. */
export function isoToDateText(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}
