import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES } from './placements.api.ts';
import { addMonths, candidateLabel, earliestCheckDate, patchProblems, transitionAllowed } from './placements.rules.ts';

const PLACEMENT = { contractType: 'vast', hours: 32, startDate: '2026-01-05', wageSubsidy: false, jobCoaching: true } as const;

describe('proposal state machine', () => {
  it('allows exactly proposed → interview|placed|rejected and interview → placed|rejected', () => {
    const allowed = PROPOSAL_STATUSES.flatMap((from) =>
      PROPOSAL_STATUSES.filter((to) => transitionAllowed(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      ['interview→placed', 'interview→rejected', 'proposed→interview', 'proposed→placed', 'proposed→rejected'].sort(),
    );
  });

  it('placed and rejected are final', () => {
    for (const to of PROPOSAL_STATUSES) {
      expect(transitionAllowed('placed', to)).toBe(false);
      expect(transitionAllowed('rejected', to)).toBe(false);
    }
  });
});

describe('what a status change needs', () => {
  it('a rejection needs a reason, a placement its details', () => {
    expect(patchProblems({ status: 'rejected', rejectionReason: null }).map((p) => p.name)).toEqual(['rejectionReason']);
    expect(patchProblems({ status: 'rejected', rejectionReason: 'Te weinig ervaring.' })).toEqual([]);
    expect(patchProblems({ status: 'placed', rejectionReason: null }).map((p) => p.name)).toEqual(['placement']);
    expect(patchProblems({ status: 'placed', rejectionReason: null, placement: PLACEMENT })).toEqual([]);
    expect(patchProblems({ status: 'interview', rejectionReason: null })).toEqual([]);
  });

  it('details that belong to another status are refused', () => {
    expect(patchProblems({ status: 'interview', rejectionReason: 'x', placement: PLACEMENT }).map((p) => p.name)).toEqual([
      'rejectionReason',
      'placement',
    ]);
    expect(patchProblems({ status: 'placed', rejectionReason: 'x', placement: PLACEMENT }).map((p) => p.name)).toEqual(['rejectionReason']);
  });
});

describe('dates of the 6 and 12 month checks', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-05', 6)).toBe('2026-07-05');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2025-12-15', 12)).toBe('2026-12-15');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('a check can be recorded from 6 or 12 months after the start', () => {
    expect(earliestCheckDate('2026-01-05', 6)).toBe('2026-07-05');
    expect(earliestCheckDate('2026-01-05', 12)).toBe('2027-01-05');
  });
});

describe('candidate pseudonym', () => {
  it('is "Kandidaat" and four digits, the same for the same hash', () => {
    const h = 'a3f1c2d4e5b6978812345678';
    expect(candidateLabel(h)).toMatch(/^Kandidaat [1-9]\d{3}$/);
    expect(candidateLabel(h)).toBe(candidateLabel(h));
    expect(candidateLabel('00000000')).toBe('Kandidaat 1000');
    expect(candidateLabel('ffffffff')).toMatch(/^Kandidaat \d{4}$/);
  });
});
