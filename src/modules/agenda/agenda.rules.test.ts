import { describe, expect, it } from 'vitest';
import { amsterdamMidnight, daysBetween, nextDay } from './agenda.rules.ts';

describe('amsterdamMidnight', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    expect(amsterdamMidnight('2026-12-08').toISOString()).toBe('2026-12-07T23:00:00.000Z');
    expect(amsterdamMidnight('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('follows the change to and from summer time (29 March and 25 October 2026)', () => {
    expect(amsterdamMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(amsterdamMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(amsterdamMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(amsterdamMidnight('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('calendar days', () => {
  it('steps over month and year ends', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
  });
});
