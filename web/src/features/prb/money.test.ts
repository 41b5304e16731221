import { describe, expect, it } from 'vitest';
import { budgetShares, checkEuroInput, formatCents, keyForAttempt, newIdempotencyKey, normaliseEuroText, sumEuroInputs } from './money.ts';

describe('PRB money in the browser', () => {
  it('formats cents as Dutch euros', () => {
    expect(formatCents(500000).replace(/\s/g, ' ')).toBe('€ 5.000,00');
    expect(formatCents(125050).replace(/\s/g, ' ')).toBe('€ 1.250,50');
  });

  it('checks typed amounts the way the server does', () => {
    expect(checkEuroInput('1250,50')).toEqual({ cents: 125050 });
    expect(checkEuroInput(' € 1250.5 ')).toEqual({ cents: 125050 });
    expect(checkEuroInput('100')).toEqual({ cents: 10000 });
    expect(checkEuroInput('')).toEqual({ problem: 'required' });
    expect(checkEuroInput('12,3456')).toEqual({ problem: 'too_many_decimals' });
    expect(checkEuroInput('2,200')).toEqual({ problem: 'ambiguous', decimalCents: 220, thousandsCents: 220000 });
    expect(checkEuroInput('0')).toEqual({ problem: 'not_positive' });
    expect(checkEuroInput('0', { allowZero: true })).toEqual({ cents: 0 });
    expect(checkEuroInput('-5')).toEqual({ problem: 'not_positive' });
    expect(checkEuroInput('1.250,50')).toEqual({ cents: 125050 });
    expect(checkEuroInput('€ 2.450,00')).toEqual({ cents: 245000 });
    expect(checkEuroInput('1.2.3')).toEqual({ problem: 'invalid_amount' });
    expect(checkEuroInput('tien')).toEqual({ problem: 'invalid_amount' });
  });

  it('sends a typed amount to the API as plain euro text', () => {
    expect(normaliseEuroText('€ 2.450,00')).toBe('2450.00');
    expect(normaliseEuroText('2.200')).toBe('2200.00');
    expect(normaliseEuroText('0,99')).toBe('0.99');
    expect(normaliseEuroText(' tien ')).toBe('tien');
  });

  it('adds up the amounts that parse', () => {
    expect(sumEuroInputs(['100', '250,25', 'x', ''])).toBe(35025);
  });

  it('splits the budget bar into paid, committed-not-paid and remaining', () => {
    expect(budgetShares(500000, 0, 0)).toEqual({ paid: 0, open: 0, remaining: 100 });
    expect(budgetShares(500000, 250000, 100000)).toEqual({ paid: 20, open: 30, remaining: 50 });
    expect(budgetShares(500000, 500000, 500000)).toEqual({ paid: 100, open: 0, remaining: 0 });
    expect(budgetShares(0, 0, 0)).toEqual({ paid: 0, open: 0, remaining: 0 });
  });

  it('reuses the idempotency key for the same decision, and makes a new one for another', () => {
    let n = 0;
    const fresh = () => `key-${++n}`;
    const first = keyForAttempt(null, 'approve|', fresh);
    expect(first.key).toBe('key-1');
    expect(keyForAttempt(first, 'approve|', fresh).key).toBe('key-1');
    expect(keyForAttempt(first, 'reject|te duur', fresh).key).toBe('key-2');
  });

  it('makes random v4 UUIDs', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
