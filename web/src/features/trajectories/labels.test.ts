import { describe, expect, it } from 'vitest';
import { checkEuros, formatCents } from './labels.ts';

describe('euro amounts typed in the trajectory and assignment forms', () => {
  it('accepts whole euros and up to two decimals with a comma or a point, zero included', () => {
    for (const ok of ['0', '1250', '1250,5', '1250.50', ' 99,99 ']) expect(checkEuros(ok)).toBe('ok');
  });
  it('names the problem the server would name', () => {
    expect(checkEuros('12,345')).toBe('too_many_decimals');
    expect(checkEuros('-5')).toBe('negative');
    expect(checkEuros('1.250,00')).toBe('invalid');
    expect(checkEuros('tien')).toBe('invalid');
    expect(checkEuros('')).toBe('invalid');
  });
  it('shows cents as Dutch euros', () => {
    expect(formatCents(125050).replace(/\s/g, ' ')).toBe('€ 1.250,50');
  });
});
