import { z } from 'zod';
import { isoDate, optionalText, pastOrTodayDate, uuidField } from '../../platform/http/fields.ts';
import { EDUCATION_LEVELS } from '../clients/index.ts';

export const PROPOSAL_STATUSES = ['proposed', 'interview', 'placed', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const CONTRACT_TYPES = ['vast', 'tijdelijk', 'uitzend', 'proefplaatsing'] as const;

export const ProposalInput = z
  .strictObject({
    clientId: uuidField,
    /** The client agreed to be introduced to the employer by name (otherwise the employer sees a pseudonym). */
    introductionConsent: z.boolean().default(false),
  })
  .meta({ id: 'ProposalInput' });
export type ProposalInput = z.output<typeof ProposalInput>;

export const PlacementInput = z
  .strictObject({
    contractType: z.enum(CONTRACT_TYPES),
    hours: z.number().int().min(1).max(60),
    startDate: isoDate,
    /** Loonkostensubsidie applies. */
    wageSubsidy: z.boolean(),
    /** Jobcoaching applies. */
    jobCoaching: z.boolean(),
  })
  .meta({ id: 'PlacementInput' });
export type PlacementInput = z.output<typeof PlacementInput>;

export const ProposalPatch = z
  .strictObject({
    status: z.enum(['interview', 'placed', 'rejected']),
    rejectionReason: optionalText(1000),
    placement: PlacementInput.optional(),
  })
  .meta({ id: 'ProposalPatch' });
export type ProposalPatch = z.output<typeof ProposalPatch>;

export const PlacementCheckInput = z
  .strictObject({
    months: z.literal([6, 12]),
    checkedOn: pastOrTodayDate,
    stillWorking: z.boolean(),
    notes: optionalText(2000),
  })
  .meta({ id: 'PlacementCheckInput' });
export type PlacementCheckInput = z.output<typeof PlacementCheckInput>;

export const PlacementCheck = z
  .object({
    id: z.uuid(),
    months: z.number().int(),
    checkedOn: z.string(),
    stillWorking: z.boolean(),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'PlacementCheck' });
export type PlacementCheck = z.input<typeof PlacementCheck>;

export const Placement = z
  .object({
    contractType: z.enum(CONTRACT_TYPES),
    hours: z.number().int(),
    startDate: z.string(),
    wageSubsidy: z.boolean(),
    jobCoaching: z.boolean(),
  })
  .meta({ id: 'Placement' });

export const Proposal = z
  .object({
    id: z.uuid(),
    vacancyId: z.uuid(),
    /** Null when the vacancy is no longer visible to the viewer's organisation. */
    vacancyTitle: z.string().nullable(),
    employerName: z.string().nullable(),
    clientId: z.uuid(),
    /** Null when the viewer may not (or no longer) see the client file. */
    clientDisplayName: z.string().nullable(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    introductionConsent: z.boolean(),
    rejectionReason: z.string().nullable(),
    matchScore: z.number().int().nullable(),
    proposedAt: z.string(),
    proposedBy: z.object({ id: z.uuid(), name: z.string() }),
    updatedAt: z.string(),
    placement: Placement.nullable(),
    checks: z.array(PlacementCheck),
  })
  .meta({ id: 'Proposal' });
export type Proposal = z.input<typeof Proposal>;

/**
 * A candidate as the employer sees it in the employer portal: a stable pseudonym and what matters for the
 * job. Name and contact details are present only after the client agreed to be introduced; BSN never.
 */
export const PortalProposal = z
  .object({
    id: z.uuid(),
    vacancyId: z.uuid(),
    vacancyTitle: z.string().nullable(),
    candidateLabel: z.string(),
    matchScore: z.number().int().nullable(),
    status: z.enum(PROPOSAL_STATUSES),
    hoursAvailable: z.number().int().nullable(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
    city: z.string().nullable(),
    proposedAt: z.string(),
    introduced: z.boolean(),
    name: z.string().optional(),
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
  })
  .meta({ id: 'PortalProposal' });
export type PortalProposal = z.input<typeof PortalProposal>;
