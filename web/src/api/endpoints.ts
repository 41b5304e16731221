/**
 * Typed functions for every API call the web app makes. Components never call fetch directly.
 */
import { ApiError, request, setCsrfToken } from './client.ts';
import type {
  AgreementInput,
  AgreementProgress,
  Candidate,
  CloseReason,
  ContactMoment,
  ContactMomentInput,
  Employer,
  EmployerContact,
  EmployerContactInput,
  EmployerInput,
  EmployerListQuery,
  Occupation,
  OccupationDetail,
  PlacementCheck,
  PlacementCheckInput,
  PortalProposal,
  PortalVacancy,
  Proposal,
  ProposalInput,
  ProposalPatch,
  Results,
  ResultsQuery,
  Vacancy,
  VacancyInput,
  VacancyListQuery,
  VacancyMatch,
  Client,
  ClientInput,
  ClientListQuery,
  ClientPatch,
  Consent,
  ConsentInput,
  LadderAssessment,
  LadderAssessmentInput,
  LoginInput,
  OidcProvider,
  Organisation,
  OrganisationInput,
  OrganisationPatch,
  ClientPage,
  EmployerPage,
  VacancyPage,
  PublicVacancyPage,
  Session,
  User,
  UserInput,
  UserPatch,
} from './index.ts';
import type * as T4 from './index.ts';
import type * as RW from './index.ts';

const enc = encodeURIComponent;

// ---- sessions / auth ----
export async function getCurrentSession(): Promise<Session | null> {
  try {
    const session = await request<Session>('GET', '/sessions/current');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: LoginInput): Promise<Session> {
  const session = await request<Session>('POST', '/sessions', { body: input });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await request<void>('DELETE', '/sessions/current');
  } finally {
    setCsrfToken(null);
  }
}

export function getOidcProviders(): Promise<OidcProvider[]> {
  return request<OidcProvider[]>('GET', '/auth/oidc/providers');
}

/** A full-page navigation (not fetch): the provider redirects the browser. */
export function oidcLoginUrl(providerId: string): string {
  return `/api/v1/auth/oidc/${enc(providerId)}/login`;
}

// ---- organisations ----
export function listOrganisations(): Promise<Organisation[]> {
  return request<Organisation[]>('GET', '/organisations');
}
export function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return request<Organisation>('POST', '/organisations', { body: input });
}
export function updateOrganisation(id: string, input: OrganisationPatch): Promise<Organisation> {
  return request<Organisation>('PATCH', `/organisations/${enc(id)}`, { body: input });
}

// ---- users ----
export function listUsers(organisationId?: string): Promise<User[]> {
  return request<User[]>('GET', '/users', { query: { organisationId } });
}
export function createUser(input: UserInput): Promise<User> {
  return request<User>('POST', '/users', { body: input });
}
export function updateUser(id: string, input: UserPatch): Promise<User> {
  return request<User>('PATCH', `/users/${enc(id)}`, { body: input });
}

// ---- clients ----
export function listClients(query: ClientListQuery): Promise<ClientPage> {
  return request<ClientPage>('GET', '/clients', {
    query: { page: query.page, pageSize: query.pageSize, q: query.q, postcode: query.postcode },
  });
}
/** The BSN travels in the request body only, never in a URL. */
export function searchClientsByBsn(bsn: string): Promise<ClientPage> {
  return request<ClientPage>('POST', '/clients/search', { body: { bsn } });
}
export function getClient(id: string): Promise<Client> {
  return request<Client>('GET', `/clients/${enc(id)}`);
}
export function createClient(input: ClientInput): Promise<Client> {
  return request<Client>('POST', '/clients', { body: input });
}
export function updateClient(id: string, patch: ClientPatch): Promise<Client> {
  return request<Client>('PATCH', `/clients/${enc(id)}`, { body: patch });
}

