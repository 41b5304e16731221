import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const AGENDA_ACTIVITIES = {
  appointmentView: { id: 'werkplein:verwerking:afspraken-inzien', name: 'Afspraken met een cliënt inzien' },
  appointmentRecord: { id: 'werkplein:verwerking:afspraken-vastleggen', name: 'Afspraak met een cliënt vastleggen of bijwerken' },
  portalAppointments: { id: 'werkplein:verwerking:afspraken-portaal', name: 'Eigen afspraken inzien in het portaal' },
} as const satisfies Record<string, ProcessingActivity>;
