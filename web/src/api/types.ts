/**
 * Hand-written API types mirroring /work/notes/contract.md (checked against the zod schemas in src/modules/<module>/<module>.api.ts).
 * TODO(lead): replace with types derived from the generated web/src/api/schema.d.ts (openapi-typescript);
 * only web/src/api/ imports the wire format directly, so the swap happens here.
 */

export const ROLES = [
  'klantmanager',
  'werkgeversadviseur',
  'jobcoach',
  'prb_werkadviseur',
  'nazorgcoordinator',
  'uitvoeringsbureau',
  'contractmanager_social_return',
  'beleidsadviseur',
  'functioneel_beheerder',
  'werkzoekende',
  'werkgever',
  'inlener',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'platform',
  'gemeente',
  'uwv',
  're_integratiebedrijf',
  'uitzendbureau',
  'werkgever',
  'non_profit',
  'penitentiaire_inrichting',
  'onderwijsinstelling',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

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
