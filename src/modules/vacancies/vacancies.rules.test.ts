import { describe, expect, it } from 'vitest';
import { normaliseSkills, normaliseVacancyPostcode, statusAfterClose, wageRangeProblems } from './vacancies.rules.ts';

describe('vacancy postcode', () => {
  it('accepts a PC4 area or a full postcode, normalised', () => {
    expect(normaliseVacancyPostcode('5611')).toBe('5611');
    expect(normaliseVacancyPostcode(' 5611 ')).toBe('5611');
    expect(normaliseVacancyPostcode('5611ab')).toBe('5611 AB');
    expect(normaliseVacancyPostcode('5611 AB')).toBe('5611 AB');
  });

  it('refuses what is no Dutch postcode', () => {
    for (const v of ['0611', '561', '56111', '5611 A', '5611 SS', 'abcd', '']) expect(normaliseVacancyPostcode(v), v).toBeNull();
  });
});

describe('skills as free tags', () => {
  it('are trimmed, lower case, single-spaced and without duplicates, in the order given', () => {
    expect(normaliseSkills(['Heftruck', ' heftruck ', 'VCA  basis', 'Klantvriendelijk'])).toEqual([
      'heftruck',
      'vca basis',
      'klantvriendelijk',
    ]);
    expect(normaliseSkills([])).toEqual([]);
  });
});

describe('wage range', () => {
  it('the maximum may not be below the minimum; either may be absent', () => {
    expect(wageRangeProblems({ wageMinCents: 200_000, wageMaxCents: 100_000 }).map((p) => p.name)).toEqual(['wageMaxCents']);
    expect(wageRangeProblems({ wageMinCents: 200_000, wageMaxCents: 200_000 })).toEqual([]);
    expect(wageRangeProblems({ wageMinCents: null, wageMaxCents: 100 })).toEqual([]);
    expect(wageRangeProblems({ wageMinCents: 100, wageMaxCents: null })).toEqual([]);
  });
});

describe('closing', () => {
  it('vervuld means filled, ingetrokken withdrawn', () => {
    expect(statusAfterClose('vervuld')).toBe('filled');
    expect(statusAfterClose('ingetrokken')).toBe('withdrawn');
  });
});
