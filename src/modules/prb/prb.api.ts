import { idempotencyKeyProblems } from './prb.rules.ts';
import { z } from 'zod';
import { emailField, isoDate, optionalText, positiveEurosField, text, uuidField } from '../../platform/http/fields.ts';
import { Rung } from '../ladder/index.ts';
import { OUTCOMES, TRAJECTORY_STATUSES } from '../trajectories/index.ts';
import { COST_CATEGORIES, DECISIONS, PROPOSAL_STATUSES } from './prb.rules.ts';

// Input: amounts in euros ("1250,50", "1250.5", 1250), turned into cents. ----------------------------

export const PrbProgrammeInput = z
  .strictObject({
    name: text(200),
    periodStart: isoDate,
    periodEnd: isoDate,
    cohortSize: z.number().int().min(1).max(10_000),
    /** Maximum budget per client, in euros. */
    maxBudgetPerClient: positiveEurosField,
    /** The catalogue instrument (kind 'prb') for the participants' trajectories; left out: the organisation's PRB instrument (created when missing). */
    instrumentId: uuidField.nullish().transform((v) => v ?? null),
  })
  .refine((v) => v.periodEnd >= v.periodStart, {
    message: 'Het einde van de looptijd ligt vóór het begin.',
    path: ['periodEnd'],
    params: { code: 'before_start' },
  })
  .meta({ id: 'PrbProgrammeInput' });
export type PrbProgrammeInput = z.output<typeof PrbProgrammeInput>;

export const PrbAdvisorInput = z.strictObject({ email: emailField }).meta({ id: 'PrbAdvisorInput' });
export type PrbAdvisorInput = z.output<typeof PrbAdvisorInput>;

export const PrbAdmissionInput = z
  .strictObject({
    clientId: uuidField,
    admittedOn: isoDate,
    intakeNote: optionalText(4000),
    /** A PRB advisor of this programme who helps the client. */
    advisorUserId: uuidField.nullish().transform((v) => v ?? null),
    /** Planned end of the PRB trajectory; default: the end of the programme. */
    plannedEndDate: isoDate.nullish().transform((v) => v ?? null),
    /** Goal rung on the participatieladder; default 6 (paid work without support). */
    goalRung: Rung.nullish().transform((v) => v ?? null),
  })
  .refine((v) => v.plannedEndDate === null || v.plannedEndDate >= v.admittedOn, {
    message: 'De geplande einddatum ligt vóór de datum van toelating.',
    path: ['plannedEndDate'],
    params: { code: 'before_start' },
  })
  .meta({ id: 'PrbAdmissionInput' });
export type PrbAdmissionInput = z.output<typeof PrbAdmissionInput>;

export const PrbCostLineInput = z
  .strictObject({
    category: z.enum(COST_CATEGORIES),
    supplier: text(200),
    description: text(1000),
    /** Euros, more than zero, at most two decimals. */
    amount: positiveEurosField,
  })
  .meta({ id: 'PrbCostLineInput' });

export const PrbProposalInput = z
  .strictObject({
    goal: text(4000),
    costLines: z.array(PrbCostLineInput).min(1).max(30),
  })
  .meta({ id: 'PrbProposalInput' });
export type PrbProposalInput = z.output<typeof PrbProposalInput>;

export const PrbProposalUpdate = z
  .strictObject({
    goal: text(4000),
    costLines: z.array(PrbCostLineInput).min(1).max(30),
    /** The revision the editor started from (optimistic locking). */
    revision: z.number().int().min(1),
  })
  .meta({ id: 'PrbProposalUpdate' });
export type PrbProposalUpdate = z.output<typeof PrbProposalUpdate>;

export const PrbDecisionInput = z
  .strictObject({
    decision: z.enum(DECISIONS),
    /** Required to reject or send back; the client sees it. */
    reason: optionalText(2000),
  })
  .refine((v) => v.decision === 'approve' || v.reason !== null, {
    message: 'Geef een reden; de cliënt ziet die.',
    path: ['reason'],
    params: { code: 'required' },
  })
  .meta({ id: 'PrbDecisionInput' });
export type PrbDecisionInput = z.output<typeof PrbDecisionInput>;

export const PrbInvoiceInput = z
  .strictObject({
    invoiceNumber: text(100),
    invoiceDate: isoDate,
    /** Euros, more than zero, at most two decimals. */
    amount: positiveEurosField,
  })
  .meta({ id: 'PrbInvoiceInput' });
export type PrbInvoiceInput = z.output<typeof PrbInvoiceInput>;

/** Only for the route layer: the optional query fallback of the Idempotency-Key header. */
/** The Idempotency-Key request header of a decision (required): a repeat with the same key has no second effect. */
export const PrbDecisionHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .transform((value, ctx) => {
      const [problem] = idempotencyKeyProblems(value);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem.reason, params: { code: problem.code } });
        return z.NEVER;
      }
      return value!;
    }),
});

// Output: amounts in cents. --------------------------------------------------------------------------

export const PrbBudget = z
  .object({
    budgetCents: z.number().int(),
    committedCents: z.number().int(),
    paidCents: z.number().int(),
    /** Budget minus committed: what can still be approved. */
    remainingCents: z.number().int(),
  })
  .meta({ id: 'PrbBudget' });
