import { clientFor, placedProposalFor, proposalFor, vacancyFor } from '../vacancies/factories.ts';
import { CHECK_ROLES, PROPOSAL_READ_ROLES, PROPOSAL_WRITE_ROLES } from '../../../src/modules/placements/placements.policy.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the placements module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('placements', {
  proposeCandidate: {
    params: async (c) => ({ id: await vacancyFor(c) }),
    body: async (c) => ({ clientId: await clientFor(c, ['klantmanager']) }),
  },
  listVacancyProposals: { params: async (c) => ({ id: await vacancyFor(c) }) },
  getProposal: { params: async (c) => ({ id: await proposalFor(c, PROPOSAL_READ_ROLES) }) },
  updateProposal: { params: async (c) => ({ id: await proposalFor(c, PROPOSAL_WRITE_ROLES) }), body: () => ({ status: 'interview' }) },
  recordIntroductionConsent: { params: async (c) => ({ id: await proposalFor(c, ['klantmanager']) }) },
  recordPlacementCheck: {
    params: async (c) => ({ id: await placedProposalFor(c, CHECK_ROLES) }),
    body: () => ({ months: 6, checkedOn: '2026-07-10', stillWorking: true }),
  },
  listPortalProposals: {},
});
