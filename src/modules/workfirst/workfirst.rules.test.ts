import { describe, expect, it } from 'vitest';
import {
  attendanceProblems,
  DEFAULT_REGULATION,
  flowedOutWithin,
  measureAboveCeiling,
  proposeMeasure,
  regulationOn,
  regulationProblems,
  searchPeriodWeeks,
  suppress,
  underSearchPeriodAge,
  weekStartOf,
  type Regulation,
} from './workfirst.rules.ts';
import { attendanceTask, hearingTask } from './workfirst.tasks.ts';

const v2026: Regulation = {
  ...DEFAULT_REGULATION,
  validFrom: '2026-01-01',
  ceilingPercent: 60,
  categories: {
    absence_first: { percent: 10, durationMonths: 1 },
    absence_repeat: { percent: 30, durationMonths: 2 },
    absence_persistent: { percent: 60, durationMonths: 3 },
  },
};
const v2027: Regulation = {
  ...v2026,
  validFrom: '2027-01-01',
  categories: { ...v2026.categories, absence_first: { percent: 15, durationMonths: 1 } },
};

describe('the regulation in force', () => {
  it('judges a week by the version valid then, the default before any', () => {
    expect(regulationOn([v2027, v2026], '2025-06-02')).toBe(DEFAULT_REGULATION);
    expect(regulationOn([v2027, v2026], '2026-12-28')).toBe(v2026);
    expect(regulationOn([v2027, v2026], '2027-01-01')).toBe(v2027);
  });

  it('refuses a category above the ceiling, naming the field', () => {
    const bad = { ...v2026, categories: { ...v2026.categories, absence_persistent: { percent: 80, durationMonths: 3 } } };
    expect(regulationProblems(bad)).toEqual([
      expect.objectContaining({ name: 'categories.absence_persistent.percent', code: 'above_ceiling' }),
    ]);
    expect(regulationProblems(v2026)).toEqual([]);
    expect(measureAboveCeiling(61, v2026)?.name).toBe('percent');
    expect(measureAboveCeiling(60, v2026)).toBeNull();
  });
});

describe('measures for absence without a valid reason', () => {
  it('proposes none without unexcused absence', () => {
    expect(proposeMeasure({ absenceUnexcusedHours: 0 }, '2026-12-07', [], [v2026])).toBeNull();
  });

  it('escalates with confirmed measures in the twelve months before, under the rule of that week', () => {
    const first = proposeMeasure({ absenceUnexcusedHours: 4 }, '2026-12-07', [], [v2026, v2027]);
    expect(first).toEqual({ category: 'absence_first', percent: 10, durationMonths: 1, regulationValidFrom: '2026-01-01' });
    const repeat = proposeMeasure({ absenceUnexcusedHours: 4 }, '2026-12-14', [{ weekStart: '2026-12-07' }], [v2026]);
    expect(repeat?.category).toBe('absence_repeat');
    const third = proposeMeasure(
      { absenceUnexcusedHours: 4 },
      '2027-01-04',
      [{ weekStart: '2026-12-07' }, { weekStart: '2026-12-14' }],
      [v2026, v2027],
    );
    expect(third).toMatchObject({ category: 'absence_persistent', percent: 60, regulationValidFrom: '2027-01-01' });
    // More than twelve months ago does not count.
    const old = proposeMeasure({ absenceUnexcusedHours: 4 }, '2027-01-04', [{ weekStart: '2025-12-01' }], [v2026, v2027]);
    expect(old).toMatchObject({ category: 'absence_first', percent: 15 });
  });
});

