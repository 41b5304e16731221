import { addDays, dutchDate } from '../../kernel/dates.ts';
import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './clients.repo.ts';

/** How long before a consent's last day its task appears in the klantmanager's work queue. */
export const LAPSE_LEAD_DAYS = 21;
/** How long after the last day the task stays while nothing was done (then the consent has simply ended). */
export const LAPSED_GRACE_DAYS = 14;

export interface ConsentLapsing {
  consentId: string;
  clientId: string;
  partnerName: string;
  validUntil: string;
  /** The client's klantmanager while their account is active; otherwise the team. */
  klantmanagerId: string | null;
}

/** The Amsterdam days on which a consent ending on `validUntil` asks for a task: [first, last]. */
export function lapseWindow(today: string): { endsFrom: string; endsTo: string } {
  return { endsFrom: addDays(today, -LAPSED_GRACE_DAYS), endsTo: addDays(today, LAPSE_LEAD_DAYS) };
}

/**
 * The task for a consent (not withdrawn, not renewed) whose last day is within LAPSE_LEAD_DAYS days or passed in
 * the last LAPSED_GRACE_DAYS days; null outside that window. The occurrence carries the consent and its last day,
 * so a consent with another end is a task of its own (and the old one closes by itself). The reason names the
 * partner organisation, never the client.
 */
export function consentLapseTask(c: ConsentLapsing, today: string): DueTask | null {
  const { endsFrom, endsTo } = lapseWindow(today);
  if (c.validUntil < endsFrom || c.validUntil > endsTo) return null;
  const lapsed = c.validUntil < today;
  return {
    subject: { type: 'client', id: c.clientId },
    clientId: c.clientId,
    occurrence: `consent-${c.consentId}-${c.validUntil}`,
    assignee: c.klantmanagerId ? { userId: c.klantmanagerId } : { role: 'klantmanager' },
    title: 'Toestemming loopt af',
    dueOn: c.validUntil,
    reason:
      (lapsed
        ? `De toestemming om gegevens te delen met ${c.partnerName} gold tot en met ${dutchDate(c.validUntil)}; ${c.partnerName} ziet het dossier niet meer. `
        : `De toestemming om gegevens te delen met ${c.partnerName} geldt tot en met ${dutchDate(c.validUntil)}. `) +
      'Ga met de cliënt na of die verlengd moet worden: leg dan een nieuwe toestemming vast, of trek deze in.',
  };
}

/** "Toestemming loopt af": 21 days ahead, for the klantmanager; closes itself when the consent is withdrawn or renewed. */
export const consentLapseRule = defineTaskRule({
  id: 'clients.consent-lapse',
  description: 'Regel: toestemming om gegevens te delen loopt af',
  async due(tx, { organisationId, today }) {
    const { endsFrom, endsTo } = lapseWindow(today);
    const consents = await repo.consentsEndingBetween(tx, organisationId, endsFrom, endsTo);
    return consents.flatMap((c) => consentLapseTask(c, today) ?? []);
  },
});
