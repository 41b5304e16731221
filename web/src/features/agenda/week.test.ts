import { describe, expect, it } from 'vitest';
import { addDays, daysOfWeek, mondayOf } from './week.ts';

describe('agenda weeks', () => {
  it('start on Monday, also across a year end', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(daysOfWeek('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
  });
});
