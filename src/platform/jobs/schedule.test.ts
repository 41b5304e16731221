import { describe, expect, it } from 'vitest';
import { amsterdamInstant, assertValidSchedule, latestOccurrence } from './schedule.ts';

describe('latestOccurrence', () => {
  it('every N minutes: the slot that contains now, with one key for the whole slot', () => {
    const a = latestOccurrence({ everyMinutes: 15 }, new Date('2026-03-01T10:17:03Z'));
    const b = latestOccurrence({ everyMinutes: 15 }, new Date('2026-03-01T10:29:59.999Z'));
    expect(a).toEqual({ at: new Date('2026-03-01T10:15:00Z'), key: 'every15:2026-03-01T10:15:00.000Z' });
    expect(b.key).toBe(a.key);
    expect(latestOccurrence({ everyMinutes: 15 }, new Date('2026-03-01T10:30:00Z')).key).toBe('every15:2026-03-01T10:30:00.000Z');
  });

  it('daily at HH:MM in Amsterdam: today once the time has passed, yesterday before it', () => {
    // Winter (CET, UTC+1): 02:00 in Amsterdam is 01:00 UTC.
    expect(latestOccurrence({ dailyAt: '02:00' }, new Date('2026-01-15T01:00:00Z'))).toEqual({
      at: new Date('2026-01-15T01:00:00Z'),
      key: 'daily:2026-01-15',
    });
    expect(latestOccurrence({ dailyAt: '02:00' }, new Date('2026-01-15T00:59:59Z'))).toEqual({
      at: new Date('2026-01-14T01:00:00Z'),
      key: 'daily:2026-01-14',
    });
    // Summer (CEST, UTC+2): 07:30 is 05:30 UTC.
    expect(latestOccurrence({ dailyAt: '07:30' }, new Date('2026-07-01T12:00:00Z')).at).toEqual(new Date('2026-07-01T05:30:00Z'));
  });

  it('uses the Amsterdam date, not the UTC date, around midnight', () => {
    // 23:30 UTC on 14 January is 00:30 on 15 January in Amsterdam.
    expect(latestOccurrence({ dailyAt: '00:15' }, new Date('2026-01-14T23:30:00Z'))).toEqual({
      at: new Date('2026-01-14T23:15:00Z'),
      key: 'daily:2026-01-15',
    });
  });
});

describe('amsterdamInstant around the clock changes', () => {
  it('a time skipped in spring maps to an hour later', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 does not exist and becomes 03:30 CEST.
    expect(amsterdamInstant('2026-03-29', 2, 30)).toEqual(new Date('2026-03-29T01:30:00Z'));
    expect(amsterdamInstant('2026-03-29', 4, 0)).toEqual(new Date('2026-03-29T02:00:00Z'));
  });

  it('a time that occurs twice in autumn maps to its first occurrence', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens at 00:30 and at 01:30 UTC.
    expect(amsterdamInstant('2026-10-25', 2, 30)).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(latestOccurrence({ dailyAt: '02:30' }, new Date('2026-10-25T01:45:00Z')).key).toBe('daily:2026-10-25');
  });
});

describe('assertValidSchedule', () => {
  it('refuses intervals outside 1..1440 minutes and malformed times', () => {
    expect(() => assertValidSchedule('x', { everyMinutes: 0 })).toThrow(/1 tot 1440/);
    expect(() => assertValidSchedule('x', { everyMinutes: 2000 })).toThrow(/1 tot 1440/);
    expect(() => assertValidSchedule('x', { dailyAt: '24:00' })).toThrow(/HH:MM/);
    expect(() => assertValidSchedule('x', { dailyAt: '7:30' })).toThrow(/HH:MM/);
    expect(() => assertValidSchedule('x', { dailyAt: '07:30' })).not.toThrow();
  });
});
