import { z } from 'zod';
import { isValidKvkNumber } from '../../kernel/kvk.ts';
import { emailField, isoDate, optionalText, pastOrTodayDate, postcodeField, text, uuidField } from '../../platform/http/fields.ts';

export const SIZE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const;
export const CONTACT_MOMENT_KINDS = ['bezoek', 'telefoon', 'email'] as const;

/** KvK number: 8 digits; spaces and dots people type ("1234 5678") are removed first. */
export const kvkField = z
  .string()
  .max(20)
  .transform((v) => v.replace(/[\s.]/g, ''))
  .refine(isValidKvkNumber, { message: 'Een KvK-nummer bestaat uit 8 cijfers.', params: { code: 'invalid_kvk' } });

/** SBI 2008 code: 2 to 5 digits ("10", "4711"); the dots of the written form ("47.11") are removed. */
export const sbiField = z
  .string()
  .max(10)
  .transform((v) => v.trim().replace(/\./g, ''))
  .refine((v) => /^\d{2}(\d{1,3})?$/.test(v), {
    message: 'Een SBI-code bestaat uit 2 tot 5 cijfers, bijvoorbeeld 10 of 4711.',
    params: { code: 'invalid_sbi' },
  });

export const EmployerAddress = z.strictObject({
  street: text(120),
  houseNumber: z.number().int().min(1).max(99999),
  postcode: postcodeField,
  city: text(80),
});

export const EmployerInput = z
  .strictObject({
    kvkNumber: kvkField,
    name: text(160),
    sbiCode: sbiField,
    sizeClass: z.enum(SIZE_CLASSES),
    address: EmployerAddress,
  })
  .meta({ id: 'EmployerInput' });
export type EmployerInput = z.output<typeof EmployerInput>;

/** The KvK number identifies the employer and is not changed; everything else may be. */
export const EmployerPatch = z
  .strictObject({ name: text(160), sbiCode: sbiField, sizeClass: z.enum(SIZE_CLASSES), address: EmployerAddress })
  .partial()
  .meta({ id: 'EmployerPatch' });
export type EmployerPatch = z.output<typeof EmployerPatch>;

export const EmployerLead = z
  .object({ userId: z.uuid(), userName: z.string(), organisationId: z.uuid(), organisationName: z.string(), since: z.string() })
  .meta({ id: 'EmployerLead' });

export const EmployerSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kvkNumber: z.string(),
    sbiCode: z.string(),
    sizeClass: z.enum(SIZE_CLASSES),
    city: z.string(),
    /** The one lead account manager across all partner organisations, or null when nobody is. */
    lead: EmployerLead.nullable(),
  })
  .meta({ id: 'EmployerSummary' });
export type EmployerSummary = z.input<typeof EmployerSummary>;

export const EmployerPage = z
  .object({ items: z.array(EmployerSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'EmployerPage' });

export const EmployerListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** Name (part) or KvK number (start). */
  q: z.string().trim().max(100).optional(),
});

export const ContactInput = z
  .strictObject({
    name: text(120),
    jobTitle: optionalText(120),
    email: emailField.nullish().transform((v) => v ?? null),
    phone: z
      .string()
      .trim()
      .max(20)
      .regex(/^[+0-9 ()-]*$/, { message: 'Een telefoonnummer bevat alleen cijfers, spaties, +, - en haakjes.' })
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .meta({ id: 'EmployerContactInput' });
export type ContactInput = z.output<typeof ContactInput>;

export const Contact = z
  .object({ id: z.uuid(), name: z.string(), jobTitle: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
  .meta({ id: 'EmployerContact' });
export type Contact = z.input<typeof Contact>;

export const ContactMomentInput = z
  .strictObject({ kind: z.enum(CONTACT_MOMENT_KINDS), occurredOn: pastOrTodayDate, notes: text(4000) })
  .meta({ id: 'ContactMomentInput' });
export type ContactMomentInput = z.output<typeof ContactMomentInput>;

export const ContactMoment = z
  .object({
    id: z.uuid(),
    kind: z.enum(CONTACT_MOMENT_KINDS),
    occurredOn: z.string(),
    notes: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    userId: z.uuid(),
    userName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ContactMoment' });
export type ContactMoment = z.input<typeof ContactMoment>;

export const AgreementInput = z
  .strictObject({
    description: text(500),
    targetPlacements: z.number().int().min(1).max(100000),
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .refine((a) => a.periodEnd >= a.periodStart, {
    message: 'De einddatum mag niet voor de begindatum liggen.',
    path: ['periodEnd'],
    params: { code: 'end_before_start' },
  })
  .meta({ id: 'AgreementInput' });
export type AgreementInput = z.output<typeof AgreementInput>;

export const AgreementProgress = z
  .object({
    id: z.uuid(),
    description: z.string(),
    targetPlacements: z.number().int(),
    periodStart: z.string(),
    periodEnd: z.string(),
    /** Placed candidates for this employer's vacancies with a start date in the period. */
    placements: z.number().int(),
    organisationId: z.uuid(),
    organisationName: z.string(),
  })
  .meta({ id: 'AgreementProgress' });
export type AgreementProgress = z.input<typeof AgreementProgress>;

export const Employer = EmployerSummary.extend({
  address: z.object({ street: z.string(), houseNumber: z.number().int(), postcode: z.string(), city: z.string() }),
  contacts: z.array(Contact),
  agreements: z.array(AgreementProgress),
  registeredByOrganisationName: z.string(),
  createdAt: z.string(),
}).meta({ id: 'Employer' });
export type Employer = z.input<typeof Employer>;

export const EmployerIdParams = z.strictObject({ id: uuidField });
