import { addDays } from '../../kernel/dates.ts';
import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './aftercare.repo.ts';
import { HANDOVER_LEAD_DAYS } from './aftercare.rules.ts';

/** The title of the task; nothing about the detention (institution, dates, activities) goes into a task. */
export const HANDOVER_TASK_TITLE = 'Nazorg: warme overdracht plannen';

export function handoverTask(n: { id: string; releaseOn: string }, today: string): DueTask {
  const dayBefore = addDays(n.releaseOn, -1);
  return {
    subject: { type: 'release_notice', id: n.id },
    clientId: null,
    occurrence: 'handover',
    assignee: { role: 'nazorgcoordinator' },
    title: HANDOVER_TASK_TITLE,
    dueOn: dayBefore < today ? today : dayBefore,
    reason: 'Plan de warme overdracht met de professionals van de inrichting.',
  };
}

/** "Ontslag binnen 14 dagen en geen warme overdracht gepland": for the coordinators; closes once one is planned. */
export const handoverRule = defineTaskRule({
  id: 'aftercare.handover',
  description: 'Regel: ontslag binnen 14 dagen zonder warme overdracht',
  async due(tx, { today }) {
    const due = await repo.handoversDue(tx, today, addDays(today, HANDOVER_LEAD_DAYS));
    return due.map((n) => handoverTask(n, today));
  },
});
