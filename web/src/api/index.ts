/**
 * The API as the web app sees it: the typed client and its error type (client.ts), the session calls and the types,
 * all generated from openapi.json. schema.d.ts exports each named schema under its own name
 * (`Client`, `Vacancy`, `PrbProposal` …); below are names for the parts that have none (a field's code
 * list, a query, a response declared inline). Nothing here is written by hand beyond the name.
 */
import type { components, operations } from './schema.d.ts';

export { api, ApiError, apiUrl, call, isApiError } from './client.ts';
export { getCurrentSession, login, logout } from './session.ts';
export type { InvalidParam, Problem } from './client.ts';
export * from './codes.ts';
export type * from './schema.d.ts';

type S = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer R } } ? R : never;

/** The JSON body an operation answers with (200 unless named). */
export type ResponseOf<K extends keyof operations, Status extends number = 200> =
  operations[K]['responses'] extends Record<Status, infer R> ? Json<R> : never;
/** The JSON body an operation takes. */
export type BodyOf<K extends keyof operations> = Json<NonNullable<operations[K]['requestBody']>>;
/** The query parameters of an operation. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

// ---- sessions, organisations, users ----
export type SessionUser = S['Session']['user'];
export type Role = S['User']['roles'][number];
export type OrganisationKind = S['Organisation']['kind'];

// ---- client file ----
export type Gender = S['Client']['gender'];
export type EducationLevel = S['Client']['educationLevel'];
export type BenefitType = S['Client']['benefitType'];
export type TargetGroup = S['Client']['targetGroups'][number];
export type Address = S['Client']['address'];
export type ClientListQuery = QueryOf<'listClients'>;

// ---- one-stop shop ----
export type SizeClass = S['Employer']['sizeClass'];
export type EmployerListQuery = QueryOf<'listEmployers'>;
export type ContactMomentKind = S['ContactMoment']['kind'];
export type Visibility = S['Vacancy']['visibility'];
export type VacancyStatus = S['Vacancy']['status'];
export type VacancyListQuery = QueryOf<'listVacancies'>;
export type CloseReason = S['VacancyClose']['reason'];
export type ProposalStatus = S['Proposal']['status'];
export type ContractType = S['Placement']['contractType'];
export type ResultsLevel = S['Results']['level'];
export type ResultsQuery = QueryOf<'getResults'>;

// ---- PRB and reports ----
export type PrbProposalStatus = S['PrbProposal']['status'];
export type PrbCostCategory = S['PrbCostLine']['category'];
export type PrbDecision = S['PrbDecisionInput']['decision'];
export type ReportGrouping = S['TrajectoryReport']['groupBy'];
export type TrajectoryReportQuery = QueryOf<'getTrajectoryReport'>;

// ---- routes to work: instruments, trajectories, provider assignments, polis, client portal ----
export type InstrumentKind = S['Instrument']['kind'];
export type CbsCategory = NonNullable<S['Instrument']['cbsCategory']>;
export type TrajectoryStatus = S['Trajectory']['status'];
export type TrajectoryOutcome = NonNullable<S['Trajectory']['outcome']>;
export type OutcomeContractType = NonNullable<S['Trajectory']['outcomeContractType']>;
export type TrajectoryListQuery = QueryOf<'listTrajectories'>;
export type PolisResponsible = S['PolisStep']['responsible'];
export type PolisVersionStatus = S['PolisVersion']['status'];
export type PolisParty = S['PolisSignature']['party'];
export type PortalProfile = ResponseOf<'getPortalProfile'>;
export type PortalAccountInput = BodyOf<'createClientPortalAccount'>;
export type PortalAccount = ResponseOf<'createClientPortalAccount', 201>;
export type PortalAccountStatus = ResponseOf<'getClientPortalAccount'>;