// ---- consents ----
export function listConsents(clientId: string): Promise<Consent[]> {
  return request<Consent[]>('GET', `/clients/${enc(clientId)}/consents`);
}
export function grantConsent(clientId: string, input: ConsentInput): Promise<Consent> {
  return request<Consent>('POST', `/clients/${enc(clientId)}/consents`, { body: input });
}
export function withdrawConsent(clientId: string, consentId: string): Promise<Consent> {
  return request<Consent>('POST', `/clients/${enc(clientId)}/consents/${enc(consentId)}/withdraw`);
}

// ---- ladder ----
export function listLadderAssessments(clientId: string): Promise<LadderAssessment[]> {
  return request<LadderAssessment[]>('GET', `/clients/${enc(clientId)}/ladder-assessments`);
}
export function createLadderAssessment(clientId: string, input: LadderAssessmentInput): Promise<LadderAssessment> {
  return request<LadderAssessment>('POST', `/clients/${enc(clientId)}/ladder-assessments`, { body: input });
}

// ---- reference data ----
export function searchOccupations(q: string, limit = 20, signal?: AbortSignal): Promise<Occupation[]> {
  return request<Occupation[]>('GET', '/occupations', { query: { q, limit }, signal });
}

export function getOccupationByUri(uri: string): Promise<OccupationDetail> {
  return request<OccupationDetail>('GET', '/occupations/by-uri', { query: { uri } });
}

// ---- employers ----
export function listEmployers(query: EmployerListQuery): Promise<EmployerPage> {
  return request<EmployerPage>('GET', '/employers', {
    query: { q: query.q, page: query.page, pageSize: query.pageSize },
  });
}
export function getEmployer(id: string): Promise<Employer> {
  return request<Employer>('GET', `/employers/${enc(id)}`);
}
export function createEmployer(input: EmployerInput): Promise<Employer> {
  return request<Employer>('POST', '/employers', { body: input });
}
export function updateEmployer(id: string, patch: Partial<Omit<EmployerInput, 'kvkNumber'>>): Promise<Employer> {
  return request<Employer>('PATCH', `/employers/${enc(id)}`, { body: patch });
}
/** Become the lead account manager; 409 when someone else already is (the problem names who). */
export function claimEmployerLead(id: string): Promise<Employer> {
  return request<Employer>('POST', `/employers/${enc(id)}/lead`);
}
export function releaseEmployerLead(id: string): Promise<Employer | undefined> {
  return request<Employer | undefined>('DELETE', `/employers/${enc(id)}/lead`);
}
export function addEmployerContact(id: string, input: EmployerContactInput): Promise<EmployerContact> {
  return request<EmployerContact>('POST', `/employers/${enc(id)}/contacts`, { body: input });
}
export function listContactMoments(id: string): Promise<ContactMoment[]> {
  return request<ContactMoment[]>('GET', `/employers/${enc(id)}/contact-moments`);
}
export function addContactMoment(id: string, input: ContactMomentInput): Promise<ContactMoment> {
  return request<ContactMoment>('POST', `/employers/${enc(id)}/contact-moments`, { body: input });
}
export function addAgreement(id: string, input: AgreementInput): Promise<AgreementProgress> {
  return request<AgreementProgress>('POST', `/employers/${enc(id)}/agreements`, { body: input });
}

// ---- vacancies ----
export function listVacancies(query: VacancyListQuery): Promise<VacancyPage> {
  return request<VacancyPage>('GET', '/vacancies', {
    query: { status: query.status, employerId: query.employerId, q: query.q, page: query.page, pageSize: query.pageSize },
  });
}
export function getVacancy(id: string): Promise<Vacancy> {
  return request<Vacancy>('GET', `/vacancies/${enc(id)}`);
}
export function createVacancy(input: VacancyInput): Promise<Vacancy> {
  return request<Vacancy>('POST', '/vacancies', { body: input });
}
export function updateVacancy(id: string, patch: Partial<Omit<VacancyInput, 'employerId'>>): Promise<Vacancy> {
  return request<Vacancy>('PATCH', `/vacancies/${enc(id)}`, { body: patch });
}
export function closeVacancy(id: string, reason: CloseReason): Promise<Vacancy> {
  return request<Vacancy>('POST', `/vacancies/${enc(id)}/close`, { body: { reason } });
}
/** The public vacancy site: no session needed. */
export function listPublicVacancies(query: { q?: string; page?: number }): Promise<PublicVacancyPage> {
  return request<PublicVacancyPage>('GET', '/public/vacancies', { query: { q: query.q, page: query.page } });
}

