import { addDays, dutchDate } from '../../kernel/dates.ts';
import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './prb.repo.ts';

/** Within how many calendar days after submission a proposal should have its decision. */
export const DECISION_DAYS = 14;

export interface ProposalAwaitingDecision {
  proposalId: string;
  clientId: string;
  /** The Amsterdam day of submission. */
  submittedOn: string;
  /** The moment of submission (ms since the epoch, as text): a resubmission after "returned" is a new occurrence. */
  submittedMs: string;
  /** The client's klantmanager while their account is active; otherwise the team (klantmanagers decide, prb.policy.ts). */
  klantmanagerId: string | null;
}

/** The decision task of a submitted proposal, from the day it is submitted; due DECISION_DAYS days later. */
export function decisionTask(p: ProposalAwaitingDecision): DueTask {
  const dueOn = addDays(p.submittedOn, DECISION_DAYS);
  return {
    subject: { type: 'client', id: p.clientId },
    clientId: p.clientId,
    occurrence: `prb-proposal-${p.proposalId}-${p.submittedMs}`,
    assignee: p.klantmanagerId ? { userId: p.klantmanagerId } : { role: 'klantmanager' },
    title: 'PRB: trajectvoorstel wacht op een besluit',
    dueOn,
    reason:
      `De deelnemer diende op ${dutchDate(p.submittedOn)} een trajectvoorstel in. ` +
      `Keur het goed, wijs het af of stuur het terug, uiterlijk op ${dutchDate(dueOn)}.`,
  };
}

/** "PRB-voorstel wacht op besluit": for the klantmanager who decides; closes itself once the proposal is decided. */
export const prbDecisionRule = defineTaskRule({
  id: 'prb.decision',
  description: 'Regel: PRB-trajectvoorstel wacht op een besluit',
  async due(tx, { organisationId }) {
    return (await repo.proposalsAwaitingDecision(tx, organisationId)).map(decisionTask);
  },
});
