import { dutchDate } from '../../kernel/dates.ts';
import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './trajectories.repo.ts';

export interface TrajectoryPastEnd {
  trajectoryId: string;
  clientId: string;
  plannedEndDate: string;
  /** The client's klantmanager while their account is active; otherwise the team. */
  klantmanagerId: string | null;
}

/**
 * The task for a running trajectory whose planned end has passed: close it with its outcome.
 * The occurrence carries the planned end, so should that date ever change, the overrun of the new date is a
 * task of its own (and the old one closes by itself).
 */
export function pastEndTask(t: TrajectoryPastEnd): DueTask {
  return {
    subject: { type: 'trajectory', id: t.trajectoryId },
    clientId: t.clientId,
    occurrence: `past-end-${t.plannedEndDate}`,
    assignee: t.klantmanagerId ? { userId: t.klantmanagerId } : { role: 'klantmanager' },
    title: 'Traject voorbij de geplande einddatum',
    dueOn: t.plannedEndDate,
    reason:
      `Het traject zou eindigen op ${dutchDate(t.plannedEndDate)} en loopt nog. ` +
      'Ga na hoe het ervoor staat en sluit het af met de uitkomst.',
  };
}

/** "Traject voorbij de geplande einddatum": for the client's klantmanager; closes itself when the trajectory is closed. */
export const trajectoryPastEndRule = defineTaskRule({
  id: 'trajectories.past-end',
  description: 'Regel: traject loopt nog na de geplande einddatum',
  async due(tx, { organisationId, today }) {
    return (await repo.runningPastPlannedEnd(tx, organisationId, today)).map(pastEndTask);
  },
});
