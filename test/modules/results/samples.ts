import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the results module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('results', {
  getResults: { query: '?level=organisation' },
});
