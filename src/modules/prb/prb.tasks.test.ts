import { describe, expect, it } from 'vitest';
import { decisionTask } from './prb.tasks.ts';

const proposal = {
  proposalId: '11111111-1111-4111-8111-111111111111',
  clientId: '22222222-2222-4222-8222-222222222222',
  submittedOn: '2026-12-24',
  submittedMs: '1798099200000',
  klantmanagerId: '33333333-3333-4333-8333-333333333333',
};

describe('the PRB decision task', () => {
  it('is due 14 calendar days after submission, across the year end, for the klantmanager', () => {
    expect(decisionTask(proposal)).toEqual({
      subject: { type: 'client', id: proposal.clientId },
      clientId: proposal.clientId,
      occurrence: `prb-proposal-${proposal.proposalId}-1798099200000`,
      assignee: { userId: proposal.klantmanagerId },
      title: 'PRB: trajectvoorstel wacht op een besluit',
      dueOn: '2027-01-07',
      reason:
        'De deelnemer diende op 24 december 2026 een trajectvoorstel in. Keur het goed, wijs het af of stuur het terug, uiterlijk op 7 januari 2027.',
    });
  });

  it('is a new occurrence when the proposal is submitted again after being returned, and a team task without a klantmanager', () => {
    const again = decisionTask({ ...proposal, submittedOn: '2027-01-05', submittedMs: '1799107200000', klantmanagerId: null });
    expect(again.occurrence).not.toBe(decisionTask(proposal).occurrence);
    expect(again).toMatchObject({ dueOn: '2027-01-19', assignee: { role: 'klantmanager' } });
  });
});
