import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const LADDER_ACTIVITIES = {
  ladderView: { id: 'werkplein:verwerking:participatieladder-inzien', name: 'Participatieladder inzien' },
  ladderRecord: { id: 'werkplein:verwerking:participatieladder-vastleggen', name: 'Participatieladder-trede vastleggen' },
} as const satisfies Record<string, ProcessingActivity>;
