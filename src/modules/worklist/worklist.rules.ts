import { ROLE_LABELS_NL, type Role } from '../../kernel/roles.ts';
import { addDays } from '../../kernel/dates.ts';
import type { DueFilter } from './worklist.api.ts';

export { addDays };

/** The due dates a filter admits, both ends inclusive (null: open-ended), judged on `today`. */
export function dueRange(filter: DueFilter | undefined, today: string): { from: string | null; to: string | null } {
  switch (filter) {
    case 'overdue':
      return { from: null, to: addDays(today, -1) };
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: addDays(today, 1), to: addDays(today, 7) };
    case undefined:
      return { from: null, to: null };
  }
}

/** "Team klantmanagers"-style label of a role as assignee. */
export function teamLabel(role: string): string {
  const label = ROLE_LABELS_NL[role as Role] ?? role;
  return `Team ${label.toLowerCase()}`;
}
