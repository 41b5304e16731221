/**
 * Money in the PRB screens: amounts arrive in cents and are shown as nl-NL euros (also in the English UI:
 * the budgets are Dutch euros); amounts are typed in euros ("1250,50") and sent as typed text, the server
 * parses them to cents. The client-side check mirrors the server's, so most mistakes show before a round trip.
 */
import { parseEuros } from '../../../../src/kernel/money.ts';

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

/**
 * The share of the budget for each part of the budget bar, in whole percent steps of 5 (CSS classes, no
 * inline styles under the CSP): paid, committed but not yet paid, and remaining.
 */
export function budgetShares(budget: number, committed: number, paid: number): { paid: number; open: number; remaining: number } {
  if (!(budget > 0)) return { paid: 0, open: 0, remaining: 0 };
  const step = (n: number) => Math.max(0, Math.min(100, Math.round((n / budget) * 20) * 5));
  const paidShare = step(paid);
  const committedShare = Math.max(paidShare, step(committed));
  return { paid: paidShare, open: committedShare - paidShare, remaining: 100 - committedShare };
}

/** A fresh random UUID (v4) for an Idempotency-Key; crypto.randomUUID needs a secure context, so a fallback. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface KeyedAttempt {
  key: string;
  /** What was sent with this key: the same request again reuses it. */
  fingerprint: string;
}

/**
 * The Idempotency-Key for a submit: the previous key when the request is the same as the previous attempt
 * (a retry after a network error or a lost response has one effect), otherwise a new one.
 */
export function keyForAttempt(previous: KeyedAttempt | null, fingerprint: string, fresh: () => string = newIdempotencyKey): KeyedAttempt {
  if (previous && previous.fingerprint === fingerprint) return previous;
  return { key: fresh(), fingerprint };
}
