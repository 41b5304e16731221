import { z } from 'zod';
import { bsnField, emailField, isoDate, optionalText, postcodeField, text, uuidField } from '../../platform/http/fields.ts';
import { ageOn, todayInAmsterdam } from '../../kernel/dates.ts';
import { LadderAssessment } from '../ladder/index.ts';

export const GENDERS = ['man', 'vrouw', 'x', 'onbekend'] as const;
export const EDUCATION_LEVELS = ['geen', 'basisonderwijs', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'havo', 'vwo', 'hbo', 'wo'] as const;
export const BENEFIT_TYPES = ['participatiewet', 'ww', 'wia_wao', 'wajong', 'geen'] as const;
export const TARGET_GROUPS = ['banenafspraak', 'statushouder', 'vijftig_plus', 'jongere', 'alleenstaande_ouder'] as const;

const dateOfBirth = isoDate.refine(
  (d) => {
    const age = ageOn(d, todayInAmsterdam());
    return age >= 15 && age <= 100;
  },
  { message: 'De geboortedatum moet tussen 15 en 100 jaar geleden liggen.', params: { code: 'implausible_date_of_birth' } },
);

export const Address = z.strictObject({
  street: text(120),
  houseNumber: z.number().int().min(1).max(99999),
  houseNumberAddition: optionalText(10),
  postcode: postcodeField,
  city: text(80),
});

// The fields without defaults: a PATCH must leave out what it does not change (a default would overwrite it).
const clientFields = {
  bsn: bsnField,
  firstName: text(80),
  surnamePrefix: optionalText(20),
  surname: text(120),
  dateOfBirth,
  gender: z.enum(GENDERS),
  email: emailField.nullish().transform((v) => v ?? null),
  phone: z
    .string()
    .trim()
    .max(20)
    .regex(/^[+0-9 ()-]*$/, { message: 'Een telefoonnummer bevat alleen cijfers, spaties, +, - en haakjes.' })
    .nullish()
    .transform((v) => (v ? v : null)),
  address: Address,
  educationLevel: z.enum(EDUCATION_LEVELS),
  benefitType: z.enum(BENEFIT_TYPES),
  hoursAvailable: z.number().int().min(0).max(60),
  drivingLicence: z.boolean(),
  maxTravelKm: z.number().int().min(0).max(250),
  languages: z.array(text(40)).max(20),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length),
  healthLimitations: optionalText(2000),
  /** Matching: wanted occupations (ESCO URIs; each must exist), skills as free tags, available from (null: now). */
  wantedOccupationUris: z.array(z.string().trim().min(1).max(300)).max(10),
  skills: z
    .array(text(60))
    .max(30)
    .transform((tags) => [...new Set(tags.map((t) => t.toLowerCase().replace(/\s+/g, ' ')))]),
  availableFrom: isoDate.nullish().transform((v) => v ?? null),
};

export const ClientInput = z
  .strictObject({
    ...clientFields,
    languages: clientFields.languages.default([]),
    targetGroups: clientFields.targetGroups.default([]),
    wantedOccupationUris: clientFields.wantedOccupationUris.default([]),
    skills: clientFields.skills.default([]),
  })
  .meta({ id: 'ClientInput' });
export type ClientInput = z.output<typeof ClientInput>;

export const ClientPatch = z
  .strictObject(clientFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .meta({ id: 'ClientPatch' });
export type ClientPatch = z.output<typeof ClientPatch>;

const AddressOut = z.object({
  street: z.string(),
  houseNumber: z.number(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string(),
  city: z.string(),
});

export const Client = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    /** True when the viewer's organisation sees this file through the client's consent (read-only). */
    shared: z.boolean(),
    bsn: z.string(),
    firstName: z.string(),
    surnamePrefix: z.string().nullable(),
    surname: z.string(),
    displayName: z.string(),
    dateOfBirth: z.string(),
    gender: z.enum(GENDERS),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: AddressOut,
    educationLevel: z.enum(EDUCATION_LEVELS),
    benefitType: z.enum(BENEFIT_TYPES),
    hoursAvailable: z.number(),
    drivingLicence: z.boolean(),
    maxTravelKm: z.number(),
    languages: z.array(z.string()),
    targetGroups: z.array(z.enum(TARGET_GROUPS)),
    /** Present only for roles that need it (GDPR art. 9); absent, not null, for everyone else. */
    healthLimitations: z.string().nullable().optional(),
    wantedOccupationUris: z.array(z.string()),
    /** The ISCO-08 unit group of each wanted occupation, in the same order (derived). */
    wantedIscoCodes: z.array(z.string()),
    skills: z.array(z.string()),
    availableFrom: z.string().nullable(),
    caseManager: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    latestLadder: LadderAssessment.nullable(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Client' });
export type Client = z.input<typeof Client>;

export const ClientSummary = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    dateOfBirth: z.string(),
    postcode: z.string(),
    city: z.string(),
    benefitType: z.enum(BENEFIT_TYPES),
    bsnMasked: z.string(),
    latestRung: z.number().int().min(1).max(6).nullable(),
    organisationName: z.string(),
    shared: z.boolean(),
  })
  .meta({ id: 'ClientSummary' });
export type ClientSummary = z.input<typeof ClientSummary>;

export const ClientPage = z
  .object({ items: z.array(ClientSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'ClientPage' });

export const ClientListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  q: z.string().trim().max(100).optional(),
  postcode: z
    .string()
    .trim()
    .max(7)
    .regex(/^[1-9][0-9]{3}( ?[A-Za-z]{0,2})?$/, { message: 'Vul (het begin van) een postcode in, bijvoorbeeld 5611 of 5611 AB.' })
    .optional(),
});

export const BsnSearch = z.strictObject({ bsn: bsnField }).meta({ id: 'BsnSearch' });

export const ConsentInput = z
  .strictObject({
    organisationId: uuidField,
    note: optionalText(500),
    /** The last day the consent is in force (e.g. the end of a trajectory); absent or null = until withdrawn. */
    validUntil: isoDate
      .refine((d) => d >= todayInAmsterdam(), { message: 'De datum mag niet in het verleden liggen.', params: { code: 'date_in_past' } })
      .nullish()
      .transform((v) => v ?? null),
  })
  .meta({ id: 'ConsentInput' });
export const Consent = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    grantedAt: z.string(),
    grantedBy: z.string(),
    withdrawnAt: z.string().nullable(),
    withdrawnBy: z.string().nullable(),
    /** The last day the consent is in force (YYYY-MM-DD); null = until withdrawn. */
    validUntil: z.string().nullable(),
    /** Not withdrawn and not past validUntil (Amsterdam date): the partner may see the file. */
    inForce: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Consent' });
export type Consent = z.input<typeof Consent>;

export const ConsentParams = z.strictObject({ id: uuidField, consentId: uuidField });
