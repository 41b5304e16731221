/**
 * Typed functions for every API call the web app makes. Components never call fetch directly.
 */
import { ApiError, request, setCsrfToken } from './client.ts';
import type {
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
