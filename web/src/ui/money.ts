/**
 * Money in the screens: amounts arrive in cents and are shown as nl-NL euros (also in the English UI:
 * the amounts are Dutch euros). Amounts are typed the Dutch way ("€ 2.450,00", "2.200", "2,5"), read by
 * parseAmount (amount.ts) and sent to the API as plain euro text ("2450.00"), which the server parses to
 * cents. The check here runs before the round trip; the server checks again.
 */
import { centsToApiEuros, parseAmount } from './amount.ts';

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** 123456 → "€ 1.234,56". */
export function formatCents(cents: number): string {
  return EURO.format(cents / 100);
}

export type EuroInputProblem = 'required' | 'invalid_amount' | 'too_many_decimals' | 'not_positive' | 'ambiguous';

export type EuroInputCheck =
  | { cents: number }
  | { problem: Exclude<EuroInputProblem, 'ambiguous'> }
  | { problem: 'ambiguous'; decimalCents: number | null; thousandsCents: number };

/**
 * The euro text a user typed, as the API reads it: "€ 2.450,00" → "2450.00". Text that is no amount is
 * sent as typed (without spaces and euro sign), so the server names the field.
 */
export function normaliseEuroText(text: string): string {
  const parsed = parseAmount(text);
  return parsed.ok ? centsToApiEuros(parsed.cents) : text.replace(/€/g, '').replace(/[\s\u00a0\u202f]+/g, '');
}

/** Checks an amount typed in euros: one the Dutch way, at most two decimals, more than zero (or zero when allowed). */
export function checkEuroInput(text: string, options: { allowZero?: boolean } = {}): EuroInputCheck {
  const parsed = parseAmount(text);
  if (!parsed.ok) {
    if (parsed.problem === 'empty') return { problem: 'required' };
    if (parsed.problem === 'invalid') return { problem: 'invalid_amount' };
    if (parsed.problem === 'too_many_decimals') return { problem: 'too_many_decimals' };
    if (parsed.problem === 'ambiguous')
      return { problem: 'ambiguous', decimalCents: parsed.decimalCents, thousandsCents: parsed.thousandsCents };
    return { problem: 'invalid_amount' };
  }
  if (parsed.cents < 0 || (parsed.cents === 0 && !options.allowZero)) return { problem: 'not_positive' };
  return { cents: parsed.cents };
}

/** Sum of the amounts that parse (the running total under a proposal form); invalid lines count as 0. */
export function sumEuroInputs(texts: readonly string[]): number {
  return texts.reduce((sum, text) => {
    const r = checkEuroInput(text);
    return 'cents' in r ? sum + r.cents : sum;
  }, 0);
}
