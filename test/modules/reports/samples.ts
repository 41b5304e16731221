import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the reports module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('reports', {
  getTrajectoryReport: { query: '?groupBy=instrument&from=2026-01-01&to=2026-12-31' },
  exportTrajectoryReport: { query: '?groupBy=provider&format=xlsx' },
});
