import { vacancyFor } from '../vacancies/factories.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the matching module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('matching', {
  listVacancyCandidates: { params: async (c) => ({ id: await vacancyFor(c) }), query: '?limit=5' },
  listClientVacancyMatches: { params: (c) => ({ id: c.clientId }), query: '?limit=5' },
});
