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
  introductionConsent: {
    id: 'werkplein:verwerking:toestemming-introductie',
    name: 'Toestemming voor introductie bij de werkgever vastleggen',
  },
  placementCheck: { id: 'werkplein:verwerking:plaatsing-nagaan', name: 'Plaatsing nagaan na 6 of 12 maanden' },
  portalCandidates: {
    id: 'werkplein:verwerking:kandidaten-werkgeversportaal',
    name: 'Voorgestelde kandidaten tonen in het werkgeversportaal',
  },
  matchCandidates: { id: 'werkplein:verwerking:kandidaten-zoeken', name: 'Passende kandidaten bij een vacature zoeken' },
  matchVacancies: { id: 'werkplein:verwerking:vacatures-zoeken', name: 'Passende vacatures voor een cliënt zoeken' },
  portalView: { id: 'werkplein:verwerking:clientportaal-inzien', name: 'Eigen dossier inzien in het cliëntportaal' },
  portalAccount: { id: 'werkplein:verwerking:clientportaal-account', name: 'Account voor het cliëntportaal aanmaken' },
  portalAccountView: { id: 'werkplein:verwerking:clientportaal-account-inzien', name: 'Account voor het cliëntportaal inzien' },
  trajectoryView: { id: 'werkplein:verwerking:trajecten-inzien', name: 'Re-integratietrajecten inzien' },
  trajectoryStart: { id: 'werkplein:verwerking:traject-starten', name: 'Re-integratietraject starten' },
  trajectoryClose: { id: 'werkplein:verwerking:traject-afsluiten', name: 'Re-integratietraject afsluiten met resultaat' },
  trajectoryProgress: { id: 'werkplein:verwerking:traject-voortgang', name: 'Voortgang van een traject rapporteren of inzien' },
  assignmentView: { id: 'werkplein:verwerking:opdracht-inzien', name: 'Opdracht aan een re-integratiebedrijf inzien' },
  assignmentChange: { id: 'werkplein:verwerking:opdracht-clienten', name: 'Cliënten toewijzen aan een re-integratiebedrijf' },
  polisView: { id: 'werkplein:verwerking:polis-inzien', name: 'Polis inzien' },
  polisDraft: { id: 'werkplein:verwerking:polis-opstellen', name: 'Polis opstellen of wijzigen (nieuwe versie)' },
  polisSign: { id: 'werkplein:verwerking:polis-ondertekenen', name: 'Polis ondertekenen' },
  polisPdf: { id: 'werkplein:verwerking:polis-pdf', name: 'Ondertekende polis als PDF downloaden' },
  prbView: { id: 'werkplein:verwerking:prb-inzien', name: 'PRB-deelname, voorstellen en budget inzien' },
  prbAdmit: { id: 'werkplein:verwerking:prb-toelaten', name: 'Cliënt toelaten tot een PRB-programma' },
  prbProposal: { id: 'werkplein:verwerking:prb-voorstel', name: 'PRB-trajectvoorstel schrijven of indienen' },
  prbDecision: { id: 'werkplein:verwerking:prb-besluit', name: 'Besluit op een PRB-trajectvoorstel' },
  prbInvoice: { id: 'werkplein:verwerking:prb-factuur', name: 'Factuur betalen uit een PRB-budget' },
} as const;
export type ProcessingActivity = (typeof PROCESSING_ACTIVITIES)[keyof typeof PROCESSING_ACTIVITIES];
