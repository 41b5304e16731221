import { describe, expect, it } from 'vitest';
import { centsToApiEuros, centsToInputText, parseAmount } from './amount.ts';

const cents = (text: string) => {
  const r = parseAmount(text);
  return r.ok ? r.cents : r.problem;
};

describe('amounts typed the Dutch way', () => {
  it('reads dots as thousands and the comma as the decimal separator', () => {
    expect(cents('2.450,00')).toBe(245000);
    expect(cents('€ 2.450,00')).toBe(245000);
    expect(cents('2.200')).toBe(220000);
    expect(cents('12.200.000')).toBe(1220000000);
    expect(cents('1.250,5')).toBe(125050);
  });

  it('reads whole euros and one or two decimals', () => {
    expect(cents('2450')).toBe(245000);
    expect(cents('2,5')).toBe(250);
    expect(cents('2,50')).toBe(250);
    expect(cents('0,99')).toBe(99);
    expect(cents('2450.50')).toBe(245050);
    expect(cents('2.5')).toBe(250);
    expect(cents('25,-')).toBe(2500);
    expect(cents('0')).toBe(0);
    expect(cents('-5')).toBe(-500);
  });

  it('ignores spaces, non-breaking spaces and the euro sign', () => {
    expect(cents(' 2 450,00 ')).toBe(245000);
    expect(cents('€\u00a02.450,00')).toBe(245000);
    expect(cents('2\u202f450,00\u00a0€')).toBe(245000);
    expect(cents('EUR 100')).toBe(10000);
  });

  it('asks rather than guesses when a comma is followed by three digits', () => {
    expect(parseAmount('2,200')).toEqual({ ok: false, problem: 'ambiguous', decimalCents: 220, thousandsCents: 220000 });
    expect(parseAmount('2,255')).toEqual({ ok: false, problem: 'ambiguous', decimalCents: null, thousandsCents: 225500 });
  });

  it('refuses what is not an amount', () => {
    expect(cents('')).toBe('empty');
    expect(cents('   ')).toBe('empty');
    expect(cents('-')).toBe('invalid');
    expect(cents('€')).toBe('empty');
    expect(cents('1.2.3')).toBe('invalid');
    expect(cents('12.34.567')).toBe('invalid');
    expect(cents('tien')).toBe('invalid');
    expect(cents('2,')).toBe('invalid');
    expect(cents('2,5a')).toBe('invalid');
    expect(cents('1.250.50')).toBe('invalid');
    expect(cents('2,5555')).toBe('too_many_decimals');
    expect(cents('2.5555')).toBe('too_many_decimals');
  });

  it('writes cents for the API and back for editing', () => {
    expect(centsToApiEuros(245000)).toBe('2450.00');
    expect(centsToApiEuros(99)).toBe('0.99');
    expect(centsToApiEuros(-5)).toBe('-0.05');
    expect(centsToInputText(125050)).toBe('1.250,50');
    expect(centsToInputText(10000)).toBe('100,00');
    expect(centsToInputText(122000000)).toBe('1.220.000,00');
  });
});
