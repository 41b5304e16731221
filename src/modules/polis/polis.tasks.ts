import { createHash } from 'node:crypto';
import { addDays, dutchDate } from '../../kernel/dates.ts';
import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './polis.repo.ts';

/** How many days before a polis step's date its task appears in the klantmanager's work queue. */
export const STEP_LEAD_DAYS = 7;

const WHO: Record<string, string> = { client: 'de cliënt', municipality: 'de gemeente', provider: 'de aanbieder' };

export interface PolisStepDue {
  polisId: string;
  clientId: string;
  description: string;
  responsible: string;
  dueDate: string;
  /** The client's klantmanager while their account is active; otherwise the team. */
  klantmanagerId: string | null;
}

/**
 * The task for a step of the signed polis whose date is within STEP_LEAD_DAYS days (or passed). A step
 * has no id that survives a new version, so the occurrence is the polis with the step's date and
 * description: a new signed version that keeps the step keeps its task (done or not), one that changes
 * or drops the step closes it.
 */
export function stepTask(s: PolisStepDue, today: string): DueTask | null {
  if (addDays(s.dueDate, -STEP_LEAD_DAYS) > today) return null;
  const fingerprint = createHash('sha256').update(s.description).digest('hex').slice(0, 12);
  return {
    subject: { type: 'client', id: s.clientId },
    clientId: s.clientId,
    occurrence: `polis-${s.polisId}-${s.dueDate}-${fingerprint}`,
    assignee: s.klantmanagerId ? { userId: s.klantmanagerId } : { role: 'klantmanager' },
    title: 'Polis: afgesproken stap verloopt',
    dueOn: s.dueDate,
    // The step's description is the polis's content (it may be personal): the reason only says where to look.
    reason:
      `Volgens de getekende polis moet ${WHO[s.responsible] ?? 'een partij'} een stap uiterlijk op ${dutchDate(s.dueDate)} gezet hebben. ` +
      'Bekijk de polis en ga na of de afspraak is nagekomen.',
  };
}

/** "Polisstap met een datum": 7 days ahead, for the klantmanager; closes itself when the step's trajectory closes or the step leaves the polis. */
export const polisStepRule = defineTaskRule({
  id: 'polis.step',
  description: 'Regel: afgesproken stap in de polis verloopt',
  async due(tx, { organisationId, today }) {
    const steps = await repo.signedStepsDueBy(tx, organisationId, addDays(today, STEP_LEAD_DAYS));
    return steps.map((s) => stepTask(s, today)).filter((t): t is DueTask => t !== null);
  },
});
