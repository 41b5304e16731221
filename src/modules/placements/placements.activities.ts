import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const PLACEMENTS_ACTIVITIES = {
  proposalCreate: { id: 'werkplein:verwerking:kandidaat-voorstellen', name: 'Kandidaat voorstellen voor een vacature' },
  proposalView: { id: 'werkplein:verwerking:voorstellen-inzien', name: 'Voorstellen en plaatsingen inzien' },
  introductionConsent: {
    id: 'werkplein:verwerking:toestemming-introductie',
    name: 'Toestemming voor introductie bij de werkgever vastleggen',
  },
  portalCandidates: {
    id: 'werkplein:verwerking:kandidaten-werkgeversportaal',
    name: 'Voorgestelde kandidaten tonen in het werkgeversportaal',
  },
  proposalUpdate: { id: 'werkplein:verwerking:voorstel-bijwerken', name: 'Voorstel bijwerken (gesprek, plaatsing, afwijzing)' },
  placementCheck: { id: 'werkplein:verwerking:plaatsing-nagaan', name: 'Plaatsing nagaan na 6 of 12 maanden' },
} as const satisfies Record<string, ProcessingActivity>;
