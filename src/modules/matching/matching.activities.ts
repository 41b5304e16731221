import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const MATCHING_ACTIVITIES = {
  matchCandidates: { id: 'werkplein:verwerking:kandidaten-zoeken', name: 'Passende kandidaten bij een vacature zoeken' },
  matchVacancies: { id: 'werkplein:verwerking:vacatures-zoeken', name: 'Passende vacatures voor een cliënt zoeken' },
} as const satisfies Record<string, ProcessingActivity>;
