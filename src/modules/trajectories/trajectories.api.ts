import { z } from 'zod';
import { isoDate, nonNegativeEurosField, optionalText, pastOrTodayDate, text, uuidField } from '../../platform/http/fields.ts';
import { Rung } from '../ladder/index.ts';
import { CBS_CATEGORY_CODES, CONTRACT_TYPES, INSTRUMENT_KINDS, OUTCOMES, TRAJECTORY_STATUSES } from './trajectories.rules.ts';

// Instruments ---------------------------------------------------------------------------------------

export const Instrument = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    kind: z.enum(INSTRUMENT_KINDS),
    cbsCategory: z.enum(CBS_CATEGORY_CODES).nullable(),
    description: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Instrument' });
export type Instrument = z.input<typeof Instrument>;

export const InstrumentListQuery = z.strictObject({
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const InstrumentInput = z
  .strictObject({
    name: text(200),
    kind: z.enum(INSTRUMENT_KINDS),
    cbsCategory: z
      .enum(CBS_CATEGORY_CODES)
      .nullish()
      .transform((v) => v ?? null),
    description: optionalText(2000),
  })
  .meta({ id: 'InstrumentInput' });
export type InstrumentInput = z.output<typeof InstrumentInput>;

/** Only the fields present change; the kind is fixed once created. */
export const InstrumentPatch = z
  .strictObject({
    name: text(200).optional(),
    cbsCategory: z.enum(CBS_CATEGORY_CODES).nullable().optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'InstrumentPatch' });
export type InstrumentPatch = z.output<typeof InstrumentPatch>;

// Trajectories --------------------------------------------------------------------------------------

export const TrajectoryInput = z
  .strictObject({
    instrumentId: uuidField,
    /** The provider running it; left out when the municipality runs it itself (or taken from the assignment). */
    providerOrganisationId: uuidField.nullish().transform((v) => v ?? null),
    /** The provider assignment it runs under; the client is assigned to the provider with it if not yet. */
    assignmentId: uuidField.nullish().transform((v) => v ?? null),
    startDate: isoDate,
    plannedEndDate: isoDate,
    /** Euros, zero allowed. */
    cost: nonNegativeEurosField,
    goalRung: Rung,
  })
  .refine((v) => v.plannedEndDate >= v.startDate, {
    message: 'De geplande einddatum ligt vóór de startdatum.',
    path: ['plannedEndDate'],
    params: { code: 'before_start' },
  })
  .meta({ id: 'TrajectoryInput' });
export type TrajectoryInput = z.output<typeof TrajectoryInput>;

export const TrajectoryCloseInput = z
  .strictObject({
    endDate: pastOrTodayDate,
    outcome: z.enum(OUTCOMES),
    /** Required for work. */
    hoursPerWeek: z.number().int().min(1).max(60).nullish(),
    /** Required for work. */
    contractType: z.enum(CONTRACT_TYPES).nullish(),
    /** Required for dropped_out; a note for the other outcomes. */
    reason: optionalText(2000),
  })
  .meta({ id: 'TrajectoryCloseInput' });
export type TrajectoryCloseInput = z.output<typeof TrajectoryCloseInput>;

export const Trajectory = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    clientDisplayName: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    instrument: z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(INSTRUMENT_KINDS),
      cbsCategory: z.enum(CBS_CATEGORY_CODES).nullable(),
    }),
    provider: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    assignmentId: z.uuid().nullable(),
    prbParticipantId: z.uuid().nullable(),
    startDate: z.string(),
    plannedEndDate: z.string(),
    costCents: z.number().int(),
    goalRung: z.number().int(),
    /** Rung of the latest ladder assessment on or before the start. */
    rungBefore: z.number().int().nullable(),
    /** Rung of the latest ladder assessment on or before the end (set when closed). */
    rungAfter: z.number().int().nullable(),
    status: z.enum(TRAJECTORY_STATUSES),
    endDate: z.string().nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    outcomeHours: z.number().int().nullable(),
    outcomeContractType: z.enum(CONTRACT_TYPES).nullable(),
    outcomeReason: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Trajectory' });
