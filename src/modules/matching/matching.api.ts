import { z } from 'zod';
import { uuidField } from '../../platform/http/fields.ts';
import { PART_KEYS } from './matching.rules.ts';

export const MatchPart = z
  .object({
    key: z.enum(PART_KEYS),
    points: z.number().int().min(0),
    max: z.number().int().min(1),
    /** Plain Dutch, e.g. "zelfde beroepsgroep (ISCO 9112)", "4,2 km, binnen 15 km", "32 van 36 uur". */
    explanation: z.string(),
  })
  .meta({ id: 'MatchPart' });
export type MatchPart = z.input<typeof MatchPart>;

export const Candidate = z
  .object({
    clientId: z.uuid(),
    displayName: z.string(),
    /** 0..100: the sum of the parts' points. */
    score: z.number().int().min(0).max(100),
    parts: z.array(MatchPart),
  })
  .meta({ id: 'Candidate' });
export type Candidate = z.input<typeof Candidate>;

export const VacancyMatch = z
  .object({
    vacancyId: z.uuid(),
    title: z.string(),
    employerName: z.string().nullable(),
    score: z.number().int().min(0).max(100),
    parts: z.array(MatchPart),
  })
  .meta({ id: 'VacancyMatch' });
export type VacancyMatch = z.input<typeof VacancyMatch>;

export const MatchQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const MatchParams = z.strictObject({ id: uuidField });
