import { describe, expect, it } from 'vitest';
import { mondayOf, shiftDays } from './week.ts';

describe('the attendance week', () => {
  it('starts on the Monday, across a year end', () => {
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(shiftDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});
