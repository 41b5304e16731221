import { moduleSamples, newOrg, unique } from '../../access/sample.ts';

/** One access-table request per route of the organisations module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('organisations', {
  listOrganisations: {},
  createOrganisation: { body: () => ({ name: `Organisatie ${unique()}`, kind: 'non_profit' }) },
  updateOrganisation: { params: async (c) => ({ id: await newOrg(c) }), body: () => ({ region: 'Zuidoost-Brabant' }) },
});
