/**
 * Money in the screens: amounts arrive in cents and are shown as nl-NL euros (also in the English UI:
 * the amounts are Dutch euros); amounts are typed in euros ("1250,50") and sent as typed text, the server
 * parses them to cents. The client-side check mirrors the server's, so most mistakes show before a round trip.
 */
import { parseEuros } from '../../../src/kernel/money.ts';

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** 123456 → "€ 1.234,56". */
export function formatCents(cents: number): string {
  return EURO.format(cents / 100);
}

export type EuroInputProblem = 'required' | 'invalid_amount' | 'too_many_decimals' | 'not_positive';

/** The euro text a user typed, normalised for the API: no euro sign, no spaces. */
export function normaliseEuroText(text: string): string {
  return text.replace(/€/g, '').replace(/\s+/g, '');
}

/**
 * Checks an amount typed in euros the way the server does: digits with at most two decimals after a comma
 * or point, more than zero. Returns the cents or the problem.
 */
export function checkEuroInput(text: string, options: { allowZero?: boolean } = {}): { cents: number } | { problem: EuroInputProblem } {
  const value = normaliseEuroText(text);
  if (!value) return { problem: 'required' };
  if (/^-?\d+[.,]\d{3,}$/.test(value)) return { problem: 'too_many_decimals' };
  const cents = /^-?\d+([.,]\d+)?$/.test(value) ? parseEuros(value) : null;
  if (cents === null) return { problem: 'invalid_amount' };
  if (cents < 0 || (cents === 0 && !options.allowZero)) return { problem: 'not_positive' };
  return { cents };
}

/** Sum of the amounts that parse (the running total under a proposal form); invalid lines count as 0. */
export function sumEuroInputs(texts: readonly string[]): number {
  return texts.reduce((sum, text) => {
    const r = checkEuroInput(text);
    return 'cents' in r ? sum + r.cents : sum;
  }, 0);
}
