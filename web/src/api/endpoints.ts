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
  EmployerSummary,
  Occupation,
  OccupationDetail,
  PlacementCheck,
  PlacementCheckInput,
  PortalProposal,
  PortalVacancy,
  Proposal,
  ProposalInput,
  ProposalPatch,
  PublicVacancy,
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
  ClientSummary,
  Consent,
  ConsentInput,
  LadderAssessment,
  LadderAssessmentInput,
  LoginInput,
  OidcProvider,
  Organisation,
  OrganisationCreateInput,
  OrganisationPatchInput,
  Page,
  Session,
  User,
  UserCreateInput,
  UserPatchInput,
} from './types.ts';

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
export function createOrganisation(input: OrganisationCreateInput): Promise<Organisation> {
  return request<Organisation>('POST', '/organisations', { body: input });
}
export function updateOrganisation(id: string, input: OrganisationPatchInput): Promise<Organisation> {
  return request<Organisation>('PATCH', `/organisations/${enc(id)}`, { body: input });
}

// ---- users ----
export function listUsers(organisationId?: string): Promise<User[]> {
  return request<User[]>('GET', '/users', { query: { organisationId } });
}
export function createUser(input: UserCreateInput): Promise<User> {
  return request<User>('POST', '/users', { body: input });
}
export function updateUser(id: string, input: UserPatchInput): Promise<User> {
  return request<User>('PATCH', `/users/${enc(id)}`, { body: input });
}

// ---- clients ----
export function listClients(query: ClientListQuery): Promise<Page<ClientSummary>> {
  return request<Page<ClientSummary>>('GET', '/clients', {
    query: { page: query.page, pageSize: query.pageSize, q: query.q, postcode: query.postcode },
  });
}
/** The BSN travels in the request body only, never in a URL. */
export function searchClientsByBsn(bsn: string): Promise<Page<ClientSummary>> {
  return request<Page<ClientSummary>>('POST', '/clients/search', { body: { bsn } });
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
export function listEmployers(query: EmployerListQuery): Promise<Page<EmployerSummary>> {
  return request<Page<EmployerSummary>>('GET', '/employers', {
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
export function listVacancies(query: VacancyListQuery): Promise<Page<Vacancy>> {
  return request<Page<Vacancy>>('GET', '/vacancies', {
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
export function listPublicVacancies(query: { q?: string; page?: number }): Promise<Page<PublicVacancy>> {
  return request<Page<PublicVacancy>>('GET', '/public/vacancies', { query: { q: query.q, page: query.page } });
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
