import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the notes module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('notes', {
  listClientNotes: { params: (c) => ({ id: c.clientId }) },
  writeClientNote: {
    params: (c) => ({ id: c.clientId }),
    body: () => ({ kind: 'gesprek', notedOn: '2026-11-30', text: 'Voortgangsgesprek gevoerd.' }),
  },
});
