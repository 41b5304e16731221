import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const WORKFIRST_ACTIVITIES = {
  workfirstView: { id: 'werkplein:verwerking:work-first-inzien', name: 'Work First-dossier van een cliënt inzien' },
  workfirstRecord: {
    id: 'werkplein:verwerking:work-first-vastleggen',
    name: 'Melding, zoekperiode, Work First-plaatsing, aanwezigheid of diagnose vastleggen',
  },
  measureDecide: { id: 'werkplein:verwerking:maatregel-besluiten', name: 'Maatregel op de uitkering bevestigen of laten vallen' },
  portalMeasures: {
    id: 'werkplein:verwerking:maatregel-portaal',
    name: 'Eigen maatregelen inzien en erop reageren (horen) in het portaal',
  },
} as const satisfies Record<string, ProcessingActivity>;
