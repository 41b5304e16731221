import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/kernel/roles.ts';
import { roleAllowed, type Actor } from '../../src/platform/http/access.ts';
import type { RouteSpec } from '../../src/platform/http/route.ts';
import { Agent, type TestApp } from '../harness.ts';
import { clientInput, PASSWORD, type World, openTestWorld } from '../factories.ts';
import {
  clientFor,
  freshVacancyFor,
  placedProposalFor,
  proposalFor,
  seedReference,
  vacancyEmployerFor,
  vacancyFor,
  vacancyInput,
} from '../factories-vacancies.ts';
import { PROPOSAL_READ_ROLES, PROPOSAL_WRITE_ROLES, CHECK_ROLES } from '../../src/modules/placements/placements.policy.ts';
import { VACANCY_WRITE_ROLES } from '../../src/modules/vacancies/vacancies.policy.ts';
import { employerInput, employerLedBy, freshEmployerId, sampleEmployerId } from '../factories-employers.ts';
import { halfSignedPolisFor, polisFor, polisInput, portalPolisVersionFor } from '../factories-polis.ts';
import {
  assignableClientFor,
  assignedClientFor,
  assignmentFor,
  instrumentFor,
  orgInstrument,
  providerFor,
  trajectoryFor,
  trajectoryInput,
  assignmentInput,
} from '../factories-trajectories.ts';
import { ASSIGNMENT_READ_ROLES, TRAJECTORY_ROLES } from '../../src/modules/trajectories/trajectories.policy.ts';
import {
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
  SAMPLE_ADMITTED_ON,
} from '../factories-prb.ts';
import { PRB_PARTICIPANT_ROLES, PRB_PROGRAMME_ROLES, PRB_PROGRAMME_WRITE_ROLES } from '../../src/modules/prb/prb.policy.ts';
import { notificationFor } from '../factories-notifications.ts';
import { ownTaskFor, taskInput } from '../factories-worklist.ts';
import { appointmentInput, ownAppointmentFor } from '../factories-agenda.ts';

type OrgKey = 'A' | 'B' | 'R' | 'P';

interface Ctx {
  t: TestApp;
  world: World;
  clientId: string;
  org: OrgKey;
  role: Role;
}

interface Sample {
  params?: (c: Ctx) => Promise<Record<string, string>> | Record<string, string>;
  query?: string;
  body?: (c: Ctx) => unknown;
  /** Request headers the route reads (e.g. Idempotency-Key). */
  headers?: (c: Ctx) => Record<string, string>;
  /** The call ends the caller's session (logout): use a session of its own. */
  ownSession?: boolean;
}

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

async function km(c: Ctx) {
  return c.world.agent('A', 'klantmanager');
}
async function newOrg(c: Ctx): Promise<string> {
  const res = await (
    await c.world.agent('P', 'functioneel_beheerder')
  ).post('/api/v1/organisations', { name: `Partner ${unique()}`, kind: 'non_profit' });
  return res.json().id;
}

/**
 * One sample request per route, keyed by operationId. A route without a sample fails the test below:
 * every new route must be added here, with its expected access coming from its declared rule.
 */
