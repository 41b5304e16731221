import { describe, expect, it } from 'vitest';
import { handoverMissing, noticeTiming, share, sortByRelease } from './notices.ts';

const base = { withoutNotice: false, notifiedInTime: true, expectedReleaseOn: '2026-12-10', releasedOn: null, handoverPlanned: false };

describe('the aftercare overview', () => {
  it('flags a release within 14 Amsterdam calendar days without a warm handover, and no other', () => {
    const today = '2026-12-07';
    expect(handoverMissing(base, today)).toBe(true);
    expect(handoverMissing({ ...base, expectedReleaseOn: '2026-12-21' }, today)).toBe(true); // day 14
    expect(handoverMissing({ ...base, expectedReleaseOn: '2026-12-22' }, today)).toBe(false); // day 15
    expect(handoverMissing({ ...base, expectedReleaseOn: today }, today)).toBe(true);
    expect(handoverMissing({ ...base, expectedReleaseOn: '2026-12-06' }, today)).toBe(false); // past
    expect(handoverMissing({ ...base, handoverPlanned: true }, today)).toBe(false);
    expect(handoverMissing({ ...base, releasedOn: '2026-12-07' }, today)).toBe(false);
    expect(handoverMissing({ ...base, withoutNotice: true }, today)).toBe(false);
    // Across the year end.
    expect(handoverMissing({ ...base, expectedReleaseOn: '2027-01-04' }, '2026-12-21')).toBe(true);
  });

  it('names a notice in time, late or without notice', () => {
    expect(noticeTiming(base)).toBe('in_time');
    expect(noticeTiming({ ...base, notifiedInTime: false })).toBe('late');
    expect(noticeTiming({ withoutNotice: true, notifiedInTime: false })).toBe('without_notice');
  });

  it('puts the coming releases first, soonest on top, then the released, latest first', () => {
    const today = '2026-12-07';
    const rows = [
      { id: 'a', expectedReleaseOn: '2026-12-20', releasedOn: null },
      { id: 'b', expectedReleaseOn: '2026-11-01', releasedOn: '2026-11-02' },
      { id: 'c', expectedReleaseOn: '2026-12-08', releasedOn: null },
      { id: 'd', expectedReleaseOn: '2026-11-20', releasedOn: '2026-11-20' },
      { id: 'e', expectedReleaseOn: '2026-12-01', releasedOn: null }, // overdue, not registered
    ];
    expect(sortByRelease(rows, today).map((r) => r.id)).toEqual(['c', 'a', 'e', 'd', 'b']);
  });

  it('gives no share for a suppressed count or an empty total', () => {
    expect(share(31, 50)).toBe(62);
    expect(share(null, 50)).toBeNull();
    expect(share(3, null)).toBeNull();
    expect(share(0, 0)).toBeNull();
  });
});