// ---- matching ----
export function listCandidates(vacancyId: string, limit = 20): Promise<Candidate[]> {
  return request<Candidate[]>('GET', `/vacancies/${enc(vacancyId)}/candidates`, { query: { limit } });
}
export function listMatchingVacancies(clientId: string, limit = 20): Promise<VacancyMatch[]> {
  return request<VacancyMatch[]>('GET', `/clients/${enc(clientId)}/vacancies`, { query: { limit } });
}

// ---- proposals and placements ----
export function listProposals(vacancyId: string): Promise<Proposal[]> {
  return request<Proposal[]>('GET', `/vacancies/${enc(vacancyId)}/proposals`);
}
export function proposeCandidate(vacancyId: string, input: ProposalInput): Promise<Proposal> {
  return request<Proposal>('POST', `/vacancies/${enc(vacancyId)}/proposals`, { body: input });
}
export function updateProposal(id: string, patch: ProposalPatch): Promise<Proposal> {
  return request<Proposal>('PATCH', `/proposals/${enc(id)}`, { body: patch });
}
export function recordIntroductionConsent(id: string): Promise<Proposal> {
  return request<Proposal>('POST', `/proposals/${enc(id)}/introduction-consent`);
}
export function recordPlacementCheck(id: string, input: PlacementCheckInput): Promise<PlacementCheck> {
  return request<PlacementCheck>('POST', `/proposals/${enc(id)}/checks`, { body: input });
}

// ---- employer portal ----
export function listPortalVacancies(): Promise<PortalVacancy[]> {
  return request<PortalVacancy[]>('GET', '/employer-portal/vacancies');
}
export function listPortalProposals(): Promise<PortalProposal[]> {
  return request<PortalProposal[]>('GET', '/employer-portal/proposals');
}

// ---- results ----
export function getResults(query: ResultsQuery): Promise<Results> {
  return request<Results>('GET', '/results', { query: { from: query.from, to: query.to, level: query.level } });
}