const SAMPLES: Record<string, Sample> = {
  health: {},
  login: { body: (c) => ({ email: c.world.email(c.org, c.role), password: PASSWORD }) },
  getCurrentSession: {},
  logout: { ownSession: true },
  listOidcProviders: {},
  beginOidcLogin: { params: () => ({ providerId: 'onbekend' }) },
  completeOidcLogin: { params: () => ({ providerId: 'onbekend' }) },
  listUsers: {},
  createUser: {
    body: (c) => ({
      email: `nieuw-${unique()}@example.com`,
      name: 'Nieuwe Collega',
      organisationId: c.world.orgs[c.org].id,
      roles: ['klantmanager'],
      password: 'een-lang-wachtwoord',
    }),
  },
  updateUser: {
    params: async (c) => {
      const admin = await c.world.agent(c.org === 'P' ? 'P' : c.org, 'functioneel_beheerder');
      const res = await admin.post('/api/v1/users', {
        email: `doel-${unique()}@example.com`,
        name: 'Doel',
        organisationId: c.world.orgs[c.org].id,
        roles: ['jobcoach'],
        password: 'een-lang-wachtwoord',
      });
      return { id: res.json().id };
    },
    body: () => ({ name: 'Gewijzigde Naam' }),
  },
  listOrganisations: {},
  createOrganisation: { body: () => ({ name: `Organisatie ${unique()}`, kind: 'non_profit' }) },
  updateOrganisation: { params: async (c) => ({ id: await newOrg(c) }), body: () => ({ region: 'Zuidoost-Brabant' }) },
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
  listLadderAssessments: { params: (c) => ({ id: c.clientId }) },
  recordLadderAssessment: { params: (c) => ({ id: c.clientId }), body: () => ({ rung: 3, growthPotential: 4, assessedOn: '2026-01-15' }) },
  searchOccupations: { query: '?q=lasser&limit=5' },
  getOccupation: { query: `?uri=${encodeURIComponent('http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b')}` },
  getIscoGroup: { params: () => ({ code: '7212' }) },
  listMunicipalities: { query: '?q=eindhoven' },
  getPostcodeArea: { params: () => ({ pc4: '5611' }) },
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
  listVacancies: { query: '?status=open' },
  createVacancy: { body: async (c) => vacancyInput(await vacancyEmployerFor(c)) },
  getVacancy: { params: async (c) => ({ id: await vacancyFor(c) }) },
  updateVacancy: { params: async (c) => ({ id: await vacancyFor(c) }), body: () => ({ hoursPerWeek: 30 }) },
  closeVacancy: { params: async (c) => ({ id: await freshVacancyFor(c, VACANCY_WRITE_ROLES) }), body: () => ({ reason: 'ingetrokken' }) },
  listPublicVacancies: { query: '?q=schoonmaker' },
  listPortalVacancies: {},
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
  getResults: { query: '?level=organisation' },
  listVacancyCandidates: { params: async (c) => ({ id: await vacancyFor(c) }), query: '?limit=5' },
  listClientVacancyMatches: { params: (c) => ({ id: c.clientId }), query: '?limit=5' },
  getClientPortalAccount: { params: (c) => ({ id: c.clientId }) },
  createClientPortalAccount: {
    params: (c) => ({ id: c.clientId }),
    body: () => ({ email: `portaal-${unique()}@example.com`, password: 'een-lang-wachtwoord' }),
  },
  getPortalProfile: { params: async (c) => (await c.world.portalClientId(), {}) },
  // --- trajectories ---
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
  // --- polis ---
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
  // --- prb ---
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
  // --- reports ---
  getTrajectoryReport: { query: '?groupBy=instrument&from=2026-01-01&to=2026-12-31' },
  exportTrajectoryReport: { query: '?groupBy=provider&format=xlsx' },
  // --- notifications (every signed-in user has their own) ---
  listNotifications: { query: '?page=1&pageSize=5' },
  markNotificationRead: { params: async (c) => ({ id: await notificationFor(c) }) },
  markAllNotificationsRead: {},
  // --- worklist ---
  listTasks: { query: '?due=week&status=open' },
  createTask: { body: (c) => taskInput(c) },
  completeTask: { params: async (c) => ({ id: await ownTaskFor(c) }), body: () => ({ note: 'Gedaan.' }) },
  cancelTask: { params: async (c) => ({ id: await ownTaskFor(c) }), body: () => ({ reason: 'Niet meer nodig.' }) },
  completeTasks: { body: async (c) => ({ taskIds: [await ownTaskFor(c)] }) },
  // --- agenda ---
  listMyAgenda: { query: '?from=2026-12-07&to=2026-12-13' },
  exportMyAgenda: { query: '?from=2026-12-07&to=2026-12-13' },
  planAppointment: { body: () => appointmentInput() },
  getAppointment: { params: async (c) => ({ id: await ownAppointmentFor(c) }) },
  updateAppointment: { params: async (c) => ({ id: await ownAppointmentFor(c) }), body: () => ({ title: 'Werkoverleg (verzet)' }) },
  exportAppointment: { params: async (c) => ({ id: await ownAppointmentFor(c) }) },
  listClientAppointments: { params: (c) => ({ id: c.clientId }) },
};

