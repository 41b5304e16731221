/**
 * PRB-specific money helpers: the budget bar and the Idempotency-Key of a decision. Typing and showing
 * euros is shared with the other screens (web/src/ui/money.ts) and re-exported here.
 */
export { checkEuroInput, formatCents, normaliseEuroText, sumEuroInputs, type EuroInputProblem } from '../../ui/money.ts';

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
