/**
 * Hand-written API types, checked against the zod schemas in src/modules/<module>/<module>.api.ts by types.conformance.ts.
 * Still hand-written (open work, ADR 0012): to be replaced with types derived from the generated web/src/api/schema.d.ts (openapi-typescript);
 * only web/src/api/ imports the wire format directly, so the swap happens here.
 */

// One list of roles and organisation kinds for server and web (src/kernel has no Node dependencies).
import type { OrganisationKind, Role } from '../../../src/kernel/roles.ts';
export { ROLES, ORGANISATION_KINDS, type Role, type OrganisationKind } from '../../../src/kernel/roles.ts';

export const GENDERS = ['man', 'vrouw', 'x', 'onbekend'] as const;
export type Gender = (typeof GENDERS)[number];

export const EDUCATION_LEVELS = ['geen', 'basisonderwijs', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'havo', 'vwo', 'hbo', 'wo'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const BENEFIT_TYPES = ['participatiewet', 'ww', 'wia_wao', 'wajong', 'geen'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const TARGET_GROUPS = ['banenafspraak', 'statushouder', 'vijftig_plus', 'jongere', 'alleenstaande_ouder'] as const;
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
// One-stop shop: reference data, employers, vacancies, matching, proposals, results.
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

// ---- PRB: personal re-integration budgets. Amounts out in cents, in as euro text. ----
export const PRB_PROPOSAL_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'returned'] as const;
export type PrbProposalStatus = (typeof PRB_PROPOSAL_STATUSES)[number];
export const PRB_COST_CATEGORIES = ['training', 'coaching', 'tools', 'travel', 'childcare', 'other'] as const;
export type PrbCostCategory = (typeof PRB_COST_CATEGORIES)[number];
export const PRB_DECISIONS = ['approve', 'reject', 'return'] as const;
export type PrbDecision = (typeof PRB_DECISIONS)[number];
/** A PRB trajectory is a trajectory: it closes with the same outcomes (closeTrajectory). */
export type PrbOutcome = TrajectoryOutcome;

export interface PrbProgrammeSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  cohortSize: number;
  admittedCount: number;
  placesLeft: number;
  maxBudgetPerClientCents: number;
  instrumentId: string;
  instrumentName: string | null;
  /** The signed-in user is a PRB advisor of this programme. */
  advising: boolean;
  createdAt: string;
}
export interface PrbAdvisor {
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  addedAt: string;
}
export interface PrbProgrammeCounts {
  admitted: number;
  running: number;
  closed: number;
  closedWithWork: number;
  droppedOut: number;
  committedCents: number;
  paidCents: number;
}
export type PrbTrajectoryStatus = TrajectoryStatus;
export interface PrbParticipantSummary {
  id: string;
  clientId: string;
  clientDisplayName: string;
  advisorName: string | null;
  admittedOn: string;
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  remainingCents: number;
  trajectoryId: string;
  /** Null when the trajectory cannot be read. */
  trajectoryStatus: PrbTrajectoryStatus | null;
  outcome: PrbOutcome | null;
  latestProposalStatus: PrbProposalStatus | null;
}
/** A programme; roles that see aggregates only (beleidsadviseur, functioneel beheerder) get counts, no participants. */
export interface PrbProgramme extends PrbProgrammeSummary {
  counts: PrbProgrammeCounts;
  advisors: PrbAdvisor[];
  participantsVisible: boolean;
  participants: PrbParticipantSummary[];
}
export interface PrbProgrammeInput {
  name: string;
  periodStart: string;
  periodEnd: string;
  cohortSize: number;
  /** Euros as typed ("5000", "5000,00"). */
  maxBudgetPerClient: string;
}
export interface PrbAdmissionInput {
  clientId: string;
  admittedOn: string;
  intakeNote?: string | null;
  advisorUserId?: string | null;
}
export interface PrbBudget {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  /** Budget minus committed: what can still be approved. */
  remainingCents: number;
}
export interface PrbCostLine {
  id: string;
  position: number;
  category: PrbCostCategory;
  supplier: string;
  description: string;
  amountCents: number;
}
export interface PrbProposal {
  id: string;
  participantId: string;
  programmeId: string;
  goal: string;
  status: PrbProposalStatus;
  totalCents: number;
  costLines: PrbCostLine[];
  createdAt: string;
  createdByName: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  /** The reason of the latest decision (reject / send back); the client sees it. */
  decisionReason: string | null;
  revision: number;
  /** The participant's budget at the time of the response. */
  budget: PrbBudget;
}
export interface PrbCostLineInput {
  category: PrbCostCategory;
  supplier: string;
  description: string;
  /** Euros as typed ("1250,50"). */
  amount: string;
}
export interface PrbProposalInput {
  goal: string;
  costLines: PrbCostLineInput[];
}
export interface PrbDecisionInput {
  decision: PrbDecision;
  reason?: string | null;
}
export interface PrbInvoice {
  id: string;
  invoiceNumber: string;
  invoiceDate: string;
  amountCents: number;
  recordedAt: string;
  recordedByName: string;
}
export interface PrbCommitment {
  id: string;
  proposalId: string;
  costLineId: string;
  supplier: string;
  description: string;
  amountCents: number;
  paidCents: number;
  /** Amount minus paid: what invoices may still take. */
  openCents: number;
  createdAt: string;
  invoices: PrbInvoice[];
  budget: PrbBudget;
}
export interface PrbInvoiceInput {
  invoiceNumber: string;
  invoiceDate: string;
  amount: string;
}
/** The client's own participation in the portal: budget, proposals with the reasons, commitments. */
export interface MyPrbParticipation extends PrbBudget {
  id: string;
  programmeId: string;
  programmeName: string;
  organisationId: string;
  organisationName: string;
  advisorUserId: string | null;
  advisorName: string | null;
  admittedOn: string;
  trajectoryId: string;
  /** Null when the trajectory cannot be read. */
  trajectoryStatus: PrbTrajectoryStatus | null;
  trajectoryStartDate: string | null;
  trajectoryPlannedEndDate: string | null;
  trajectoryEndDate: string | null;
  outcome: PrbOutcome | null;
  proposals: PrbProposal[];
  commitments: PrbCommitment[];
}
/** A participant as the klantmanager and the programme's advisors see it. */
export interface PrbParticipant extends MyPrbParticipation {
  clientId: string;
  clientDisplayName: string;
  intakeNote: string | null;
  admittedByName: string;
}