/** What the declared rule says a role in an organisation gets (the client is owned by A, shared with R). */
function expected(spec: RouteSpec, org: OrgKey, role: Role, kind: World['orgs'][OrgKey]['kind']): 'ok' | 'public' | 403 | 404 {
  const access = spec.access;
  // Public routes may still answer 404 for an unknown thing (an SSO provider), but never 401 or 403.
  if (access.kind === 'public') return 'public';
  const actor = { roles: [role], organisationKind: kind } as Actor;
  if (!roleAllowed(access, actor)) return 403;
  if (access.scope === 'client-read') return org === 'A' || org === 'R' ? 'ok' : 404;
  if (access.scope === 'client-write') return org === 'A' ? 'ok' : org === 'R' ? 403 : 404;
  // Only the werkzoekende of A has a linked client file (world.portalClientId()).
  if (access.scope === 'portal') return org === 'A' ? 'ok' : 403;
  return 'ok';
}

describe('access table: every route × role × organisation', () => {
  let t: TestApp;
  let world: World;
  let clientId: string;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld(
      { loginMaxPerIpPerMinute: 100_000, loginMaxFailuresPerAccount: 100_000 },
      { beforeOpen: seedReference },
    ));
    const kmA = await world.agent('A', 'klantmanager');
    const created = await kmA.post('/api/v1/clients', clientInput());
    expect(created.statusCode).toBe(201);
    clientId = created.json().id;
    const consent = await kmA.post(`/api/v1/clients/${clientId}/consents`, { organisationId: world.orgs.R.id });
    expect(consent.statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  it('every registered API route declares an access rule and has a sample here', () => {
    const api = t.built.registered.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    const undeclared = api.filter((r) => !r.hasSpec).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    const missing = t.built.routes.filter((r) => !SAMPLES[r.operationId]).map((r) => r.operationId);
    expect(missing).toEqual([]);
  });

  it('without a session every non-public route answers 401', async () => {
    for (const spec of t.built.routes.filter((r) => r.access.kind !== 'public')) {
      const url = spec.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({ method: spec.method, url, payload: spec.body ? {} : undefined });
      expect(res.statusCode, `${spec.method} ${spec.url}`).toBe(401);
    }
  });

  it('each route answers every role in every organisation as its declared rule says', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const spec of t.built.routes) {
      const sample = SAMPLES[spec.operationId]!;
      for (const org of ['A', 'B', 'R', 'P'] as const) {
        for (const role of ROLES) {
          const c: Ctx = { t, world, clientId, org, role };
          const agent = sample.ownSession ? await Agent.login(t.app, world.email(org, role), PASSWORD) : await world.agent(org, role);
          const params = (await sample.params?.(c)) ?? {};
          const url = spec.url.replace(/:(\w+)/g, (_, k: string) => params[k] ?? 'missing') + (sample.query ?? '');
          const body = await sample.body?.(c);
          const res =
            spec.access.kind === 'public' && spec.method !== 'GET'
              ? await t.app.inject({ method: spec.method, url, payload: body as object })
              : await agent.request(spec.method, url, spec.body ? body : spec.method === 'GET' ? undefined : {}, sample.headers?.(c));
          const want = expected(spec, org, role, world.orgs[org].kind);
          const ok =
            want === 'ok'
              ? res.statusCode >= 200 && res.statusCode < 400
              : want === 'public'
                ? ![401, 403].includes(res.statusCode) && res.statusCode < 500
                : res.statusCode === want;
          if (!ok)
            failures.push(
              `${spec.method} ${spec.url} as ${role}@${org}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          checked++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(t.built.routes.length * 4 * ROLES.length);
  }, 900_000);
});
