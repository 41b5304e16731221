import {
  assignableClientFor,
  assignedClientFor,
  assignmentFor,
  assignmentInput,
  instrumentFor,
  orgInstrument,
  providerFor,
  trajectoryFor,
  trajectoryInput,
} from './factories.ts';
import { ASSIGNMENT_READ_ROLES, TRAJECTORY_ROLES } from '../../../src/modules/trajectories/trajectories.policy.ts';
import { moduleSamples, unique } from '../../access/sample.ts';

/** One access-table request per route of the trajectories module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('trajectories', {
  listInstruments: { query: '?includeInactive=true' },
  createInstrument: { body: () => ({ name: `Instrument ${unique()}`, kind: 'training', cbsCategory: 'scholing' }) },
  updateInstrument: {
    params: async (c) => ({ id: await instrumentFor(c, ['functioneel_beheerder']) }),
    body: () => ({ description: `Bijgewerkt ${unique()}` }),
  },
  listClientTrajectories: { params: (c) => ({ id: c.clientId }) },
  // The client is A's (shared with R by consent): the instrument comes from A's catalogue.
  startTrajectory: { params: (c) => ({ id: c.clientId }), body: async (c) => trajectoryInput(await orgInstrument(c, 'A')) },
  listTrajectories: { query: '?status=running&page=1&pageSize=5' },
  getTrajectory: { params: async (c) => ({ id: await trajectoryFor(c, TRAJECTORY_ROLES) }) },
  closeTrajectory: {
    params: async (c) => ({ id: await trajectoryFor(c, ['klantmanager']) }),
    body: () => ({ endDate: '2025-06-30', outcome: 'no_result' }),
  },
  listTrajectoryProgress: { params: async (c) => ({ id: await trajectoryFor(c, TRAJECTORY_ROLES) }) },
  reportTrajectoryProgress: {
    params: async (c) => ({ id: await trajectoryFor(c, TRAJECTORY_ROLES) }),
    body: () => ({ reportedOn: '2025-03-15', text: 'Eerste gesprek gevoerd.' }),
  },
  listProviderAssignments: {},
  createProviderAssignment: { body: (c) => assignmentInput(providerFor(c)) },
  getProviderAssignment: { params: async (c) => ({ id: await assignmentFor(c, ASSIGNMENT_READ_ROLES) }) },
  assignClientToProvider: {
    params: async (c) => ({ id: await assignmentFor(c, ['klantmanager']) }),
    body: async (c) => ({ clientId: await assignableClientFor(c, ['klantmanager']) }),
  },
  endClientAssignment: { params: (c) => assignedClientFor(c, ['klantmanager']) },
});
