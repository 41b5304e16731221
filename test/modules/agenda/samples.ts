import { appointmentInput, ownAppointmentFor } from './factories.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the agenda module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('agenda', {
  listMyAgenda: { query: '?from=2026-12-07&to=2026-12-13' },
  exportMyAgenda: { query: '?from=2026-12-07&to=2026-12-13' },
  planAppointment: { body: () => appointmentInput() },
  getAppointment: { params: async (c) => ({ id: await ownAppointmentFor(c) }) },
  updateAppointment: { params: async (c) => ({ id: await ownAppointmentFor(c) }), body: () => ({ title: 'Werkoverleg (verzet)' }) },
  exportAppointment: { params: async (c) => ({ id: await ownAppointmentFor(c) }) },
  listClientAppointments: { params: (c) => ({ id: c.clientId }) },
  listMyPortalAppointments: {},
});