// ---- PRB: personal re-integration budgets ----
export function listPrbProgrammes(): Promise<T4.PrbProgrammeSummary[]> {
  return request<T4.PrbProgrammeSummary[]>('GET', '/prb-programmes');
}
export function createPrbProgramme(input: T4.PrbProgrammeInput): Promise<T4.PrbProgramme> {
  return request<T4.PrbProgramme>('POST', '/prb-programmes', { body: input });
}
export function getPrbProgramme(id: string): Promise<T4.PrbProgramme> {
  return request<T4.PrbProgramme>('GET', `/prb-programmes/${enc(id)}`);
}
export function addPrbAdvisor(programmeId: string, email: string): Promise<T4.PrbProgramme> {
  return request<T4.PrbProgramme>('POST', `/prb-programmes/${enc(programmeId)}/advisors`, { body: { email } });
}
export function admitPrbParticipant(programmeId: string, input: T4.PrbAdmissionInput): Promise<T4.PrbParticipant> {
  return request<T4.PrbParticipant>('POST', `/prb-programmes/${enc(programmeId)}/participants`, { body: input });
}
export function getPrbParticipant(id: string): Promise<T4.PrbParticipant> {
  return request<T4.PrbParticipant>('GET', `/prb-participants/${enc(id)}`);
}
export function createPrbProposal(participantId: string, input: T4.PrbProposalInput): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('POST', `/prb-participants/${enc(participantId)}/proposals`, { body: input });
}
export function updatePrbProposal(id: string, input: T4.PrbProposalInput & { revision: number }): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('PUT', `/prb-proposals/${enc(id)}`, { body: input });
}
export function submitPrbProposal(id: string): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('POST', `/prb-proposals/${enc(id)}/submit`);
}
/** The same idempotencyKey for a retry of the same decision: the server then applies it once. */
export function decidePrbProposal(id: string, input: T4.PrbDecisionInput, idempotencyKey: string): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('POST', `/prb-proposals/${enc(id)}/decision`, {
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
export function recordPrbInvoice(commitmentId: string, input: T4.PrbInvoiceInput): Promise<T4.PrbCommitment> {
  return request<T4.PrbCommitment>('POST', `/prb-commitments/${enc(commitmentId)}/invoices`, { body: input });
}
// the client portal
export function getMyPrb(): Promise<T4.MyPrbParticipation[]> {
  return request<T4.MyPrbParticipation[]>('GET', '/portal/prb');
}
export function createMyPrbProposal(participantId: string, input: T4.PrbProposalInput): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('POST', `/portal/prb-participants/${enc(participantId)}/proposals`, { body: input });
}
export function updateMyPrbProposal(id: string, input: T4.PrbProposalInput & { revision: number }): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('PUT', `/portal/prb-proposals/${enc(id)}`, { body: input });
}
export function submitMyPrbProposal(id: string): Promise<T4.PrbProposal> {
  return request<T4.PrbProposal>('POST', `/portal/prb-proposals/${enc(id)}/submit`);
}

// ---- reports ----
export function getTrajectoryReport(query: T4.TrajectoryReportQuery): Promise<T4.TrajectoryReport> {
  return request<T4.TrajectoryReport>('GET', '/reports/trajectories', {
    query: { groupBy: query.groupBy, from: query.from, to: query.to },
  });
}
/** A plain link target (the browser downloads the file with the session cookie). */
export function trajectoryReportExportUrl(query: T4.TrajectoryReportQuery, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ groupBy: query.groupBy, format });
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  return `/api/v1/reports/trajectories/export?${params.toString()}`;
}

// ---- routes to work: instruments, trajectories, provider assignments, polis, client portal ----
export function listInstruments(includeInactive = false): Promise<RW.Instrument[]> {
  return request<RW.Instrument[]>('GET', '/instruments', { query: { includeInactive: includeInactive ? 'true' : undefined } });
}
export function createInstrument(input: RW.InstrumentInput): Promise<RW.Instrument> {
  return request<RW.Instrument>('POST', '/instruments', { body: input });
}
export function updateInstrument(id: string, patch: RW.InstrumentPatch): Promise<RW.Instrument> {
  return request<RW.Instrument>('PATCH', `/instruments/${enc(id)}`, { body: patch });
}

export function listClientTrajectories(clientId: string): Promise<RW.Trajectory[]> {
  return request<RW.Trajectory[]>('GET', `/clients/${enc(clientId)}/trajectories`);
}
export function startTrajectory(clientId: string, input: RW.TrajectoryInput): Promise<RW.Trajectory> {
  return request<RW.Trajectory>('POST', `/clients/${enc(clientId)}/trajectories`, { body: input });
}
export function listTrajectories(query: RW.TrajectoryListQuery): Promise<RW.TrajectoryPage> {
  return request<RW.TrajectoryPage>('GET', '/trajectories', {
    query: { status: query.status, page: query.page, pageSize: query.pageSize },
  });
}
export function getTrajectory(id: string): Promise<RW.Trajectory> {
  return request<RW.Trajectory>('GET', `/trajectories/${enc(id)}`);
}
export function closeTrajectory(id: string, input: RW.TrajectoryCloseInput): Promise<RW.Trajectory> {
  return request<RW.Trajectory>('POST', `/trajectories/${enc(id)}/close`, { body: input });
}
export function listTrajectoryProgress(id: string): Promise<RW.ProgressReport[]> {
  return request<RW.ProgressReport[]>('GET', `/trajectories/${enc(id)}/progress-reports`);
}
export function reportTrajectoryProgress(id: string, input: RW.ProgressReportInput): Promise<RW.ProgressReport> {
  return request<RW.ProgressReport>('POST', `/trajectories/${enc(id)}/progress-reports`, { body: input });
}

