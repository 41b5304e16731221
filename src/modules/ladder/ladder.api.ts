import { z } from 'zod';
import { optionalText, pastOrTodayDate } from '../../platform/http/fields.ts';

export const Rung = z.number().int().min(1).max(6);

export const LadderAssessmentInput = z
  .strictObject({
    rung: Rung,
    growthPotential: Rung,
    assessedOn: pastOrTodayDate,
    notes: optionalText(4000),
  })
  .refine((v) => v.growthPotential >= v.rung, {
    message: 'Het groeipotentieel kan niet lager zijn dan de huidige trede.',
    path: ['growthPotential'],
    params: { code: 'below_rung' },
  })
  .meta({ id: 'LadderAssessmentInput' });
export type LadderAssessmentInput = z.output<typeof LadderAssessmentInput>;

export const LadderAssessment = z
  .object({
    id: z.uuid(),
    rung: Rung,
    growthPotential: Rung,
    assessedOn: z.string(),
    assessor: z.object({ id: z.uuid(), name: z.string() }),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LadderAssessment' });
export type LadderAssessment = z.input<typeof LadderAssessment>;
