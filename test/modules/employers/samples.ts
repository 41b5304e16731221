import { employerInput, employerLedBy, freshEmployerId, sampleEmployerId } from './factories.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the employers module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('employers', {
  listEmployers: { query: '?q=bakkerij' },
  registerEmployer: { body: () => employerInput() },
  getEmployer: { params: async (c) => ({ id: await sampleEmployerId(c.world) }) },
  updateEmployer: { params: async (c) => ({ id: await sampleEmployerId(c.world) }), body: () => ({ sizeClass: '50-249' }) },
  claimEmployerLead: { params: async (c) => ({ id: await freshEmployerId(c.world) }) },
  releaseEmployerLead: { params: async (c) => ({ id: await employerLedBy(c.world, c.org) }) },
  addEmployerContact: {
    params: async (c) => ({ id: await sampleEmployerId(c.world) }),
    body: () => ({ name: 'Els de Wit', jobTitle: 'HR-adviseur' }),
  },
  listEmployerContactMoments: { params: async (c) => ({ id: await sampleEmployerId(c.world) }) },
  recordEmployerContactMoment: {
    params: async (c) => ({ id: await sampleEmployerId(c.world) }),
    body: () => ({ kind: 'bezoek', occurredOn: '2026-01-15', notes: 'Kennismaking.' }),
  },
  addEmployerAgreement: {
    params: async (c) => ({ id: await sampleEmployerId(c.world) }),
    body: () => ({ description: '3 plaatsingen in 2026', targetPlacements: 3, periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
  },
});
