import { addDays } from '../../../../src/kernel/dates.ts';

/** What a task can be about, in the order the filter offers them. */
export const SUBJECT_TYPES = ['client', 'placement_proposal', 'trajectory', 'vacancy', 'employer', 'release_notice'] as const;

export interface WorklistSearch {
  /** Only tasks about this kind of subject. */
  type?: (typeof SUBJECT_TYPES)[number];
}

/** The sections of "Mijn werkvoorraad", in the order the page shows them. */
export const DUE_GROUPS = ['overdue', 'today', 'week', 'later'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

/** Where a task due on `dueOn` belongs on `today` (Amsterdam days): as the API's due filters count. */
export function dueGroup(dueOn: string, today: string): DueGroup {
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'today';
  return dueOn <= addDays(today, 7) ? 'week' : 'later';
}

/** The tasks per section, each keeping the list's order (soonest due first). */
export function groupByDue<T extends { dueOn: string }>(tasks: readonly T[], today: string): Map<DueGroup, T[]> {
  const groups = new Map<DueGroup, T[]>(DUE_GROUPS.map((g) => [g, []]));
  for (const task of tasks) groups.get(dueGroup(task.dueOn, today))!.push(task);
  return groups;
}