export type PrbBudget = z.input<typeof PrbBudget>;

export const PrbProgrammeSummary = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    name: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    cohortSize: z.number().int(),
    admittedCount: z.number().int(),
    placesLeft: z.number().int(),
    maxBudgetPerClientCents: z.number().int(),
    instrumentId: z.uuid(),
    instrumentName: z.string().nullable(),
    /** The signed-in user is a PRB advisor of this programme. */
    advising: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'PrbProgrammeSummary' });
export type PrbProgrammeSummary = z.input<typeof PrbProgrammeSummary>;

export const PrbAdvisor = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    addedAt: z.string(),
  })
  .meta({ id: 'PrbAdvisor' });

export const PrbProgrammeCounts = z
  .object({
    admitted: z.number().int(),
    running: z.number().int(),
    closed: z.number().int(),
    closedWithWork: z.number().int(),
    droppedOut: z.number().int(),
    committedCents: z.number().int(),
    paidCents: z.number().int(),
  })
  .meta({ id: 'PrbProgrammeCounts' });

export const PrbParticipantSummary = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    clientDisplayName: z.string(),
    advisorName: z.string().nullable(),
    admittedOn: z.string(),
    budgetCents: z.number().int(),
    committedCents: z.number().int(),
    paidCents: z.number().int(),
    remainingCents: z.number().int(),
    trajectoryId: z.uuid(),
    trajectoryStatus: z.enum(TRAJECTORY_STATUSES).nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    latestProposalStatus: z.enum(PROPOSAL_STATUSES).nullable(),
  })
  .meta({ id: 'PrbParticipantSummary' });
export type PrbParticipantSummary = z.input<typeof PrbParticipantSummary>;

export const PrbProgramme = PrbProgrammeSummary.extend({
  counts: PrbProgrammeCounts,
  advisors: z.array(PrbAdvisor),
  /** False for roles that see aggregates only (beleidsadviseur, functioneel beheerder): participants is then empty. */
  participantsVisible: z.boolean(),
  participants: z.array(PrbParticipantSummary),
}).meta({ id: 'PrbProgramme' });
export type PrbProgramme = z.input<typeof PrbProgramme>;

export const PrbCostLine = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    category: z.enum(COST_CATEGORIES),
    supplier: z.string(),
    description: z.string(),
    amountCents: z.number().int(),
  })
  .meta({ id: 'PrbCostLine' });

export const PrbProposal = z
  .object({
    id: z.uuid(),
    participantId: z.uuid(),
    programmeId: z.uuid(),
    goal: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    totalCents: z.number().int(),
    costLines: z.array(PrbCostLine),
    createdAt: z.string(),
    createdByName: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedByName: z.string().nullable(),
    /** The reason of the latest decision (reject / send back); the client sees it. */
    decisionReason: z.string().nullable(),
    revision: z.number().int(),
    /** The participant's budget at the time of this response. */
    budget: PrbBudget,
  })
  .meta({ id: 'PrbProposal' });
export type PrbProposal = z.input<typeof PrbProposal>;

export const PrbInvoice = z
  .object({
    id: z.uuid(),
    invoiceNumber: z.string(),
    invoiceDate: z.string(),
    amountCents: z.number().int(),
    recordedAt: z.string(),
    recordedByName: z.string(),
  })
  .meta({ id: 'PrbInvoice' });
export type PrbInvoice = z.input<typeof PrbInvoice>;

export const PrbCommitment = z
  .object({
    id: z.uuid(),
    proposalId: z.uuid(),
    costLineId: z.uuid(),
    supplier: z.string(),
    description: z.string(),
    amountCents: z.number().int(),
    paidCents: z.number().int(),
    /** Amount minus paid: what invoices may still take. */
    openCents: z.number().int(),
    createdAt: z.string(),
    invoices: z.array(PrbInvoice),
    /** The participant's budget at the time of this response. */
    budget: PrbBudget,
  })
  .meta({ id: 'PrbCommitment' });
export type PrbCommitment = z.input<typeof PrbCommitment>;

const participantFields = {
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  advisorUserId: z.uuid().nullable(),
  advisorName: z.string().nullable(),
  admittedOn: z.string(),
  budgetCents: z.number().int(),
  committedCents: z.number().int(),
  paidCents: z.number().int(),
  remainingCents: z.number().int(),
  trajectoryId: z.uuid(),
  /** Null when the trajectory cannot be read. */
  trajectoryStatus: z.enum(TRAJECTORY_STATUSES).nullable(),
  trajectoryStartDate: z.string().nullable(),
  trajectoryPlannedEndDate: z.string().nullable(),
  trajectoryEndDate: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  proposals: z.array(PrbProposal),
  commitments: z.array(PrbCommitment),
};

export const PrbParticipant = z
  .object({
    ...participantFields,
    clientId: z.uuid(),
    clientDisplayName: z.string(),
    intakeNote: z.string().nullable(),
    admittedByName: z.string(),
  })
  .meta({ id: 'PrbParticipant' });
export type PrbParticipant = z.input<typeof PrbParticipant>;

/** The client's own participation in the portal: the same figures, no intake note. */
export const MyPrbParticipation = z.object(participantFields).meta({ id: 'MyPrbParticipation' });
export type MyPrbParticipation = z.input<typeof MyPrbParticipation>;
