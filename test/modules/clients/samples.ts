import { clientInput } from '../../factories.ts';
import { moduleSamples, km, newOrg } from '../../access/sample.ts';

/** One access-table request per route of the clients module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('clients', {
  listClients: { query: '?page=1&pageSize=5' },
  searchClientsByBsn: { body: () => ({ bsn: '111222333' }) },
  registerClient: { body: () => clientInput() },
  getClient: { params: (c) => ({ id: c.clientId }) },
  updateClient: {
    params: (c) => ({ id: c.clientId }),
    body: async (c) => ({ version: (await (await km(c)).get(`/api/v1/clients/${c.clientId}`)).json().version, hoursAvailable: 20 }),
  },
  listConsents: { params: (c) => ({ id: c.clientId }) },
  grantConsent: { params: (c) => ({ id: c.clientId }), body: async (c) => ({ organisationId: await newOrg(c) }) },
  withdrawConsent: {
    params: async (c) => {
      const res = await (await km(c)).post(`/api/v1/clients/${c.clientId}/consents`, { organisationId: await newOrg(c) });
      return { id: c.clientId, consentId: res.json().id };
    },
  },
});
