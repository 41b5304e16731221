import { describe, expect, it } from 'vitest';
import { addDays, dueRange, teamLabel } from './worklist.rules.ts';

describe('worklist rules', () => {
  it('adds calendar days across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // The day the clocks go forward in Amsterdam is an ordinary calendar day here.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('splits due dates into overdue, today and the week after today without overlap', () => {
    const today = '2026-06-15';
    expect(dueRange('overdue', today)).toEqual({ from: null, to: '2026-06-14' });
    expect(dueRange('today', today)).toEqual({ from: '2026-06-15', to: '2026-06-15' });
    expect(dueRange('week', today)).toEqual({ from: '2026-06-16', to: '2026-06-22' });
    expect(dueRange(undefined, today)).toEqual({ from: null, to: null });
  });

  it('names a team after its role', () => {
    expect(teamLabel('klantmanager')).toBe('Team klantmanager');
    expect(teamLabel('jobcoach')).toBe('Team jobcoach / trajectbegeleider');
  });
});
