import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const POLIS_ACTIVITIES = {
  polisView: { id: 'werkplein:verwerking:polis-inzien', name: 'Polis inzien' },
  polisDraft: { id: 'werkplein:verwerking:polis-opstellen', name: 'Polis opstellen of wijzigen (nieuwe versie)' },
  polisSign: { id: 'werkplein:verwerking:polis-ondertekenen', name: 'Polis ondertekenen' },
  polisPdf: { id: 'werkplein:verwerking:polis-pdf', name: 'Ondertekende polis als PDF downloaden' },
} as const satisfies Record<string, ProcessingActivity>;