export function listProviderAssignments(): Promise<RW.ProviderAssignment[]> {
  return request<RW.ProviderAssignment[]>('GET', '/provider-assignments');
}
export function createProviderAssignment(input: RW.ProviderAssignmentInput): Promise<RW.ProviderAssignmentDetail> {
  return request<RW.ProviderAssignmentDetail>('POST', '/provider-assignments', { body: input });
}
export function getProviderAssignment(id: string): Promise<RW.ProviderAssignmentDetail> {
  return request<RW.ProviderAssignmentDetail>('GET', `/provider-assignments/${enc(id)}`);
}
export function assignClientToProvider(id: string, clientId: string): Promise<RW.AssignmentClient> {
  return request<RW.AssignmentClient>('POST', `/provider-assignments/${enc(id)}/clients`, { body: { clientId } });
}
export function endClientAssignment(id: string, clientId: string): Promise<RW.AssignmentClient> {
  return request<RW.AssignmentClient>('POST', `/provider-assignments/${enc(id)}/clients/${enc(clientId)}/end`);
}

export function listClientPolisses(clientId: string): Promise<RW.Polis[]> {
  return request<RW.Polis[]>('GET', `/clients/${enc(clientId)}/polisses`);
}
export function draftPolis(clientId: string, content: RW.PolisDraftInput): Promise<RW.Polis> {
  return request<RW.Polis>('POST', `/clients/${enc(clientId)}/polisses`, { body: content });
}
export function getPolis(id: string): Promise<RW.Polis> {
  return request<RW.Polis>('GET', `/polisses/${enc(id)}`);
}
export function updatePolisDraft(versionId: string, input: RW.PolisDraftUpdate): Promise<RW.Polis> {
  return request<RW.Polis>('PUT', `/polis-versions/${enc(versionId)}`, { body: input });
}
export function createPolisVersion(polisId: string, content: RW.PolisVersionInput): Promise<RW.Polis> {
  return request<RW.Polis>('POST', `/polisses/${enc(polisId)}/versions`, { body: content });
}
export function signPolisVersion(versionId: string, input: RW.PolisSignInput): Promise<RW.Polis> {
  return request<RW.Polis>('POST', `/polis-versions/${enc(versionId)}/sign`, { body: input });
}
/** A plain link target: the browser downloads the PDF with the session cookie. */
export function polisPdfUrl(versionId: string): string {
  return `/api/v1/polis-versions/${enc(versionId)}/pdf`;
}

// the client portal (werkzoekende)
export function getPortalProfile(): Promise<RW.PortalProfile> {
  return request<RW.PortalProfile>('GET', '/portal/me');
}
export function getClientPortalAccount(clientId: string): Promise<RW.PortalAccountStatus> {
  return request<RW.PortalAccountStatus>('GET', `/clients/${enc(clientId)}/portal-account`);
}
export function createClientPortalAccount(clientId: string, input: RW.PortalAccountInput): Promise<RW.PortalAccount> {
  return request<RW.PortalAccount>('POST', `/clients/${enc(clientId)}/portal-account`, { body: input });
}
export function listMyPolisses(): Promise<RW.Polis[]> {
  return request<RW.Polis[]>('GET', '/portal/polisses');
}
export function signMyPolisVersion(versionId: string, input: RW.PolisSignInput): Promise<RW.Polis> {
  return request<RW.Polis>('POST', `/portal/polis-versions/${enc(versionId)}/sign`, { body: input });
}
export function myPolisPdfUrl(versionId: string): string {
  return `/api/v1/portal/polis-versions/${enc(versionId)}/pdf`;
}
