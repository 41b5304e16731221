import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/**
 * This module's entry in the register of processing activities (verwerkingsregister, GDPR art. 30): the
 * data subjects are the employees who receive notifications (name and e-mail address for the mail). No
 * client data is processed, so no processing-log lines (those are per client BSN) are written.
 */
export const NOTIFICATION_ACTIVITIES = {
  notify: { id: 'werkplein:verwerking:meldingen-medewerkers', name: 'Meldingen aan medewerkers (in de app en per e-mail)' },
} as const satisfies Record<string, ProcessingActivity>;
