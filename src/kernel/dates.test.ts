import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, ageOn, amsterdamInstant, amsterdamWallClock, isIsoDate, todayInAmsterdam } from './dates.ts';

const isoDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('ageOn', () => {
  it('counts a birthday only once it has been reached', () => {
    expect(ageOn('1988-04-12', '2026-04-11')).toBe(37);
    expect(ageOn('1988-04-12', '2026-04-12')).toBe(38);
    expect(ageOn('1988-04-12', '2026-04-13')).toBe(38);
    expect(ageOn('1988-12-31', '2027-01-01')).toBe(38);
    expect(ageOn('2000-01-01', '2000-01-01')).toBe(0);
  });

  it('someone born on 29 February turns a year older on 1 March in a non-leap year', () => {
    expect(ageOn('2004-02-29', '2021-02-28')).toBe(16);
    expect(ageOn('2004-02-29', '2021-03-01')).toBe(17);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('is 0 on the birth date, exactly n on the n-th birthday and n-1 the day before', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 120 }), (birth, n) => {
        fc.pre(!birth.endsWith('02-29'));
        expect(ageOn(birth, birth)).toBe(0);
        const [y, m, d] = birth.split('-');
        const birthday = `${String(Number(y) + n).padStart(4, '0')}-${m}-${d}`;
        expect(ageOn(birth, birthday)).toBe(n);
        const dayBefore = new Date(`${birthday}T12:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        expect(ageOn(birth, dayBefore.toISOString().slice(0, 10))).toBe(n - 1);
      }),
    );
  });

  it('never decreases as time passes', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, isoDateArb, (birth, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, early)).toBeLessThanOrEqual(ageOn(birth, late));
      }),
    );
  });
});

describe('addDays', () => {
  it('counts calendar days across month and year ends, leap days and the clock change', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates in YYYY-MM-DD only', () => {
    for (const d of ['2024-02-29', '2025-12-31', '1900-01-01']) expect(isIsoDate(d), d).toBe(true);
    for (const d of [
      '2023-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-00-10',
      '2025-1-01',
      '20250101',
      '2025-01-01T00:00:00Z',
      '01-02-2025',
      '',
      'gisteren',
    ])
      expect(isIsoDate(d), d).toBe(false);
  });

  it('accepts every date it is given in ISO form', () => {
    fc.assert(fc.property(isoDateArb, (d) => isIsoDate(d)));
  });
});

describe('todayInAmsterdam', () => {
  it('is the calendar date in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(todayInAmsterdam(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // Summer time (UTC+2): 22:30 UTC is past midnight.
    expect(todayInAmsterdam(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(todayInAmsterdam(new Date('2025-06-30T21:30:00Z'))).toBe('2025-06-30');
  });
});

describe('Amsterdam wall-clock time', () => {
  it('turns a date and time in Amsterdam into the instant, in winter and in summer', () => {
    expect(amsterdamInstant('2026-12-08', '10:00').toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(amsterdamInstant('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('and back, including the night the clocks change', () => {
    expect(amsterdamWallClock(new Date('2026-12-08T09:00:00Z'))).toEqual({ date: '2026-12-08', time: '10:00' });
    expect(amsterdamWallClock(new Date('2026-03-29T00:30:00Z'))).toEqual({ date: '2026-03-29', time: '01:30' });
    expect(amsterdamWallClock(new Date('2026-03-29T01:30:00Z'))).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(amsterdamWallClock(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
  });
});

describe('Amsterdam wall-clock time on the nights the clocks change', () => {
  it('moves a skipped time an hour on and takes the first of a doubled one', () => {
    expect(amsterdamInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(amsterdamInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });
});
