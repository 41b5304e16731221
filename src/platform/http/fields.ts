import { z } from 'zod';
import { isValidBsn } from '../../kernel/bsn.ts';
import { isIsoDate, todayInAmsterdam } from '../../kernel/dates.ts';
import { normalisePostcode } from '../../kernel/postcode.ts';
import { parseEuros } from '../../kernel/money.ts';

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

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Vul een geldige datum in (JJJJ-MM-DD).', params: { code: 'invalid_date' } });
export const pastOrTodayDate = isoDate.refine((d) => d <= todayInAmsterdam(), {
  message: 'De datum mag niet in de toekomst liggen.',
  params: { code: 'date_in_future' },
});

export const uuidField = z.uuid({ message: 'Ongeldige id.' });
export const emailField = z
  .email({ message: 'Vul een geldig e-mailadres in.' })
  .max(254)
  .transform((v) => v.toLowerCase());

export const idParams = z.strictObject({ id: uuidField });

/**
 * An amount in euros as text ("1250", "1250.5", "1250,50") or a number, to integer cents. Zero, negative
 * amounts and more than two decimals are refused with a named reason. Output: cents.
 */
export const positiveEurosField = z.union([z.string().max(20), z.number()]).transform((v, ctx) => {
  const text = typeof v === 'number' ? String(v) : v;
  const parsed = /^-?\d+([.,]\d+)?$/.test(text.trim()) ? parseEuros(text) : null;
  if (parsed === null) {
    const tooPrecise = /^-?\d+[.,]\d{3,}$/.test(text.trim());
    ctx.addIssue({
      code: 'custom',
      message: tooPrecise
        ? 'Een bedrag heeft hoogstens twee cijfers achter de komma.'
        : 'Vul een bedrag in euro’s in, bijvoorbeeld 1250,00.',
      params: { code: tooPrecise ? 'too_many_decimals' : 'invalid_amount' },
    });
    return z.NEVER;
  }
  if (parsed <= 0) {
    ctx.addIssue({ code: 'custom', message: 'Het bedrag moet groter zijn dan nul.', params: { code: 'not_positive' } });
    return z.NEVER;
  }
  if (parsed > 100_000_000_00) {
    ctx.addIssue({ code: 'custom', message: 'Dit bedrag is te groot.', params: { code: 'too_large' } });
    return z.NEVER;
  }
  return parsed;
});
/** Same as positiveEurosField, but zero is allowed (e.g. a trajectory without cost). */
export const nonNegativeEurosField = z.union([z.string().max(20), z.number()]).transform((v, ctx) => {
  const text = (typeof v === 'number' ? String(v) : v).trim();
  if (/^0+([.,]0{1,2})?$/.test(text)) return 0;
  const r = positiveEurosField.safeParse(v);
  if (!r.success) {
    for (const issue of r.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, params: (issue as { params?: Record<string, unknown> }).params });
    return z.NEVER;
  }
  return r.data;
});
