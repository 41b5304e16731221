import { halfSignedPolisFor, polisFor, polisInput, portalPolisVersionFor } from './factories.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the polis module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('polis', {
  listClientPolisses: { params: (c) => ({ id: c.clientId }) },
  draftPolis: { params: (c) => ({ id: c.clientId }), body: () => polisInput() },
  getPolis: { params: async (c) => ({ id: (await polisFor(c, ['klantmanager'])).polisId }) },
  updatePolisDraft: {
    params: async (c) => ({ id: (await polisFor(c, ['klantmanager'])).versionId }),
    body: () => ({ ...polisInput({ goalRung: 5 }), revision: 1 }),
  },
  createPolisVersion: {
    params: async (c) => ({ id: await halfSignedPolisFor(c, ['klantmanager']) }),
    body: () => polisInput({ changeNote: 'Nieuwe afspraken' }),
  },
  signPolisVersion: { params: async (c) => ({ id: (await polisFor(c, ['klantmanager'])).versionId }), body: () => ({}) },
  downloadPolisPdf: { params: async (c) => ({ id: (await polisFor(c, ['klantmanager'])).versionId }) },
  listMyPolisses: { params: async (c) => (await c.world.portalClientId(), {}) },
  signMyPolisVersion: { params: async (c) => ({ id: await portalPolisVersionFor(c) }), body: () => ({}) },
  downloadMyPolisPdf: { params: async (c) => ({ id: await portalPolisVersionFor(c) }) },
});
