import {
  SAMPLE_ADMITTED_ON,
  freshPrbProgrammeFor,
  myPrbDraftFor,
  myPrbParticipantFor,
  prbClientFor,
  prbCommitmentFor,
  prbDraftFor,
  prbParticipantFor,
  prbProgrammeFor,
  prbSubmittedFor,
  programmeInput,
  proposalInput,
} from './factories.ts';
import { PRB_PARTICIPANT_ROLES, PRB_PROGRAMME_ROLES, PRB_PROGRAMME_WRITE_ROLES } from '../../../src/modules/prb/prb.policy.ts';
import { moduleSamples, unique } from '../../access/sample.ts';

/** One access-table request per route of the prb module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('prb', {
  listPrbProgrammes: {},
  createPrbProgramme: { body: () => programmeInput({ periodStart: '2026-01-01', periodEnd: '2027-12-31', cohortSize: 10 }) },
  getPrbProgramme: { params: async (c) => ({ id: await prbProgrammeFor(c, PRB_PROGRAMME_ROLES) }) },
  addPrbAdvisor: {
    params: async (c) => ({ id: await freshPrbProgrammeFor(c, PRB_PROGRAMME_WRITE_ROLES, false) }),
    body: (c) => ({ email: c.world.email(c.org, 'prb_werkadviseur') }),
  },
  admitPrbParticipant: {
    params: async (c) => ({ id: await prbProgrammeFor(c, ['klantmanager']) }),
    body: async (c) => ({ clientId: await prbClientFor(c, ['klantmanager']), admittedOn: SAMPLE_ADMITTED_ON }),
  },
  getPrbParticipant: { params: async (c) => ({ id: await prbParticipantFor(c, PRB_PARTICIPANT_ROLES) }) },
  createPrbProposal: {
    params: async (c) => ({ id: await prbParticipantFor(c, PRB_PARTICIPANT_ROLES) }),
    body: () => proposalInput(['10']),
  },
  updatePrbProposal: {
    params: async (c) => ({ id: await prbDraftFor(c, PRB_PARTICIPANT_ROLES) }),
    body: () => ({ ...proposalInput(['12']), revision: 1 }),
  },
  submitPrbProposal: { params: async (c) => ({ id: await prbDraftFor(c, PRB_PARTICIPANT_ROLES) }) },
  // The sample cannot set headers: the key goes in the query fallback (one decision per organisation, keys are per organisation).
  decidePrbProposal: {
    params: async (c) => ({ id: await prbSubmittedFor(c, ['klantmanager']) }),
    headers: () => ({ 'idempotency-key': `access-table-${unique()}` }),
    body: () => ({ decision: 'approve' }),
  },
  recordPrbInvoice: {
    params: async (c) => ({ id: await prbCommitmentFor(c, ['klantmanager']) }),
    body: () => ({ invoiceNumber: `AT-${unique()}`, invoiceDate: '2026-03-01', amount: '1' }),
  },
  getMyPrb: { params: async (c) => (await c.world.portalClientId(), {}) },
  createMyPrbProposal: { params: async (c) => ({ id: await myPrbParticipantFor(c) }), body: () => proposalInput(['10']) },
  updateMyPrbProposal: { params: async (c) => ({ id: await myPrbDraftFor(c) }), body: () => ({ ...proposalInput(['12']), revision: 1 }) },
  submitMyPrbProposal: { params: async (c) => ({ id: await myPrbDraftFor(c) }) },
});
