/**
 * The register of processing activities (verwerkingsregister, GDPR art. 30) that processing-log lines
 * refer to through dpl.core.processing_activity_id.
 */
export const PROCESSING_ACTIVITIES = {
  clientList: { id: 'werkplein:verwerking:caseload-raadplegen', name: 'Caseload raadplegen' },
  clientSearchBsn: { id: 'werkplein:verwerking:client-zoeken-bsn', name: 'Cliënt zoeken op BSN' },
  clientView: { id: 'werkplein:verwerking:klantdossier-inzien', name: 'Klantdossier inzien' },
  clientRegister: { id: 'werkplein:verwerking:client-registreren', name: 'Cliënt registreren' },
  clientUpdate: { id: 'werkplein:verwerking:klantdossier-wijzigen', name: 'Klantdossier wijzigen' },
  consentView: { id: 'werkplein:verwerking:toestemming-inzien', name: 'Toestemmingen inzien' },
  consentChange: { id: 'werkplein:verwerking:toestemming-vastleggen', name: 'Toestemming vastleggen of intrekken' },
  ladderView: { id: 'werkplein:verwerking:participatieladder-inzien', name: 'Participatieladder inzien' },
  ladderRecord: { id: 'werkplein:verwerking:participatieladder-vastleggen', name: 'Participatieladder-trede vastleggen' },
} as const;
export type ProcessingActivity = (typeof PROCESSING_ACTIVITIES)[keyof typeof PROCESSING_ACTIVITIES];
