import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/**
 * This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). The
 * names say what was done, never what the detention was: the processing log holds the pseudonymised BSN
 * and this activity, nothing about the institution, dates or activities.
 */
export const AFTERCARE_ACTIVITIES = {
  aftercareView: { id: 'werkplein:verwerking:nazorg-inzien', name: 'Nazorgdossier inzien' },
  aftercareRecord: { id: 'werkplein:verwerking:nazorg-vastleggen', name: 'Nazorgdossier vastleggen of bijwerken' },
  aftercareClient: {
    id: 'werkplein:verwerking:nazorg-client-aanmaken',
    name: 'Cliëntdossier openen vanuit nazorg (alleen basisgegevens, met toestemming)',
  },
} as const satisfies Record<string, ProcessingActivity>;
