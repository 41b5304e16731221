import { z } from 'zod';
import { isValidBsn } from '../../kernel/bsn.ts';
import { isIsoDate, todayInAmsterdam } from '../../kernel/dates.ts';
import { normalisePostcode } from '../../kernel/postcode.ts';

/** Reusable zod field types with Dutch messages; every API schema builds on these. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const bsnField = z
  .string()
  .trim()
  .regex(/^\d{9}$/, { message: 'Een BSN bestaat uit 9 cijfers.' })
  .refine(isValidBsn, { message: 'Dit BSN is ongeldig (voldoet niet aan de elfproef).', params: { code: 'invalid_bsn' } });

export const postcodeField = z
  .string()
  .max(10)
  .transform((v, ctx) => {
    const pc = normalisePostcode(v);
    if (!pc) {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldige postcode in, bijvoorbeeld 5611 AB.', params: { code: 'invalid_postcode' } });
      return z.NEVER;
    }
    return pc;
  });

export const isoDate = z.string().refine(isIsoDate, { message: 'Vul een geldige datum in (JJJJ-MM-DD).', params: { code: 'invalid_date' } });
export const pastOrTodayDate = isoDate.refine((d) => d <= todayInAmsterdam(), {
  message: 'De datum mag niet in de toekomst liggen.',
  params: { code: 'date_in_future' },
});

export const uuidField = z.uuid({ message: 'Ongeldige id.' });
export const emailField = z.email({ message: 'Vul een geldig e-mailadres in.' }).max(254).transform((v) => v.toLowerCase());

export const idParams = z.strictObject({ id: uuidField });
