import { describe, expect, it } from 'vitest';
import { defaultPeriod, median } from './results.rules.ts';

describe('median days to fill', () => {
  it('is the middle value, or the mean of the middle two, to one decimal; null when nothing was filled', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([40, 10, 20])).toBe(20);
    expect(median([10, 20])).toBe(15);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([0, 0, 1])).toBe(0);
    expect(median([1, 2])).toBe(1.5);
  });

  it('does not reorder the caller’s list', () => {
    const days = [30, 10, 20];
    median(days);
    expect(days).toEqual([30, 10, 20]);
  });
});

describe('default period', () => {
  it('runs from 1 January of this year up to today', () => {
    expect(defaultPeriod('2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
  });
});
