/**
 * Compile-time check (no runtime code) that the hand-written types in types.ts still fit the types
 * generated from openapi.json: `tsc` fails here when the API and the web app drift apart.
 * Remove together with types.ts once the web app uses schema.d.ts directly.
 */
import type { components } from './schema.d.ts';
import type * as T from './types.ts';

type S = components['schemas'];
type Fits<A extends B, B> = [A, B];

// Responses: what the server sends fits what the web app reads (rungs are plain numbers in the schema).
export type ResponseChecks = [
  Fits<S['Client'], Omit<T.Client, 'latestLadder'> & { latestLadder: unknown }>,
  Fits<S['ClientSummary'], Omit<T.ClientSummary, 'latestRung'> & { latestRung: number | null }>,
  Fits<S['Consent'], T.Consent>,
  Fits<S['Organisation'], T.Organisation>,
  Fits<S['User'], T.User>,
  Fits<S['Session'], T.Session>,
  Fits<S['OidcProvider'], T.OidcProvider>,
  // one-stop shop
  Fits<S['Occupation'], T.Occupation>,
  Fits<S['OccupationDetail'], T.OccupationDetail>,
  Fits<S['Employer'], T.Employer>,
  Fits<S['EmployerPage'], T.Page<T.EmployerSummary>>,
  Fits<S['EmployerContact'], T.EmployerContact>,
  Fits<S['ContactMoment'], T.ContactMoment>,
  Fits<S['AgreementProgress'], T.AgreementProgress>,
  Fits<S['Vacancy'], T.Vacancy>,
  Fits<S['VacancyPage'], T.Page<T.Vacancy>>,
  Fits<S['PublicVacancyPage'], T.Page<T.PublicVacancy>>,
  Fits<S['PortalVacancy'], T.PortalVacancy>,
  Fits<S['Candidate'], T.Candidate>,
  Fits<S['VacancyMatch'], T.VacancyMatch>,
  Fits<S['Proposal'], T.Proposal>,
  Fits<S['PlacementCheck'], T.PlacementCheck>,
  Fits<S['PortalProposal'], T.PortalProposal>,
  Fits<S['Results'], T.Results>,
  // PRB and reports
  Fits<S['PrbProgrammeSummary'], T.PrbProgrammeSummary>,
  Fits<S['PrbProgramme'], T.PrbProgramme>,
  Fits<S['PrbParticipant'], T.PrbParticipant>,
  Fits<S['MyPrbParticipation'], T.MyPrbParticipation>,
  Fits<S['PrbProposal'], T.PrbProposal>,
  Fits<S['PrbCommitment'], T.PrbCommitment>,
  Fits<S['TrajectoryReport'], T.TrajectoryReport>,
  // trajectories, provider assignments, polis, client portal
  Fits<S['Instrument'], T.Instrument>,
  Fits<S['Trajectory'], T.Trajectory>,
  Fits<S['TrajectoryPage'], T.Page<T.Trajectory>>,
  Fits<S['ProgressReport'], T.TrajectoryProgressReport>,
  Fits<S['ProviderAssignment'], T.ProviderAssignmentSummary>,
  Fits<S['ProviderAssignmentDetail'], T.ProviderAssignment>,
  Fits<S['AssignmentClient'], T.AssignmentClient>,
  Fits<S['Polis'], T.Polis>,
  Fits<PortalOp<'getPortalProfile', 200>, T.PortalProfile>,
  Fits<PortalOp<'createClientPortalAccount', 201>, T.PortalAccount>,
  Fits<PortalOp<'getClientPortalAccount', 200>, T.PortalAccountStatus>,
];

// Requests: what the web app sends fits what the server accepts.
export type RequestChecks = [
  Fits<T.LoginInput, S['LoginInput']>,
  Fits<T.ClientInput, S['ClientInput']>,
  Fits<T.ClientPatch, S['ClientPatch']>,
  Fits<T.ConsentInput, S['ConsentInput']>,
  Fits<T.LadderAssessmentInput, S['LadderAssessmentInput']>,
  Fits<T.OrganisationCreateInput, S['OrganisationInput']>,
  Fits<T.OrganisationPatchInput, S['OrganisationPatch']>,
  Fits<T.UserCreateInput, S['UserInput']>,
  Fits<T.UserPatchInput, S['UserPatch']>,
  // one-stop shop
  Fits<T.EmployerInput, S['EmployerInput']>,
  Fits<Partial<Omit<T.EmployerInput, 'kvkNumber'>>, S['EmployerPatch']>,
  Fits<T.EmployerContactInput, S['EmployerContactInput']>,
  Fits<T.ContactMomentInput, S['ContactMomentInput']>,
  Fits<T.AgreementInput, S['AgreementInput']>,
  Fits<T.VacancyInput, S['VacancyInput']>,
  Fits<Partial<Omit<T.VacancyInput, 'employerId'>>, S['VacancyPatch']>,
  Fits<{ reason: T.CloseReason }, S['VacancyClose']>,
  Fits<T.ProposalInput, S['ProposalInput']>,
  Fits<T.ProposalPatch, S['ProposalPatch']>,
  Fits<T.PlacementCheckInput, S['PlacementCheckInput']>,
  // PRB and reports
  Fits<T.PrbProgrammeInput, S['PrbProgrammeInput']>,
  Fits<T.PrbAdmissionInput, S['PrbAdmissionInput']>,
  Fits<T.PrbProposalInput, S['PrbProposalInput']>,
  Fits<T.PrbProposalInput & { revision: number }, S['PrbProposalUpdate']>,
  Fits<T.PrbDecisionInput, S['PrbDecisionInput']>,
  Fits<T.PrbInvoiceInput, S['PrbInvoiceInput']>,
  // trajectories, provider assignments, polis, client portal
  Fits<T.InstrumentInput, S['InstrumentInput']>,
  Fits<T.InstrumentPatch, S['InstrumentPatch']>,
  Fits<T.TrajectoryInput, S['TrajectoryInput']>,
  Fits<T.TrajectoryCloseInput, S['TrajectoryCloseInput']>,
  Fits<T.TrajectoryProgressInput, S['ProgressReportInput']>,
  Fits<T.ProviderAssignmentInput, S['ProviderAssignmentInput']>,
  Fits<{ clientId: string }, S['AssignClientInput']>,
  Fits<T.PolisContent, S['PolisDraftInput']>,
  Fits<T.PolisDraftUpdate, S['PolisDraftUpdate']>,
  Fits<T.PolisContent & { changeNote: string }, S['PolisVersionInput']>,
  Fits<T.PolisSignInput, S['PolisSignInput']>,
  Fits<T.PortalAccountInput, PortalBody<'createClientPortalAccount'>>,
];

// Client-portal routes declare their bodies inline (no named schema).
type Ops = import('./schema.d.ts').operations;
type PortalOp<K extends keyof Ops, Status extends number> =
  Ops[K]['responses'] extends Record<Status, { content: { 'application/json': infer R } }> ? R : never;
type PortalBody<K extends keyof Ops> = Ops[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
