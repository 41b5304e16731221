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
  proposalCreate: { id: 'werkplein:verwerking:kandidaat-voorstellen', name: 'Kandidaat voorstellen voor een vacature' },
  proposalView: { id: 'werkplein:verwerking:voorstellen-inzien', name: 'Voorstellen en plaatsingen inzien' },
  proposalUpdate: { id: 'werkplein:verwerking:voorstel-bijwerken', name: 'Voorstel bijwerken (gesprek, plaatsing, afwijzing)' },
  introductionConsent: { id: 'werkplein:verwerking:toestemming-introductie', name: 'Toestemming voor introductie bij de werkgever vastleggen' },
  placementCheck: { id: 'werkplein:verwerking:plaatsing-nagaan', name: 'Plaatsing nagaan na 6 of 12 maanden' },
  portalCandidates: { id: 'werkplein:verwerking:kandidaten-werkgeversportaal', name: 'Voorgestelde kandidaten tonen in het werkgeversportaal' },
  matchCandidates: { id: 'werkplein:verwerking:kandidaten-zoeken', name: 'Passende kandidaten bij een vacature zoeken' },
  matchVacancies: { id: 'werkplein:verwerking:vacatures-zoeken', name: 'Passende vacatures voor een cliënt zoeken' },
} as const;
export type ProcessingActivity = (typeof PROCESSING_ACTIVITIES)[keyof typeof PROCESSING_ACTIVITIES];
