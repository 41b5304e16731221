/**
 * Hand-written API types mirroring /work/notes/contract.md (checked against the zod schemas in src/modules/<module>/<module>.api.ts).
 * TODO(lead): replace with types derived from the generated web/src/api/schema.d.ts (openapi-typescript);
 * only web/src/api/ imports the wire format directly, so the swap happens here.
 */

// One list of roles and organisation kinds for server and web (src/kernel has no Node dependencies).
import type { OrganisationKind, Role } from '../../../src/kernel/roles.ts';
export { ROLES, ORGANISATION_KINDS, type Role, type OrganisationKind } from '../../../src/kernel/roles.ts';

export const GENDERS = ['man', 'vrouw', 'x', 'onbekend'] as const;
export type Gender = (typeof GENDERS)[number];

export const EDUCATION_LEVELS = [
  'geen',
  'basisonderwijs',
  'vmbo',
  'mbo1',
  'mbo2',
  'mbo3',
  'mbo4',
  'havo',
  'vwo',
  'hbo',
  'wo',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const BENEFIT_TYPES = ['participatiewet', 'ww', 'wia_wao', 'wajong', 'geen'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const TARGET_GROUPS = [
  'banenafspraak',
  'statushouder',
  'vijftig_plus',
  'jongere',
  'alleenstaande_ouder',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const RUNGS = [1, 2, 3, 4, 5, 6] as const;
export type Rung = (typeof RUNGS)[number];

/** application/problem+json */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  invalidParams?: InvalidParam[];
}

export interface OrganisationRef {
  id: string;
  name: string;
  /** An OrganisationKind; typed loosely because the session schema declares a plain string. */
  kind: OrganisationKind | (string & {});
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisation: OrganisationRef;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface OidcProvider {
  id: string;
  name: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  cbsCode: string | null;
  region: string | null;
  active: boolean;
}
export interface OrganisationCreateInput {
  name: string;
  kind: OrganisationKind;
  cbsCode?: string | null;
  region?: string | null;
}
export interface OrganisationPatchInput {
  name?: string;
  active?: boolean;
  region?: string | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisationId: string;
  organisationName: string;
  active: boolean;
  lastLoginAt: string | null;
}
export interface UserCreateInput {
  email: string;
  name: string;
  organisationId: string;
  roles: Role[];
  password: string;
}
export interface UserPatchInput {
  name?: string;
  roles?: Role[];
  active?: boolean;
  password?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ClientSummary {
  id: string;
  displayName: string;
  dateOfBirth: string;
  postcode: string;
  city: string;
  benefitType: BenefitType;
  bsnMasked: string;
  latestRung: Rung | null;
  organisationName: string;
  shared: boolean;
}

export interface ClientListQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  postcode?: string;
}

/** Request shape of an address (optional text may be null to clear it). */
export interface AddressInput {
  street: string;
  houseNumber: number;
  houseNumberAddition?: string | null;
  postcode: string;
  city: string;
}

/** POST /clients body. The server trims text, normalises the postcode and lower-cases the e-mail address. */
export interface ClientInput {
  bsn: string;
  firstName: string;
  surnamePrefix?: string | null;
  surname: string;
  dateOfBirth: string;
  gender: Gender;
  email?: string | null;
  phone?: string | null;
  address: AddressInput;
  educationLevel: EducationLevel;
  benefitType: BenefitType;
  hoursAvailable: number;
  drivingLicence: boolean;
  maxTravelKm: number;
  languages: string[];
  targetGroups: TargetGroup[];
  healthLimitations?: string | null;
  /** Matching: wanted occupations (ESCO URIs, each must exist), skills as free tags, available from (null: now). */
  wantedOccupationUris: string[];
  skills?: string[];
  availableFrom?: string | null;
}

/**
 * PATCH /clients/{id} body: any subset of ClientInput plus the version read (optimistic lock).
 * languages and targetGroups are required: the server defaults missing ones to [] (openapi.json agrees).
 */
export type ClientPatch = Partial<ClientInput> & { languages: string[]; targetGroups: TargetGroup[]; version: number };

export interface PersonRef {
  id: string;
  name: string;
}

export interface LadderAssessment {
  id: string;
  rung: Rung;
  growthPotential: Rung;
  assessedOn: string;
  assessor: PersonRef;
  notes: string | null;
  createdAt: string;
}
export interface LadderAssessmentInput {
  rung: number;
  growthPotential: number;
  assessedOn: string;
  notes?: string | null;
}

export interface Address {
  street: string;
  houseNumber: number;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
}

export interface Client {
  id: string;
  organisationId: string;
  organisationName: string;
  /** True when the viewer's organisation sees this file through the client's consent (read-only). */
  shared: boolean;
  bsn: string;
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
  displayName: string;
  dateOfBirth: string;
  gender: Gender;
  email: string | null;
  phone: string | null;
  address: Address;
  educationLevel: EducationLevel;
  benefitType: BenefitType;
  hoursAvailable: number;
  drivingLicence: boolean;
  maxTravelKm: number;
  languages: string[];
  targetGroups: TargetGroup[];
  /** Present only for roles that may see health data (klantmanager, jobcoach); absent, not null, otherwise. */
  healthLimitations?: string | null;
  wantedOccupationUris: string[];
  /** The ISCO-08 unit group of each wanted occupation, in the same order (derived). */
  wantedIscoCodes: string[];
  skills: string[];
  availableFrom: string | null;
  caseManager: PersonRef | null;
  latestLadder: LadderAssessment | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Consent {
  id: string;
  organisationId: string;
  organisationName: string;
  grantedAt: string;
  /** Name of the user who recorded it. */
  grantedBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  note: string | null;
}
export interface ConsentInput {
  organisationId: string;
  note?: string | null;
}

// ---------------------------------------------------------------------------------------------
// One-stop shop (issue 3): reference data, employers, vacancies, matching, proposals, results.
// Mirrors src/modules/{refdata,employers,vacancies,matching,placements,results}/*.api.ts.

export interface Occupation {
  uri: string;
  code: string;
  iscoCode: string;
  /** Dutch preferred label. */
  label: string;
  /** The alternative label that matched the search, when it was not the preferred label. */
  matchedLabel: string | null;
}

export interface IscoGroup {
  code: string;
  /** 1 major group, 2 sub-major, 3 minor, 4 unit group. */
  level: number;
  label: string;
}

export interface OccupationDetail {
  uri: string;
  code: string;
  iscoCode: string;
  label: string;
  altLabels: string[];
  unitGroup: IscoGroup | null;
  minorGroup: IscoGroup | null;
  subMajorGroup: IscoGroup | null;
  majorGroup: IscoGroup | null;
}

export const SIZE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export interface EmployerAddress {
  street: string;
  houseNumber: number;
  postcode: string;
  city: string;
}

export interface EmployerLead {
  userId: string;
  userName: string;
  organisationId: string;
  organisationName: string;
  since: string;
}

export interface EmployerSummary {
  id: string;
  name: string;
  kvkNumber: string;
  sbiCode: string;
  sizeClass: SizeClass;
  city: string;
  /** The one lead account manager across all partner organisations, or null. */
  lead: EmployerLead | null;
}

export interface EmployerContact {
  id: string;
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
}

export interface AgreementProgress {
  id: string;
  description: string;
  targetPlacements: number;
  periodStart: string;
  periodEnd: string;
  /** Placed candidates for this employer's vacancies with a start date in the period. */
  placements: number;
  organisationId: string;
  organisationName: string;
}

export interface Employer extends EmployerSummary {
  address: EmployerAddress;
  contacts: EmployerContact[];
  agreements: AgreementProgress[];
  registeredByOrganisationName: string;
  createdAt: string;
}

export interface EmployerListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface EmployerInput {
  kvkNumber: string;
  name: string;
  sbiCode: string;
  sizeClass: SizeClass;
  address: EmployerAddress;
}

export interface EmployerContactInput {
  name: string;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
}

export const CONTACT_MOMENT_KINDS = ['bezoek', 'telefoon', 'email'] as const;
export type ContactMomentKind = (typeof CONTACT_MOMENT_KINDS)[number];

export interface ContactMoment {
  id: string;
  kind: ContactMomentKind;
  occurredOn: string;
  notes: string;
  organisationId: string;
  organisationName: string;
  userId: string;
  userName: string;
  createdAt: string;
}
export interface ContactMomentInput {
  kind: ContactMomentKind;
  occurredOn: string;
  notes: string;
}

export interface AgreementInput {
  description: string;
  targetPlacements: number;
  periodStart: string;
  periodEnd: string;
}

export const VISIBILITIES = ['own', 'region', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VACANCY_STATUSES = ['open', 'filled', 'withdrawn'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export interface Vacancy {
  id: string;
  employerId: string;
  employerName: string;
  organisationId: string;
  organisationName: string;
  /** True when the viewer's organisation registered the vacancy (and may change it). */
  own: boolean;
  regionCode: string | null;
  occupationUri: string;
  occupationLabel: string | null;
  iscoCode: string;
  title: string;
  description: string | null;
  hoursPerWeek: number;
  postcode: string;
  city: string | null;
  positions: number;
  educationLevel: EducationLevel | null;
  drivingLicenceRequired: boolean;
  skills: string[];
  startDate: string | null;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  visibility: Visibility;
  status: VacancyStatus;
  openedAt: string;
  filledAt: string | null;
}

export interface VacancyListQuery {
  status?: VacancyStatus;
  employerId?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface VacancyInput {
  employerId: string;
  occupationUri: string;
  title: string;
  description?: string | null;
  hoursPerWeek: number;
  postcode: string;
  positions: number;
  educationLevel?: EducationLevel | null;
  drivingLicenceRequired: boolean;
  skills: string[];
  startDate?: string | null;
  wageMinCents?: number | null;
  wageMaxCents?: number | null;
  visibility: Visibility;
}

export const CLOSE_REASONS = ['vervuld', 'ingetrokken'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** A vacancy as the public vacancy site shows it (no login): only what is safe for anyone to see. */
export interface PublicVacancy {
  id: string;
  title: string;
  occupationLabel: string | null;
  employerName: string;
  city: string | null;
  hoursPerWeek: number;
  startDate: string | null;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  description: string | null;
  publishedAt: string;
}

/** A vacancy as the employer sees it in the employer portal. */
export interface PortalVacancy {
  id: string;
  title: string;
  occupationLabel: string | null;
  hoursPerWeek: number;
  city: string | null;
  positions: number;
  startDate: string | null;
  status: VacancyStatus;
  openedAt: string;
  filledAt: string | null;
  /** Number of candidates proposed to this employer for the vacancy. */
  proposals: number;
}

export const MATCH_PART_KEYS = ['occupation', 'distance', 'hours', 'education', 'drivingLicence', 'skills', 'availability'] as const;
export type MatchPartKey = (typeof MATCH_PART_KEYS)[number];

export interface MatchPart {
  key: MatchPartKey | (string & {});
  points: number;
  max: number;
  /** Plain Dutch, e.g. "zelfde beroepsgroep (ISCO 9112)". */
  explanation: string;
}

export interface Candidate {
  clientId: string;
  displayName: string;
  score: number;
  parts: MatchPart[];
}

export interface VacancyMatch {
  vacancyId: string;
  title: string;
  employerName?: string | null;
  score: number;
  parts: MatchPart[];
}

export const PROPOSAL_STATUSES = ['proposed', 'interview', 'placed', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const CONTRACT_TYPES = ['vast', 'tijdelijk', 'uitzend', 'proefplaatsing'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export interface Placement {
  contractType: ContractType;
  hours: number;
  startDate: string;
  wageSubsidy: boolean;
  jobCoaching: boolean;
}

export interface PlacementCheck {
  id: string;
  months: number;
  checkedOn: string;
  stillWorking: boolean;
  notes: string | null;
  createdAt: string;
}

export interface Proposal {
  id: string;
  vacancyId: string;
  /** Null when the vacancy is no longer visible to the viewer's organisation. */
  vacancyTitle: string | null;
  employerName: string | null;
  clientId: string;
  /** Null when the viewer may not (or no longer) see the client file. */
  clientDisplayName: string | null;
  organisationId: string;
  organisationName: string;
  status: ProposalStatus;
  introductionConsent: boolean;
  rejectionReason: string | null;
  matchScore: number | null;
  proposedAt: string;
  proposedBy: PersonRef;
  updatedAt: string;
  placement: Placement | null;
  checks: PlacementCheck[];
}

export interface ProposalInput {
  clientId: string;
  introductionConsent: boolean;
}

export interface ProposalPatch {
  status: 'interview' | 'placed' | 'rejected';
  rejectionReason?: string | null;
  placement?: Placement;
}

export interface PlacementCheckInput {
  months: 6 | 12;
  checkedOn: string;
  stillWorking: boolean;
  notes?: string | null;
}

/** A proposal as the employer sees it in the portal: a pseudonym until the client agreed to be introduced. */
export interface PortalProposal {
  id: string;
  vacancyId: string;
  vacancyTitle: string | null;
  candidateLabel: string;
  matchScore: number | null;
  status: ProposalStatus;
  hoursAvailable: number | null;
  educationLevel: EducationLevel | null;
  city: string | null;
  proposedAt: string;
  introduced: boolean;
  /** Only after the client agreed to be introduced. */
  name?: string;
  email?: string | null;
  phone?: string | null;
}

export const RESULT_LEVELS = ['organisation', 'region'] as const;
export type ResultsLevel = (typeof RESULT_LEVELS)[number];

export interface ResultsQuery {
  from?: string;
  to?: string;
  level?: ResultsLevel;
}

export interface CheckFigures {
  /** Placements whose check moment has come. */
  due: number;
  checked: number;
  stillWorking: number;
}

export interface ResultFigures {
  vacanciesOpened: number;
  vacanciesFilled: number;
  medianDaysToFill: number | null;
  proposals: number;
  placements: number;
  after6Months: CheckFigures;
  after12Months: CheckFigures;
}

export interface Results {
  level: ResultsLevel;
  from: string;
  to: string;
  regionCode: string | null;
  organisations: { organisationId: string; organisationName: string; figures: ResultFigures }[];
  total: ResultFigures;
}
