import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const PRB_ACTIVITIES = {
  prbView: { id: 'werkplein:verwerking:prb-inzien', name: 'PRB-deelname, voorstellen en budget inzien' },
  prbAdmit: { id: 'werkplein:verwerking:prb-toelaten', name: 'Cliënt toelaten tot een PRB-programma' },
  prbProposal: { id: 'werkplein:verwerking:prb-voorstel', name: 'PRB-trajectvoorstel schrijven of indienen' },
  prbDecision: { id: 'werkplein:verwerking:prb-besluit', name: 'Besluit op een PRB-trajectvoorstel' },
  prbInvoice: { id: 'werkplein:verwerking:prb-factuur', name: 'Factuur betalen uit een PRB-budget' },
} as const satisfies Record<string, ProcessingActivity>;
