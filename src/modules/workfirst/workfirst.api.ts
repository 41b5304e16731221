import { z } from 'zod';
import { isoDate, optionalText, text, uuidField } from '../../platform/http/fields.ts';
import {
  ADVICE_KINDS,
  APPLICATION_OUTCOMES,
  MEASURE_STATUSES,
  OFFENCE_CATEGORIES,
  PLACEMENT_STATUSES,
  PROVIDER_KINDS,
} from './workfirst.rules.ts';

const hours = z.number({ message: 'Vul een aantal uren in.' }).min(0, { message: 'Het aantal uren kan niet negatief zijn.' }).max(168);
const nullableDate = isoDate.nullish().transform((v) => v ?? null);

export const ClientParams = z.strictObject({ id: uuidField });
export const ApplicationParams = z.strictObject({ id: uuidField, applicationId: uuidField });
export const SearchWeekParams = z.strictObject({ id: uuidField, applicationId: uuidField, weekStart: isoDate });
export const PlacementParams = z.strictObject({ id: uuidField, placementId: uuidField });
export const AttendanceParams = z.strictObject({ id: uuidField, placementId: uuidField, weekStart: isoDate });
export const MeasureParams = z.strictObject({ id: uuidField, measureId: uuidField });
export const RegulationParams = z.strictObject({ validFrom: isoDate });

export const ApplicationInput = z
  .strictObject({
    reportedOn: isoDate,
    submittedOn: nullableDate,
  })
  .meta({ id: 'WorkfirstApplicationInput' });
export type ApplicationInput = z.output<typeof ApplicationInput>;

export const ApplicationPatch = z
  .strictObject({
    submittedOn: nullableDate.optional(),
    decidedOn: nullableDate.optional(),
    outcome: z.enum(APPLICATION_OUTCOMES).nullable().optional(),
    /** The day the client started paid work (outflow), once known. */
    workStartedOn: nullableDate.optional(),
  })
  .meta({ id: 'WorkfirstApplicationPatch' });
export type ApplicationPatch = z.output<typeof ApplicationPatch>;

export const SearchWeekInput = z
  .strictObject({ jobApplications: z.number().int().min(0, { message: 'Het aantal sollicitaties kan niet negatief zijn.' }).max(100) })
  .meta({ id: 'WorkfirstSearchWeekInput' });

export const PlacementInput = z
  .strictObject({
    applicationId: uuidField,
    providerKind: z.enum(PROVIDER_KINDS),
    providerName: text(200),
    activity: text(500),
    hoursPerWeek: hours,
    startsOn: isoDate,
    endsOn: isoDate,
  })
  .refine((p) => p.endsOn >= p.startsOn, {
    message: 'Het einde ligt vóór het begin.',
    path: ['endsOn'],
    params: { code: 'end_before_start' },
  })
  .meta({ id: 'WorkfirstPlacementInput' });
export type PlacementInput = z.output<typeof PlacementInput>;

export const PlacementPatch = z
  .strictObject({ status: z.enum(PLACEMENT_STATUSES), endsOn: isoDate.optional() })
  .meta({ id: 'WorkfirstPlacementPatch' });
export type PlacementPatch = z.output<typeof PlacementPatch>;

export const AttendanceInput = z
  .strictObject({
    hoursPlanned: hours,
    hoursPresent: hours,
    absenceExcusedHours: hours.default(0),
    absenceUnexcusedHours: hours.default(0),
    note: optionalText(2000),
  })
  .meta({ id: 'WorkfirstAttendanceInput' });
export type AttendanceInput = z.output<typeof AttendanceInput>;

export const DiagnosisInput = z
  .strictObject({
    hoursPerWeekFeasible: hours,
    workHabits: text(4000),
    skillsSeen: text(4000),
    /** The client consents to recording limitations; without it they are refused. */
    limitationsConsent: z.boolean().default(false),
    limitations: optionalText(4000),
    advice: z.enum(ADVICE_KINDS),
    adviceNote: optionalText(4000),
    ladderRung: z.number().int().min(1).max(6),
  })
  .meta({ id: 'WorkfirstDiagnosisInput' });
export type DiagnosisInput = z.output<typeof DiagnosisInput>;

export const MeasureDecisionInput = z
  .strictObject({
    decision: z.enum(['confirm', 'drop']),
    reason: text(2000),
    /** A different percentage than proposed (never above the regulation's ceiling). */
    percent: z.number().int().min(0).max(1000).optional(),
  })
  .meta({ id: 'WorkfirstMeasureDecision' });
export type MeasureDecisionInput = z.output<typeof MeasureDecisionInput>;

export const MeasureResponseInput = z.strictObject({ response: text(4000) }).meta({ id: 'WorkfirstMeasureResponse' });

const Category = z.strictObject({
  percent: z.number().int().min(0, { message: 'Een percentage kan niet negatief zijn.' }).max(100),
  durationMonths: z.number().int().min(1).max(12),
});
export const RegulationInput = z
  .strictObject({
    minHoursPerWeek: z.number().int().min(1).max(40),
    applicationsTargetPerWeek: z.number().int().min(0).max(50),
    hearingDays: z.number().int().min(1).max(60),
    ceilingPercent: z.number().int().min(0).max(100),
    categories: z.strictObject(
      Object.fromEntries(OFFENCE_CATEGORIES.map((c) => [c, Category])) as Record<(typeof OFFENCE_CATEGORIES)[number], typeof Category>,
    ),
  })
  .meta({ id: 'WorkfirstRegulationInput' });
