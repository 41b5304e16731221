import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalisePostcode, pc4 } from './postcode.ts';

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const digits4 = fc.integer({ min: 1000, max: 9999 }).map(String);
const letters2 = fc.tuple(letter, letter).map(([a, b]) => a + b);

describe('normalisePostcode', () => {
  it('writes a postcode as four digits, one space, two capitals', () => {
    expect(normalisePostcode('5611 AB')).toBe('5611 AB');
    expect(normalisePostcode('5611ab')).toBe('5611 AB');
    expect(normalisePostcode('5611 aB')).toBe('5611 AB');
    expect(normalisePostcode('  5611ab  ')).toBe('5611 AB');
    expect(normalisePostcode('1000 AA')).toBe('1000 AA');
    expect(normalisePostcode('9999 ZZ')).toBe('9999 ZZ');
  });

  it('rejects what is not a Dutch postcode', () => {
    for (const value of [
      '',
      '0611 AB',
      '561 AB',
      '56111 AB',
      '5611 A',
      '5611 ABC',
      '5611  AB',
      '5611-AB',
      'AB 5611',
      '5611 A1',
      '5611\tAB',
      '5611 ÄB',
      '５６１１ AB',
    ])
      expect(normalisePostcode(value), JSON.stringify(value)).toBeNull();
  });

  it('rejects the letter combinations SA, SD and SS, in any case', () => {
    for (const value of ['5611 SA', '5611 SD', '5611 SS', '5611sa', '5611 sd', '5611Ss'])
      expect(normalisePostcode(value), value).toBeNull();
    expect(normalisePostcode('5611 SB')).toBe('5611 SB');
    expect(normalisePostcode('5611 AS')).toBe('5611 AS');
  });

  it('accepts every valid postcode however it is spaced or cased, and the result is stable', () => {
    fc.assert(
      fc.property(digits4, letters2, fc.boolean(), fc.boolean(), (d, l, space, lower) => {
        fc.pre(!['SA', 'SD', 'SS'].includes(l));
        const input = `${d}${space ? ' ' : ''}${lower ? l.toLowerCase() : l}`;
        const out = normalisePostcode(input);
        expect(out).toBe(`${d} ${l}`);
        expect(normalisePostcode(out!)).toBe(out);
      }),
    );
  });

  it('whatever goes in, what comes out is null or a well-formed postcode', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (s) => {
        const out = normalisePostcode(s);
        if (out !== null) expect(out).toMatch(/^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/);
      }),
    );
  });
});

describe('pc4', () => {
  it('is the four-digit area of a postcode', () => {
    expect(pc4('5611 AB')).toBe('5611');
    expect(pc4(normalisePostcode('1234zz')!)).toBe('1234');
  });
});
