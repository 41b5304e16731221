import { CLIENT_FILE_ROLES } from '../../../src/platform/http/access.ts';
import { moduleSamples } from '../../access/sample.ts';
import {
  PLACEMENT,
  REGULATION,
  sampleApplication,
  sampleMeasure,
  samplePlacement,
  samplePortalMeasure,
  sampleSearchWeek,
} from './factories.ts';

const KM = ['klantmanager'] as const;

/** One access-table request per route of the Work First module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('workfirst', {
  getClientWorkfirst: { params: (c) => ({ id: c.clientId }) },
  registerWorkfirstApplication: { params: (c) => ({ id: c.clientId }), body: () => ({ reportedOn: '2026-11-02' }) },
  updateWorkfirstApplication: {
    params: async (c) => ({ id: c.clientId, applicationId: await sampleApplication(c, KM) }),
    body: () => ({ outcome: 'withdrawn', decidedOn: '2026-11-06' }),
  },
  logWorkfirstSearchWeek: { params: (c) => sampleSearchWeek(c, CLIENT_FILE_ROLES), body: () => ({ jobApplications: 6 }) },
  startWorkfirstPlacement: {
    params: (c) => ({ id: c.clientId }),
    body: async (c) => ({ ...PLACEMENT, applicationId: await sampleApplication(c, KM) }),
  },
  updateWorkfirstPlacement: {
    params: async (c) => ({ id: c.clientId, placementId: await samplePlacement(c, KM) }),
    body: () => ({ status: 'completed' }),
  },
  registerWorkfirstAttendance: {
    params: async (c) => ({ id: c.clientId, placementId: await samplePlacement(c, CLIENT_FILE_ROLES), weekStart: '2026-11-16' }),
    body: () => ({ hoursPlanned: 24, hoursPresent: 24 }),
  },
  recordWorkfirstDiagnosis: {
    params: async (c) => ({ id: c.clientId, placementId: await samplePlacement(c, CLIENT_FILE_ROLES) }),
    body: () => ({ hoursPerWeekFeasible: 24, workHabits: 'Op tijd', skillsSeen: 'Samenwerken', advice: 'work', ladderRung: 4 }),
  },
  decideWorkfirstMeasure: {
    params: async (c) => ({ id: c.clientId, measureId: await sampleMeasure(c, KM) }),
    body: () => ({ decision: 'drop', reason: 'Ziek gemeld, bericht kwam te laat binnen.' }),
  },
  listWorkfirstWeek: { query: '?week=2026-11-30' },
  listWorkfirstRegulations: {},
  setWorkfirstRegulation: { params: () => ({ validFrom: '2030-01-01' }), body: () => REGULATION },
  workfirstReport: { query: '?from=2026-01-01&to=2026-12-31' },
  listMyWorkfirstMeasures: {},
  respondToWorkfirstMeasure: { params: async (c) => ({ id: await samplePortalMeasure(c) }), body: () => ({ response: 'Ik was ziek.' }) },
});