export type RegulationInput = z.output<typeof RegulationInput>;

export const Regulation = RegulationInput.extend({ validFrom: z.string(), isDefault: z.boolean() }).meta({ id: 'WorkfirstRegulation' });
export type Regulation = z.input<typeof Regulation>;

export const Measure = z
  .object({
    id: z.uuid(),
    placementId: z.uuid(),
    weekStart: z.string(),
    category: z.enum(OFFENCE_CATEGORIES),
    percent: z.number(),
    durationMonths: z.number(),
    regulationValidFrom: z.string(),
    status: z.enum(MEASURE_STATUSES),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    /** A confirmed measure takes effect on this day, after the hearing period. */
    effectiveFrom: z.string().nullable(),
    clientResponse: z.string().nullable(),
    respondedAt: z.string().nullable(),
    /** The client may still respond (confirmed, hearing period running). */
    hearingOpen: z.boolean(),
  })
  .meta({ id: 'WorkfirstMeasure' });
export type Measure = z.input<typeof Measure>;

export const Attendance = z
  .object({
    weekStart: z.string(),
    hoursPlanned: z.number(),
    hoursPresent: z.number(),
    absenceExcusedHours: z.number(),
    absenceUnexcusedHours: z.number(),
    note: z.string().nullable(),
  })
  .meta({ id: 'WorkfirstAttendance' });
export type Attendance = z.input<typeof Attendance>;

export const Diagnosis = z
  .object({
    hoursPerWeekFeasible: z.number(),
    workHabits: z.string(),
    skillsSeen: z.string(),
    limitations: z.string().nullable(),
    advice: z.enum(ADVICE_KINDS),
    adviceNote: z.string().nullable(),
    ladderRung: z.number(),
    recordedAt: z.string(),
  })
  .meta({ id: 'WorkfirstDiagnosis' });

export const Placement = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    providerKind: z.enum(PROVIDER_KINDS),
    providerName: z.string(),
    activity: z.string(),
    hoursPerWeek: z.number(),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.enum(PLACEMENT_STATUSES),
    attendance: z.array(Attendance),
    measures: z.array(Measure),
    diagnosis: Diagnosis.nullable(),
  })
  .meta({ id: 'WorkfirstPlacement' });
export type Placement = z.input<typeof Placement>;

export const SearchWeek = z
  .object({ weekStart: z.string(), jobApplications: z.number().nullable(), target: z.number(), metTarget: z.boolean().nullable() })
  .meta({ id: 'WorkfirstSearchWeek' });

export const Application = z
  .object({
    id: z.uuid(),
    reportedOn: z.string(),
    submittedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    outcome: z.enum(APPLICATION_OUTCOMES).nullable(),
    workStartedOn: z.string().nullable(),
    /** Under 27 when reported: four weeks of searching first, with the weekly log below. */
    searchPeriod: z.boolean(),
    searchPeriodEndsOn: z.string().nullable(),
    searchWeeks: z.array(SearchWeek),
  })
  .meta({ id: 'WorkfirstApplication' });
export type Application = z.input<typeof Application>;

export const ClientWorkfirst = z
  .object({ clientId: z.uuid(), applications: z.array(Application), placements: z.array(Placement) })
  .meta({ id: 'ClientWorkfirst' });
export type ClientWorkfirst = z.input<typeof ClientWorkfirst>;

export const AttendanceResult = z.object({ attendance: Attendance, measure: Measure.nullable() }).meta({ id: 'WorkfirstAttendanceResult' });

export const WeekQuery = z.strictObject({ week: isoDate });
export const WeekRow = z
  .object({
    clientId: z.uuid(),
    clientName: z.string(),
    placementId: z.uuid(),
    providerName: z.string(),
    activity: z.string(),
    hoursPerWeek: z.number(),
    attendance: Attendance.nullable(),
    measure: Measure.nullable(),
  })
  .meta({ id: 'WorkfirstWeekRow' });
export type WeekRow = z.input<typeof WeekRow>;
export const WeekList = z.object({ weekStart: z.string(), rows: z.array(WeekRow) }).meta({ id: 'WorkfirstWeek' });

export const PortalMeasure = Measure.extend({ activity: z.string(), providerName: z.string() }).meta({ id: 'WorkfirstPortalMeasure' });
export type PortalMeasure = z.input<typeof PortalMeasure>;

export const ReportQuery = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((q) => q.to >= q.from, { message: 'De einddatum ligt vóór de begindatum.', path: ['to'], params: { code: 'end_before_start' } });

const count = z.number().nullable();
export const WorkfirstReport = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Counts from 1 to 9 are shown as null (too few to show). */
    suppressedBelow: z.number(),
    applications: count,
    withdrawn: count,
    notPursued: count,
    started: count,
    completed: count,
    droppedOut: count,
    measuresConfirmed: count,
    /**
     * Of the applications reported in the period: work started within 3 and 6 months of the report (melding),
     * by the date entered on the application or a placement with an employer that the municipality recorded,
     * each application counted once.
     */
    outflowToWorkWithin3Months: count,
    outflowToWorkWithin6Months: count,
    /** Of the withdrawn and not pursued: a new application within a year of the first one. */
    withdrawnSeenAgainWithinYear: count,
  })
  .meta({ id: 'WorkfirstReport' });
export type WorkfirstReport = z.input<typeof WorkfirstReport>;
