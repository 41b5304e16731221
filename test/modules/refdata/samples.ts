import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the refdata module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('refdata', {
  searchOccupations: { query: '?q=lasser&limit=5' },
  getOccupation: { query: `?uri=${encodeURIComponent('http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b')}` },
  getIscoGroup: { params: () => ({ code: '7212' }) },
  listMunicipalities: { query: '?q=eindhoven' },
  getPostcodeArea: { params: () => ({ pc4: '5611' }) },
});