// ---- reports ----
export const REPORT_GROUPINGS = ['programme', 'instrument', 'provider'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];
export interface TrajectoryReportRow {
  /** Programme, instrument or provider id; null for the organisation's own trajectories and the total. */
  key: string | null;
  label: string;
  started: number;
  running: number;
  closed: number;
  closedWithWork: number;
  droppedOut: number;
  percentClosedWithWork: number | null;
  averageSpendCents: number | null;
  costPerPlacementCents: number | null;
  averageRungChange: number | null;
}
export interface TrajectoryReport {
  groupBy: ReportGrouping;
  from: string | null;
  to: string | null;
  rows: TrajectoryReportRow[];
  total: TrajectoryReportRow;
}
export interface TrajectoryReportQuery {
  groupBy: ReportGrouping;
  from?: string;
  to?: string;
}

// ---- routes to work: instruments, trajectories, provider assignments, polis, client portal.
// Mirrors src/modules/{trajectories,polis,client-portal}/*.api.ts. Amounts out in cents, in as euro text.
export const INSTRUMENT_KINDS = [
  'training',
  'job_coaching',
  'work_first',
  'wage_cost_subsidy',
  'volunteering',
  'debt_support',
  'prb',
  'other',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Service categories of the CBS Statistiek Re-integratie Gemeenten (codes of trajectories.rules.ts). */
export const CBS_CATEGORIES = [
  'loonkostensubsidie_pw',
  'forfaitaire_loonkostensubsidie',
  'tijdelijke_loonkostensubsidie',
  'wiw_id_baan',
  'beschut_werk',
  'detacheringsbaan',
  'participatieplaats',
  'proefplaatsing',
  'werkervaringsplaats',
  'jobcoaching',
  'werkplekvoorziening',
  'coaching_naar_werk',
  'coaching_naar_participatie',
  'scholing',
  'sociale_activering',
  'overig',
] as const;
export type CbsCategory = (typeof CBS_CATEGORIES)[number];

export interface Instrument {
  id: string;
  organisationId: string;
  name: string;
  kind: InstrumentKind;
  /** CBS service category (Statistiek Re-integratie Gemeenten), or null. */
  cbsCategory: CbsCategory | null;
  description: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface InstrumentInput {
  name: string;
  kind: InstrumentKind;
  cbsCategory?: CbsCategory | null;
  description?: string | null;
}
export interface InstrumentPatch {
  name?: string;
  cbsCategory?: CbsCategory | null;
  description?: string | null;
  active?: boolean;
}

export const TRAJECTORY_STATUSES = ['running', 'closed'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];
export const TRAJECTORY_OUTCOMES = ['work', 'education', 'other_instrument', 'no_result', 'dropped_out'] as const;
export type TrajectoryOutcome = (typeof TRAJECTORY_OUTCOMES)[number];
export const OUTCOME_CONTRACT_TYPES = ['permanent', 'temporary', 'on_call', 'self_employed'] as const;
export type OutcomeContractType = (typeof OUTCOME_CONTRACT_TYPES)[number];

export interface Trajectory {
  id: string;
  clientId: string;
  clientDisplayName: string;
  organisationId: string;
  organisationName: string;
  instrument: { id: string; name: string; kind: InstrumentKind; cbsCategory: CbsCategory | null };
  /** The provider running it; null when the municipality runs it itself. */
  provider: { id: string; name: string } | null;
  assignmentId: string | null;
  prbParticipantId: string | null;
  startDate: string;
  plannedEndDate: string;
  costCents: number;
  goalRung: number;
  rungBefore: number | null;
  rungAfter: number | null;
  status: TrajectoryStatus;
  endDate: string | null;
  outcome: TrajectoryOutcome | null;
  outcomeHours: number | null;
  outcomeContractType: OutcomeContractType | null;
  outcomeReason: string | null;
  createdAt: string;
  version: number;
}
export interface TrajectoryInput {
  instrumentId: string;
  providerOrganisationId?: string | null;
  assignmentId?: string | null;
  startDate: string;
  plannedEndDate: string;
  /** Euros as typed ("1250,50"); zero allowed. */
  cost: string;
  goalRung: number;
}
export interface TrajectoryCloseInput {
  endDate: string;
  outcome: TrajectoryOutcome;
  /** Required for work. */
  hoursPerWeek?: number | null;
  /** Required for work. */
  contractType?: OutcomeContractType | null;
  /** Required for dropped_out; a note for the other outcomes. */
  reason?: string | null;
}
export interface TrajectoryListQuery {
  status?: TrajectoryStatus;
  page?: number;
  pageSize?: number;
}
export interface TrajectoryProgressReport {
  id: string;
  trajectoryId: string;
  reportedOn: string;
  text: string;
  author: { id: string; name: string };
  authorOrganisation: { id: string; name: string };
  createdAt: string;
}
export interface TrajectoryProgressInput {
  reportedOn: string;
  text: string;
}

/** Results of an assignment; the municipality and the provider see the same figures. */
export interface AssignmentResults {
  started: number;
  running: number;
  toWork: number;
  droppedOut: number;
  spentCents: number;
  costPerPlacementCents: number | null;
}
export interface ProviderAssignmentSummary {
  id: string;
  /** The municipality that gave the assignment. */
  organisationId: string;
  organisationName: string;
  provider: { id: string; name: string };
  name: string;
  periodStart: string;
  periodEnd: string;
  budgetCents: number;
  targetStarted: number;
  targetToWork: number;
  targetMaxDropOutPercent: number | null;
  /** given: the viewer's organisation gave it; received: the viewer's organisation is the provider. */
  side: 'given' | 'received';
  activeClients: number;
  /** The same figures for the municipality and the provider. */
  results: AssignmentResults;
  createdAt: string;
  endedAt: string | null;
}
export interface AssignmentClient {
  clientId: string;
  displayName: string;
  assignedAt: string;
  endedAt: string | null;
}
export interface ProviderAssignment extends ProviderAssignmentSummary {
  /** Oldest first; null for roles that see aggregates only (beleidsadviseur, functioneel beheerder). */
  clients: AssignmentClient[] | null;
}
export interface ProviderAssignmentInput {
  providerOrganisationId: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  /** Euros as typed; zero allowed. */
  budget: string;
  targetStarted: number;
  targetToWork: number;
  targetMaxDropOutPercent?: number | null;
}

export const POLIS_RESPONSIBLES = ['client', 'municipality', 'provider'] as const;
export type PolisResponsible = (typeof POLIS_RESPONSIBLES)[number];
export const POLIS_VERSION_STATUSES = ['draft', 'signed', 'superseded'] as const;
export type PolisVersionStatus = (typeof POLIS_VERSION_STATUSES)[number];
export type PolisParty = 'client' | 'municipality';

export interface PolisStep {
  id: string;
  position: number;
  description: string;
  trajectoryId: string | null;
  trajectoryLabel: string | null;
  responsible: PolisResponsible;
  startDate: string;
  dueDate: string;
}
export interface PolisSignature {
  party: PolisParty;
  signerName: string;
  signedAt: string;
  contentHash: string;
}
export interface PolisVersion {
  id: string;
  versionNumber: number;
  status: PolisVersionStatus;
  municipalityObligations: string[];
  clientObligations: string[];
  goalRung: number;
  changeNote: string | null;
  steps: PolisStep[];
  signatures: PolisSignature[];
  contentHash: string | null;
  createdAt: string;
  createdByName: string;
  signedAt: string | null;
  revision: number;
}
export interface Polis {
  id: string;
  clientId: string;
  clientDisplayName: string;
  organisationName: string;
  /** Newest first. */
  versions: PolisVersion[];
}
export interface PolisStepInput {
  description: string;
  trajectoryId?: string | null;
  responsible: PolisResponsible;
  startDate: string;
  dueDate: string;
}
export interface PolisContent {
  municipalityObligations: string[];
  clientObligations: string[];
  goalRung: number;
  steps: PolisStepInput[];
  changeNote?: string | null;
}
export interface PolisDraftUpdate extends PolisContent {
  revision: number;
}
/** The revision the signer read: a draft changed since is refused (409). */
export interface PolisSignInput {
  revision?: number;
}

/** The client portal (werkzoekende): the own file. */
export interface PortalProfile {
  clientId: string;
  displayName: string;
  organisationName: string;
}
export interface PortalAccountInput {
  email: string;
  password: string;
}
export interface PortalAccount {
  userId: string;
  clientId: string;
  email: string;
}
export interface PortalAccountStatus {
  exists: boolean;
  email: string | null;
  linkedAt: string | null;
}
