import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the ladder module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('ladder', {
  listLadderAssessments: { params: (c) => ({ id: c.clientId }) },
  recordLadderAssessment: { params: (c) => ({ id: c.clientId }), body: () => ({ rung: 3, growthPotential: 4, assessedOn: '2026-01-15' }) },
});
