import { moduleSamples, unique } from '../../access/sample.ts';

/** One access-table request per route of the clientPortal module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('clientPortal', {
  getClientPortalAccount: { params: (c) => ({ id: c.clientId }) },
  createClientPortalAccount: {
    params: (c) => ({ id: c.clientId }),
    body: () => ({ email: `portaal-${unique()}@example.com`, password: 'een-lang-wachtwoord' }),
  },
  getPortalProfile: { params: async (c) => (await c.world.portalClientId(), {}) },
});
