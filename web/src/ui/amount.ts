/**
 * Reading an amount in euros the way Dutch people type it: "€ 2.450,00", "2.450", "2450", "2,5", "25,-".
 * A point followed by groups of three digits is a thousands separator, a comma (or a point) followed by one
 * or two digits is the decimal separator. "2,200" can mean 2,20 or 2.200: it is not guessed but asked.
 * Pure: no I/O, no locale of the browser.
 */

export type AmountParse =
  | { ok: true; cents: number }
  | { ok: false; problem: 'empty' | 'invalid' | 'too_many_decimals' }
  /** A comma followed by exactly three digits: the decimal reading (null when it has a third decimal) or the thousands one. */
  | { ok: false; problem: 'ambiguous'; decimalCents: number | null; thousandsCents: number };

/** Whole euros as digits with dots between groups of three: "2.450", "12.200.000". */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DIGITS = /^\d+$/;

function whole(text: string): number {
  return Number(text.replace(/[.,]/g, ''));
}

function toCents(euros: number, decimals: string): number {
  return euros * 100 + Number(decimals.padEnd(2, '0'));
}

export function parseAmount(input: string): AmountParse {
  // Spaces of any kind (also the non-breaking ones Intl puts after "€"), the euro sign and "EUR".
  const text = input
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/^(?:€|EUR)/i, '')
    .replace(/(?:€|EUR)$/i, '');
  if (text === '') return { ok: false, problem: 'empty' };
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const result = parseUnsigned(body);
  if (!result.ok) return result;
  if (!Number.isSafeInteger(result.cents)) return { ok: false, problem: 'invalid' };
  return { ok: true, cents: negative && result.cents !== 0 ? -result.cents : result.cents };
}

function parseUnsigned(body: string): AmountParse {
  if (body === '') return { ok: false, problem: 'invalid' };
  // "25,-" and "25,--": whole euros.
  const dashed = /^(.*),-{1,2}$/.exec(body);
  if (dashed) {
    const euros = dashed[1]!;
    if (DIGITS.test(euros) || DOT_GROUPED.test(euros)) return { ok: true, cents: whole(euros) * 100 };
    return { ok: false, problem: 'invalid' };
  }
  if (DIGITS.test(body) || DOT_GROUPED.test(body)) return { ok: true, cents: whole(body) * 100 };

  const lastComma = body.lastIndexOf(',');
  const lastPoint = body.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastPoint);
  const intPart = body.slice(0, decimalAt);
  const decimals = body.slice(decimalAt + 1);
  const separator = body[decimalAt];
  const otherGrouped = separator === ',' ? DOT_GROUPED : COMMA_GROUPED;
  const intOk = DIGITS.test(intPart) || otherGrouped.test(intPart);
  if (!intOk || !DIGITS.test(decimals)) return { ok: false, problem: 'invalid' };

  if (separator === ',' && decimals.length === 3 && DIGITS.test(intPart)) {
    // "2,200": 2,20 in Dutch, 2200 in English. Ask.
    return {
      ok: false,
      problem: 'ambiguous',
      decimalCents: decimals.endsWith('0') ? toCents(Number(intPart), decimals.slice(0, 2)) : null,
      thousandsCents: whole(body) * 100,
    };
  }
  if (decimals.length > 2) return { ok: false, problem: 'too_many_decimals' };
  return { ok: true, cents: toCents(whole(intPart), decimals) };
}

/** Cents as the API's euro text: 245000 → "2450.00", -5 → "-0.05". */
export function centsToApiEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cents as the text to put back in an input for editing: 125050 → "1.250,50", 10000 → "100,00". */
export function centsToInputText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}
