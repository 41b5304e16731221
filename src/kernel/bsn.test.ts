import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidBsn, maskBsn } from './bsn.ts';

/** Eight digits plus the check digit that makes the 11-test pass; null when no digit 0–9 can (remainder 10). */
function withCheckDigit(first8: number[]): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += first8[i]! * (9 - i);
  const check = sum % 11;
  return check === 10 ? null : first8.join('') + String(check);
}

const digit = fc.integer({ min: 0, max: 9 });
/** Valid BSNs, generated from their first eight digits. */
const validBsnArb = fc
  .array(digit, { minLength: 8, maxLength: 8 })
  .map(withCheckDigit)
  .filter((b): b is string => b !== null && b !== '000000000');

describe('isValidBsn', () => {
  it('accepts known valid numbers', () => {
    for (const bsn of ['111222333', '123456782', '999999990', '010000008']) expect(isValidBsn(bsn), bsn).toBe(true);
  });

  it('rejects numbers that fail the 11-test', () => {
    for (const bsn of ['111222334', '123456789', '999999999', '100000000']) expect(isValidBsn(bsn), bsn).toBe(false);
  });

  it('rejects all zeros although its weighted sum is divisible by 11', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('rejects anything that is not exactly nine ASCII digits', () => {
    for (const value of [
      '',
      '11122233',
      '1112223333',
      ' 111222333',
      '111222333 ',
      '111 222 333',
      '111-222-333',
      '11122233a',
      '１１１２２２３３３',
      '+11222333',
      '1.1222333',
      '٠١١٢٢٢٣٣٣',
    ])
      expect(isValidBsn(value), JSON.stringify(value)).toBe(false);
  });

  it('accepts every number built with the right check digit', () => {
    fc.assert(fc.property(validBsnArb, (bsn) => isValidBsn(bsn)));
  });

  it('a valid BSN with one digit changed is invalid', () => {
    fc.assert(
      fc.property(validBsnArb, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (bsn, position, delta) => {
        const changed = bsn.slice(0, position) + String((Number(bsn[position]) + delta) % 10) + bsn.slice(position + 1);
        expect(changed).not.toBe(bsn);
        expect(isValidBsn(changed)).toBe(false);
      }),
    );
  });

  it('a valid BSN with two different adjacent digits swapped is invalid', () => {
    fc.assert(
      fc.property(validBsnArb, fc.integer({ min: 0, max: 7 }), (bsn, i) => {
        fc.pre(bsn[i] !== bsn[i + 1]);
        const swapped = bsn.slice(0, i) + bsn[i + 1] + bsn[i] + bsn.slice(i + 2);
        expect(isValidBsn(swapped)).toBe(false);
      }),
    );
  });

  it('agrees with the 11-test definition for any nine digits', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 9, maxLength: 9 }), (ds) => {
        const weighted = ds.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - ds[8]!;
        const s = ds.join('');
        expect(isValidBsn(s)).toBe(weighted % 11 === 0 && s !== '000000000');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('maskBsn', () => {
  it('shows only the last three digits', () => {
    expect(maskBsn('111222333')).toBe('******333');
    fc.assert(
      fc.property(validBsnArb, (bsn) => {
        const masked = maskBsn(bsn);
        expect(masked).toHaveLength(9);
        expect(masked.slice(0, 6)).toBe('******');
        expect(masked.slice(6)).toBe(bsn.slice(6));
      }),
    );
  });
});