describe('attendance checks', () => {
  const placement = { startsOn: '2026-11-16', endsOn: '2026-12-25' };
  const ok = { hoursPlanned: 24, hoursPresent: 20, absenceExcusedHours: 0, absenceUnexcusedHours: 4 };

  it('accepts a consistent week', () => {
    expect(attendanceProblems(ok, placement, '2026-11-30')).toEqual([]);
  });

  it('names the field: present above planned, negative, absence too much, not a Monday, outside the placement', () => {
    expect(attendanceProblems({ ...ok, hoursPresent: 25 }, placement, '2026-11-30').map((p) => [p.name, p.code])).toEqual([
      ['hoursPresent', 'above_planned'],
    ]);
    expect(attendanceProblems({ ...ok, absenceExcusedHours: -1 }, placement, '2026-11-30')[0]).toMatchObject({
      name: 'absenceExcusedHours',
      code: 'negative',
    });
    expect(attendanceProblems({ ...ok, absenceUnexcusedHours: 5 }, placement, '2026-11-30')[0]?.name).toBe('absenceUnexcusedHours');
    expect(attendanceProblems(ok, placement, '2026-12-01')[0]).toMatchObject({ name: 'weekStart', code: 'not_monday' });
    expect(attendanceProblems(ok, placement, '2027-01-04')[0]).toMatchObject({ name: 'weekStart', code: 'outside_placement' });
    // The week the placement starts in (it began on a Monday here) and one it merely overlaps count.
    expect(attendanceProblems(ok, { startsOn: '2026-11-18', endsOn: '2026-12-25' }, '2026-11-16')).toEqual([]);
  });
});

describe('calendar', () => {
  it('finds the Monday of a week across month and year ends', () => {
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('has a search period of four weeks from the week of the report', () => {
    expect(searchPeriodWeeks('2026-12-09')).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
  });

  it('gives the search period to under-27s on the day of reporting', () => {
    expect(underSearchPeriodAge('1999-12-10', '2026-12-09')).toBe(true);
    expect(underSearchPeriodAge('1999-12-09', '2026-12-09')).toBe(false);
  });
});

describe('reports and tasks', () => {
  it('suppresses counts from 1 to 9', () => {
    expect([0, 1, 9, 10, 276].map(suppress)).toEqual([0, null, null, 10, 276]);
  });

  it('counts outflow from the day of the report up to and including the same day 3 or 6 months later', () => {
    expect(flowedOutWithin('2025-03-03', ['2025-06-03'], 3)).toBe(true);
    expect(flowedOutWithin('2025-03-03', ['2025-06-04'], 3)).toBe(false);
    expect(flowedOutWithin('2025-03-03', ['2025-08-01'], 6)).toBe(true);
    expect(flowedOutWithin('2025-03-03', ['2025-09-04'], 6)).toBe(false);
    expect(flowedOutWithin('2025-03-03', ['2025-03-02'], 6)).toBe(false); // work from before the report is no outflow
    expect(flowedOutWithin('2025-03-03', [null, '2025-09-30', '2025-04-01'], 3)).toBe(true);
    expect(flowedOutWithin('2025-03-03', [null], 6)).toBe(false);
  });

  it('asks for last week’s attendance, one task per placement and week', () => {
    const task = attendanceTask({ id: 'p1', clientId: 'c1', createdById: 'u1' }, '2026-11-30');
    expect(task).toMatchObject({ occurrence: 'workfirst-week-p1-2026-11-30', assignee: { userId: 'u1' }, dueOn: '2026-12-09' });
  });

  it('reminds of the hearing three days ahead, or at once when the client responded', () => {
    const m = { id: 'm1', clientId: 'c1', effectiveFrom: '2026-12-21', clientResponse: null, klantmanagerId: 'u1' };
    expect(hearingTask(m, '2026-12-17')).toBeNull();
    expect(hearingTask(m, '2026-12-18')?.title).toBe('Maatregel: hoortermijn loopt af');
    expect(hearingTask({ ...m, clientResponse: 'Ik was ziek.' }, '2026-12-08')?.title).toBe('Maatregel: reactie van de cliënt beoordelen');
    expect(hearingTask(m, '2026-12-21')).toBeNull();
  });
});
