import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const TRAJECTORIES_ACTIVITIES = {
  trajectoryView: { id: 'werkplein:verwerking:trajecten-inzien', name: 'Re-integratietrajecten inzien' },
  trajectoryStart: { id: 'werkplein:verwerking:traject-starten', name: 'Re-integratietraject starten' },
  trajectoryClose: { id: 'werkplein:verwerking:traject-afsluiten', name: 'Re-integratietraject afsluiten met resultaat' },
  trajectoryProgress: { id: 'werkplein:verwerking:traject-voortgang', name: 'Voortgang van een traject rapporteren of inzien' },
  assignmentView: { id: 'werkplein:verwerking:opdracht-inzien', name: 'Opdracht aan een re-integratiebedrijf inzien' },
  assignmentChange: { id: 'werkplein:verwerking:opdracht-clienten', name: 'Cliënten toewijzen aan een re-integratiebedrijf' },
} as const satisfies Record<string, ProcessingActivity>;
