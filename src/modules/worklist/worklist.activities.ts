import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const WORKLIST_ACTIVITIES = {
  taskList: { id: 'werkplein:verwerking:werkvoorraad-inzien', name: 'Werkvoorraad inzien' },
  taskCreate: { id: 'werkplein:verwerking:taak-aanmaken', name: 'Taak over een cliënt aanmaken' },
  taskClose: { id: 'werkplein:verwerking:taak-afronden', name: 'Taak over een cliënt afronden of annuleren' },
} as const satisfies Record<string, ProcessingActivity>;
