import { describe, expect, it } from 'vitest';
import { checkTasksDue, type PlacementAwaitingCheck } from './placements.tasks.ts';

const placement: PlacementAwaitingCheck = {
  proposalId: '11111111-1111-4111-8111-111111111111',
  clientId: '22222222-2222-4222-8222-222222222222',
  startDate: '2026-01-05',
  klantmanagerId: '33333333-3333-4333-8333-333333333333',
  checkedMonths: [],
};

describe('placement check tasks', () => {
  it('asks for the 6-month check from 14 days before it is due, not a day earlier', () => {
    expect(checkTasksDue(placement, '2026-06-20')).toEqual([]);
    const [task, ...rest] = checkTasksDue(placement, '2026-06-21');
    expect(rest).toEqual([]);
    expect(task).toEqual({
      subject: { type: 'placement_proposal', id: placement.proposalId },
      clientId: placement.clientId,
      occurrence: '6m',
      assignee: { userId: placement.klantmanagerId },
      title: 'Plaatsingscheck na 6 maanden',
      dueOn: '2026-07-05',
      reason:
        'Het werk begon op 5 januari 2026. Ga na of de kandidaat na 6 maanden nog aan het werk is en leg de check vast bij de plaatsing (kan vanaf 5 juli 2026).',
    });
  });

  it('keeps asking while a check is overdue, adds the 12-month check in its turn, and stops once a check is recorded', () => {
    expect(checkTasksDue(placement, '2026-12-21').map((t) => [t.occurrence, t.dueOn])).toEqual([['6m', '2026-07-05']]);
    expect(checkTasksDue(placement, '2026-12-22').map((t) => [t.occurrence, t.dueOn])).toEqual([
      ['6m', '2026-07-05'],
      ['12m', '2027-01-05'],
    ]);
    expect(checkTasksDue({ ...placement, checkedMonths: [6] }, '2026-12-22').map((t) => t.occurrence)).toEqual(['12m']);
    expect(checkTasksDue({ ...placement, checkedMonths: [6, 12] }, '2028-01-01')).toEqual([]);
  });

  it('counts months to the end of a shorter month and gives the team the task when the klantmanager is gone', () => {
    const endOfMonth = { ...placement, startDate: '2026-08-31', klantmanagerId: null };
    const [task] = checkTasksDue(endOfMonth, '2027-02-14');
    expect(task).toMatchObject({ dueOn: '2027-02-28', assignee: { role: 'klantmanager' } });
    expect(checkTasksDue(endOfMonth, '2027-02-13')).toEqual([]);
  });
});
