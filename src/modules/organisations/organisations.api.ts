import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../kernel/roles.ts';
import { optionalText, text } from '../../platform/http/fields.ts';

export const Organisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    cbsCode: z.string().nullable(),
    region: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Organisation' });

export const OrganisationInput = z
  .strictObject({
    name: text(160),
    kind: z.enum(ORGANISATION_KINDS),
    cbsCode: z
      .string()
      .regex(/^GM\d{4}$/, { message: 'Een CBS-gemeentecode heeft de vorm GM0772.' })
      .nullish()
      .transform((v) => v ?? null),
    region: optionalText(120),
  })
  .refine((o) => o.kind !== 'gemeente' || o.cbsCode, {
    message: 'Een gemeente heeft een CBS-gemeentecode.',
    path: ['cbsCode'],
    params: { code: 'required' },
  })
  .meta({ id: 'OrganisationInput' });

export const OrganisationPatch = z
  .strictObject({ name: text(160).optional(), active: z.boolean().optional(), region: optionalText(120).optional() })
  .meta({ id: 'OrganisationPatch' });
