import { moduleSamples, type SampleContext } from '../../access/sample.ts';
import { handoverInput, inDays, noticeInput, registerWithoutNotice, withoutNoticeInput } from './factories.ts';

const REFUSED = '00000000-0000-4000-8000-000000000000';

/**
 * A notice the caller's municipality may see, registered by its own coordinator (the test world has no
 * penitentiary institution, so every sample notice comes by the emergency path); callers the rule refuses
 * get an id they never reach.
 */
async function sampleNotice(c: SampleContext, overrides: Record<string, unknown> = {}): Promise<Record<string, string>> {
  if (c.role !== 'nazorgcoordinator' || (c.org !== 'A' && c.org !== 'B')) return { id: REFUSED };
  const notice = await registerWithoutNotice(await c.world.agent(c.org, 'nazorgcoordinator'), overrides);
  return { id: notice.id };
}

/** One access-table request per route of the aftercare module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('aftercare', {
  sendReleaseNotice: { body: (c) => noticeInput(c.world.orgs.A.id) },
  registerReleaseWithoutNotice: { body: () => withoutNoticeInput() },
  listReleaseNotices: { query: '?status=all' },
  getReleaseNotice: { params: (c) => sampleNotice(c) },
  updateReleaseDomain: {
    params: async (c) => ({ ...(await sampleNotice(c)), domain: 'housing' }),
    body: () => ({ status: 'arranged', owner: 'Woningcorporatie', notes: null, plannedOn: null }),
  },
  recordRelease: { params: (c) => sampleNotice(c, { releaseOn: inDays(5) }), body: () => ({ releasedOn: inDays(0) }) },
  recordReleaseAssessment: { params: (c) => sampleNotice(c, { releaseOn: inDays(-100) }), body: () => ({ moment: 'month3' }) },
  planWarmHandover: { params: (c) => sampleNotice(c, { releaseOn: inDays(20) }), body: () => handoverInput() },
  updateProlificOffender: {
    params: (c) => sampleNotice(c),
    body: () => ({ prolificOffender: true, supportLines: ['work'], caseConferenceOn: inDays(7), caseConferenceNotes: null }),
  },
  recordAftercareWork: { params: (c) => sampleNotice(c), body: () => ({ workStartedOn: inDays(-1) }) },
  createClientFromReleaseNotice: {
    params: (c) => sampleNotice(c),
    body: () => ({
      consent: true,
      address: { street: 'Kerkstraat', houseNumber: 4, houseNumberAddition: null, postcode: '5611 AB', city: 'Eindhoven' },
    }),
  },
  listAftercareOrganisations: {},
  aftercareReport: { query: '?from=2026-01-01&to=2026-12-31' },
});
