import { z } from 'zod';
import { isoDate } from '../../platform/http/fields.ts';

export const RESULT_LEVELS = ['organisation', 'region'] as const;

export const ResultsQuery = z.strictObject({
  /** First day of the period (default: 1 January of this year). */
  from: isoDate.optional(),
  /** Last day of the period (default: today). */
  to: isoDate.optional(),
  level: z.enum(RESULT_LEVELS).default('organisation'),
});

const CheckFigures = z
  .object({
    /** Placements in the period whose check moment has come (start + 6 or 12 months is not after today). */
    due: z.number().int(),
    /** Of those placements, how many were checked. */
    checked: z.number().int(),
    /** Of the checked ones, how many were still at work. */
    stillWorking: z.number().int(),
  })
  .meta({ id: 'CheckFigures' });

export const ResultFigures = z
  .object({
    /** Vacancies registered in the period. */
    vacanciesOpened: z.number().int(),
    /** Vacancies filled in the period. */
    vacanciesFilled: z.number().int(),
    /** Median calendar days from registration to filled, for the vacancies filled in the period. */
    medianDaysToFill: z.number().nullable(),
    /** Candidates proposed in the period. */
    proposals: z.number().int(),
    /** Placements that started in the period. */
    placements: z.number().int(),
    after6Months: CheckFigures,
    after12Months: CheckFigures,
  })
  .meta({ id: 'ResultFigures' });
export type ResultFigures = z.input<typeof ResultFigures>;

export const Results = z
  .object({
    level: z.enum(RESULT_LEVELS),
    from: z.string(),
    to: z.string(),
    /** The labour-market region (level region), else the organisation's own region or null. */
    regionCode: z.string().nullable(),
    /** Figures per organisation: only the actor's own at level organisation, every organisation of the region at level region. */
    organisations: z.array(z.object({ organisationId: z.uuid(), organisationName: z.string(), figures: ResultFigures })),
    total: ResultFigures,
  })
  .meta({ id: 'Results' });
export type Results = z.input<typeof Results>;
