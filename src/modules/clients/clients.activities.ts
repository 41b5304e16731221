import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const CLIENTS_ACTIVITIES = {
  clientList: { id: 'werkplein:verwerking:caseload-raadplegen', name: 'Caseload raadplegen' },
  clientSearchBsn: { id: 'werkplein:verwerking:client-zoeken-bsn', name: 'Cliënt zoeken op BSN' },
  clientView: { id: 'werkplein:verwerking:klantdossier-inzien', name: 'Klantdossier inzien' },
  clientRegister: { id: 'werkplein:verwerking:client-registreren', name: 'Cliënt registreren' },
  clientUpdate: { id: 'werkplein:verwerking:klantdossier-wijzigen', name: 'Klantdossier wijzigen' },
  consentView: { id: 'werkplein:verwerking:toestemming-inzien', name: 'Toestemmingen inzien' },
  consentChange: { id: 'werkplein:verwerking:toestemming-vastleggen', name: 'Toestemming vastleggen of intrekken' },
} as const satisfies Record<string, ProcessingActivity>;
