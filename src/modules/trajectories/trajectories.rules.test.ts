import { describe, expect, it } from 'vitest';
import {
  CBS_CATEGORIES,
  CBS_CATEGORY_CODES,
  cbsCategoryLabel,
  closeProblems,
  costPerPlacement,
  dateOrderProblems,
  INSTRUMENT_KIND_LABELS_NL,
  INSTRUMENT_KINDS,
  outcomeProblems,
  resultFigures,
} from './trajectories.rules.ts';

describe('catalogue code lists', () => {
  it('has the kinds of the contract, each with a Dutch label', () => {
    expect([...INSTRUMENT_KINDS]).toEqual([
      'training',
      'job_coaching',
      'work_first',
      'wage_cost_subsidy',
      'volunteering',
      'debt_support',
      'prb',
      'other',
    ]);
    for (const k of INSTRUMENT_KINDS) expect(INSTRUMENT_KIND_LABELS_NL[k]).toMatch(/\S/);
  });

  it('has unique CBS codes (snake case) with labels, and looks labels up by code', () => {
    expect(new Set(CBS_CATEGORY_CODES).size).toBe(CBS_CATEGORIES.length);
    for (const c of CBS_CATEGORIES) expect(c.code).toMatch(/^[a-z][a-z_]*$/);
    expect(cbsCategoryLabel('beschut_werk')).toBe('Beschut werk');
    expect(cbsCategoryLabel('onbekend')).toBeNull();
    expect(cbsCategoryLabel(null)).toBeNull();
  });
});

describe('dateOrderProblems', () => {
  it('refuses an end before the start, naming the end field', () => {
    expect(dateOrderProblems('2025-03-01', '2025-02-28', 'plannedEndDate')).toEqual([
      { name: 'plannedEndDate', code: 'before_start', reason: expect.stringContaining('2025-03-01') },
    ]);
  });
  it('accepts the same day and later days', () => {
    expect(dateOrderProblems('2025-03-01', '2025-03-01', 'endDate')).toEqual([]);
    expect(dateOrderProblems('2025-03-01', '2026-01-01', 'endDate')).toEqual([]);
  });
});

describe('outcomeProblems', () => {
  const names = (p: { name: string; code: string }[]) => p.map((x) => `${x.name}:${x.code}`);

  it('work needs hours per week and a contract type', () => {
    expect(names(outcomeProblems({ outcome: 'work' }))).toEqual(['hoursPerWeek:required', 'contractType:required']);
    expect(names(outcomeProblems({ outcome: 'work', hoursPerWeek: 24 }))).toEqual(['contractType:required']);
    expect(names(outcomeProblems({ outcome: 'work', contractType: 'temporary' }))).toEqual(['hoursPerWeek:required']);
    expect(outcomeProblems({ outcome: 'work', hoursPerWeek: 24, contractType: 'temporary' })).toEqual([]);
  });

  it('hours and contract type belong to work only', () => {
    expect(names(outcomeProblems({ outcome: 'education', hoursPerWeek: 24, contractType: 'permanent' }))).toEqual([
      'hoursPerWeek:not_applicable',
      'contractType:not_applicable',
    ]);
  });

  it('dropping out needs a reason (blank is no reason); other outcomes may carry a note', () => {
    expect(names(outcomeProblems({ outcome: 'dropped_out' }))).toEqual(['reason:required']);
    expect(names(outcomeProblems({ outcome: 'dropped_out', reason: '   ' }))).toEqual(['reason:required']);
    expect(outcomeProblems({ outcome: 'dropped_out', reason: 'Verhuisd naar een andere gemeente.' })).toEqual([]);
    for (const outcome of ['education', 'other_instrument', 'no_result'] as const) {
      expect(outcomeProblems({ outcome })).toEqual([]);
      expect(outcomeProblems({ outcome, reason: 'Toelichting' })).toEqual([]);
    }
  });

  it('closing also refuses an end date before the start', () => {
    expect(names(closeProblems('2025-05-01', { endDate: '2025-04-30', outcome: 'dropped_out' }))).toEqual([
      'endDate:before_start',
      'reason:required',
    ]);
    expect(closeProblems('2025-05-01', { endDate: '2025-05-01', outcome: 'no_result' })).toEqual([]);
  });
});

describe('resultFigures', () => {
  it('is all zero without trajectories, and has no cost per placement', () => {
    expect(resultFigures([])).toEqual({ started: 0, running: 0, toWork: 0, droppedOut: 0, spentCents: 0, costPerPlacementCents: null });
  });

  it('counts every trajectory as started, running and closed ones by outcome, and spend over all of them', () => {
    const figures = resultFigures([
      { status: 'running', outcome: null, count: 3, costCents: 300_000 },
      { status: 'closed', outcome: 'work', count: 2, costCents: 250_000 },
      { status: 'closed', outcome: 'dropped_out', count: 1, costCents: 50_000 },
      { status: 'closed', outcome: 'education', count: 1, costCents: 0 },
      { status: 'closed', outcome: 'no_result', count: 2, costCents: 100_000 },
    ]);
    expect(figures).toEqual({ started: 9, running: 3, toWork: 2, droppedOut: 1, spentCents: 700_000, costPerPlacementCents: 350_000 });
  });

  it('has no cost per placement while nothing led to work, even with spend', () => {
    expect(resultFigures([{ status: 'running', outcome: null, count: 4, costCents: 400_000 }]).costPerPlacementCents).toBeNull();
  });

  it('rounds cost per placement to whole cents, half a cent up', () => {
    expect(costPerPlacement(100, 3)).toBe(33);
    expect(costPerPlacement(200, 3)).toBe(67);
    expect(costPerPlacement(1, 2)).toBe(1);
    expect(costPerPlacement(500, 0)).toBeNull();
  });
});
