import { describe, expect, it } from 'vitest';
import { dueGroup, groupByDue } from './groups.ts';

describe('the sections of the work queue', () => {
  it('counts overdue, today, the coming seven days and later as the API’s due filters do', () => {
    const today = '2026-12-07';
    expect(dueGroup('2026-12-06', today)).toBe('overdue');
    expect(dueGroup('2026-12-07', today)).toBe('today');
    expect(dueGroup('2026-12-08', today)).toBe('week');
    expect(dueGroup('2026-12-14', today)).toBe('week');
    expect(dueGroup('2026-12-15', today)).toBe('later');
  });

  it('keeps the list order inside each section, across a month and year end', () => {
    const tasks = [{ dueOn: '2026-12-30' }, { dueOn: '2027-01-02' }, { dueOn: '2027-01-09' }, { dueOn: '2027-01-10' }];
    const groups = groupByDue(tasks, '2027-01-02');
    expect(groups.get('overdue')).toEqual([{ dueOn: '2026-12-30' }]);
    expect(groups.get('today')).toEqual([{ dueOn: '2027-01-02' }]);
    expect(groups.get('week')).toEqual([{ dueOn: '2027-01-09' }]);
    expect(groups.get('later')).toEqual([{ dueOn: '2027-01-10' }]);
  });
});
