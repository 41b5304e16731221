import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cents, formatEuros, parseEuros } from './money.ts';

describe('parseEuros', () => {
  it('reads whole euros and up to two decimals, with a comma or a point', () => {
    expect(parseEuros('1234')).toBe(123400);
    expect(parseEuros('1234.5')).toBe(123450);
    expect(parseEuros('1234,5')).toBe(123450);
    expect(parseEuros('1234,56')).toBe(123456);
    expect(parseEuros('0,07')).toBe(7);
    expect(parseEuros(' 12,30 ')).toBe(1230);
    expect(parseEuros('-12,30')).toBe(-1230);
    expect(parseEuros('-0,05')).toBe(-5);
  });

  it('refuses more than two decimals, thousands separators, currency signs and junk', () => {
    for (const text of [
      '12,345',
      '1.234,56',
      '1,234.56',
      '€ 12',
      '12 euro',
      '',
      ' ',
      'abc',
      '12,',
      ',5',
      '--1',
      '+12',
      '1e3',
      '12,3,4',
      'NaN',
    ])
      expect(parseEuros(text), JSON.stringify(text)).toBeNull();
  });

  it('refuses amounts too large to count exactly in cents', () => {
    expect(parseEuros('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseEuros('90071992547409.92')).toBeNull();
    expect(parseEuros('99999999999999999')).toBeNull();
  });

  it('round-trips every amount in cents written as euros', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }), fc.constantFrom(',', '.'), (n, sep) => {
        const abs = Math.abs(n);
        const text = `${n < 0 ? '-' : ''}${Math.floor(abs / 100)}${sep}${String(abs % 100).padStart(2, '0')}`;
        expect(parseEuros(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('"-0" is zero and shows as € 0,00, not as minus zero', () => {
    for (const text of ['-0', '-0,00']) {
      const v = parseEuros(text)!;
      expect(Object.is(v, 0), text).toBe(true);
      expect(formatEuros(v)).toBe(formatEuros(cents(0)));
    }
  });
});

describe('cents and formatEuros', () => {
  it('cents refuses fractions of a cent', () => {
    expect(() => cents(1.5)).toThrow(RangeError);
    expect(cents(150)).toBe(150);
  });

  it('formats in Dutch notation', () => {
    expect(formatEuros(cents(123456)).replace(/\s/g, ' ')).toBe('€ 1.234,56');
    expect(formatEuros(cents(5)).replace(/\s/g, ' ')).toBe('€ 0,05');
  });
});
