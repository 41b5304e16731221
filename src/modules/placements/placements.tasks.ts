import { addDays, dutchDate } from '../../kernel/dates.ts';
import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './placements.repo.ts';
import { addMonths, earliestCheckDate } from './placements.rules.ts';

/** How long before a 6- or 12-month check is due its task appears in the klantmanager's work queue. */
export const CHECK_LEAD_DAYS = 14;
const CHECK_MONTHS = [6, 12] as const;

export interface PlacementAwaitingCheck {
  proposalId: string;
  clientId: string;
  startDate: string;
  /** The klantmanager who proposed the candidate, while their account is active; otherwise the team. */
  klantmanagerId: string | null;
  checkedMonths: readonly number[];
}

/**
 * The check tasks a placement needs on `today`: one per check (6 and 12 months after the start of the work)
 * that is not recorded and is due within CHECK_LEAD_DAYS days, or overdue.
 */
export function checkTasksDue(p: PlacementAwaitingCheck, today: string): DueTask[] {
  const appearsFrom = (due: string) => addDays(due, -CHECK_LEAD_DAYS);
  return CHECK_MONTHS.filter((months) => !p.checkedMonths.includes(months))
    .map((months) => ({ months, dueOn: earliestCheckDate(p.startDate, months) }))
    .filter(({ dueOn }) => appearsFrom(dueOn) <= today)
    .map(({ months, dueOn }) => ({
      subject: { type: 'placement_proposal', id: p.proposalId },
      clientId: p.clientId,
      occurrence: `${months}m`,
      assignee: p.klantmanagerId ? { userId: p.klantmanagerId } : { role: 'klantmanager' },
      title: `Plaatsingscheck na ${months} maanden`,
      dueOn,
      reason:
        `Het werk begon op ${dutchDate(p.startDate)}. Ga na of de kandidaat na ${months} maanden nog aan het werk is ` +
        `en leg de check vast bij de plaatsing (kan vanaf ${dutchDate(dueOn)}).`,
    }));
}

/** "Plaatsingscheck na 6/12 maanden": 14 days ahead, for the klantmanager; closes itself once the check is recorded. */
export const placementCheckRule = defineTaskRule({
  id: 'placements.check',
  description: 'Regel: plaatsingscheck na 6 en 12 maanden',
  async due(tx, { organisationId, today }) {
    // A start on or before this date has its 6-month check inside the lead time (a few days' margin for
    // month ends; checkTasksDue decides exactly).
    const latestStart = addDays(addMonths(addDays(today, CHECK_LEAD_DAYS), -6), 3);
    const placements = await repo.placementsAwaitingChecks(tx, organisationId, latestStart);
    return placements.flatMap((p) => checkTasksDue(p, today));
  },
});