export type Trajectory = z.input<typeof Trajectory>;

export const TrajectoryListQuery = z.strictObject({
  status: z.enum(TRAJECTORY_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TrajectoryListQuery = z.output<typeof TrajectoryListQuery>;

export const TrajectoryPage = z
  .object({ items: z.array(Trajectory), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'TrajectoryPage' });

export const ProgressReportInput = z
  .strictObject({
    reportedOn: pastOrTodayDate,
    text: text(4000),
  })
  .meta({ id: 'ProgressReportInput' });
export type ProgressReportInput = z.output<typeof ProgressReportInput>;

export const ProgressReport = z
  .object({
    id: z.uuid(),
    trajectoryId: z.uuid(),
    reportedOn: z.string(),
    text: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }),
    authorOrganisation: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
  })
  .meta({ id: 'ProgressReport' });
export type ProgressReport = z.input<typeof ProgressReport>;

// Provider assignments ------------------------------------------------------------------------------

export const ProviderAssignmentInput = z
  .strictObject({
    providerOrganisationId: uuidField,
    name: text(200),
    periodStart: isoDate,
    periodEnd: isoDate,
    /** Euros, zero allowed. */
    budget: nonNegativeEurosField,
    targetStarted: z.number().int().min(0).max(100000),
    targetToWork: z.number().int().min(0).max(100000),
    /** Highest acceptable drop-out, in whole percent of the started trajectories. */
    targetMaxDropOutPercent: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((v) => v.periodEnd >= v.periodStart, {
    message: 'Het einde van de looptijd ligt vóór het begin.',
    path: ['periodEnd'],
    params: { code: 'before_start' },
  })
  .meta({ id: 'ProviderAssignmentInput' });
export type ProviderAssignmentInput = z.output<typeof ProviderAssignmentInput>;

export const AssignmentResults = z
  .object({
    started: z.number().int(),
    running: z.number().int(),
    toWork: z.number().int(),
    droppedOut: z.number().int(),
    spentCents: z.number().int(),
    costPerPlacementCents: z.number().int().nullable(),
  })
  .meta({ id: 'AssignmentResults' });

export const AssignmentClient = z
  .object({
    clientId: z.uuid(),
    displayName: z.string(),
    assignedAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .meta({ id: 'AssignmentClient' });
export type AssignmentClient = z.input<typeof AssignmentClient>;

const assignmentFields = {
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  provider: z.object({ id: z.uuid(), name: z.string() }),
  name: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  budgetCents: z.number().int(),
  targetStarted: z.number().int(),
  targetToWork: z.number().int(),
  targetMaxDropOutPercent: z.number().int().nullable(),
  /** given: the caller's organisation gave it (municipality); received: the caller is the provider. */
  side: z.enum(['given', 'received']),
  activeClients: z.number().int(),
  /** The same figures for the municipality and the provider (trajectories run under this assignment). */
  results: AssignmentResults,
  createdAt: z.string(),
  endedAt: z.string().nullable(),
};

export const ProviderAssignment = z.object(assignmentFields).meta({ id: 'ProviderAssignment' });
export type ProviderAssignment = z.input<typeof ProviderAssignment>;

export const ProviderAssignmentDetail = z
  .object({
    ...assignmentFields,
    /**
     * Assigned clients, oldest first. Null for roles that see aggregates only (beleidsadviseur,
     * functioneel beheerder). The provider sees only the clients currently assigned.
     */
    clients: z.array(AssignmentClient).nullable(),
  })
  .meta({ id: 'ProviderAssignmentDetail' });
export type ProviderAssignmentDetail = z.input<typeof ProviderAssignmentDetail>;

export const AssignClientInput = z.strictObject({ clientId: uuidField }).meta({ id: 'AssignClientInput' });

export const AssignmentClientParams = z.strictObject({ id: uuidField, clientId: uuidField });
