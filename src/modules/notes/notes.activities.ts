import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const NOTES_ACTIVITIES = {
  noteView: { id: 'werkplein:verwerking:journaal-inzien', name: 'Journaal van een cliënt inzien' },
  noteRecord: { id: 'werkplein:verwerking:journaal-vastleggen', name: 'Journaalregel bij een cliënt vastleggen' },
} as const satisfies Record<string, ProcessingActivity>;
