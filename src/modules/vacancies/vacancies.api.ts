import { z } from 'zod';
import { isoDate, optionalText, text, uuidField } from '../../platform/http/fields.ts';
import { EDUCATION_LEVELS } from '../clients/index.ts';
import { normaliseVacancyPostcode, normaliseSkills } from './vacancies.rules.ts';

export const VISIBILITIES = ['own', 'region', 'public'] as const;
export const VACANCY_STATUSES = ['open', 'filled', 'withdrawn'] as const;
export const CLOSE_REASONS = ['vervuld', 'ingetrokken'] as const;

/** A PC4 area ("5611") or a full postcode ("5611 AB"); whether the area exists is checked against postcode_areas. */
const vacancyPostcode = z
  .string()
  .max(10)
  .transform((v, ctx) => {
    const pc = normaliseVacancyPostcode(v);
    if (!pc) {
      ctx.addIssue({ code: 'custom', message: 'Vul een postcode in, bijvoorbeeld 5611 of 5611 AB.', params: { code: 'invalid_postcode' } });
      return z.NEVER;
    }
    return pc;
  });

const cents = z.number().int().min(0).max(100_000_000);

// The fields without defaults: a PATCH must leave out what it does not change.
const vacancyFields = {
  employerId: uuidField,
  occupationUri: text(300),
  title: text(200),
  description: optionalText(8000),
  hoursPerWeek: z.number().int().min(1).max(60),
  postcode: vacancyPostcode,
  positions: z.number().int().min(1).max(1000),
  educationLevel: z
    .enum(EDUCATION_LEVELS)
    .nullish()
    .transform((v) => v ?? null),
  drivingLicenceRequired: z.boolean(),
  skills: z.array(text(60)).max(30).transform(normaliseSkills),
  startDate: isoDate.nullish().transform((v) => v ?? null),
  wageMinCents: cents.nullish().transform((v) => v ?? null),
  wageMaxCents: cents.nullish().transform((v) => v ?? null),
  visibility: z.enum(VISIBILITIES),
};

export const VacancyInput = z
  .strictObject({
    ...vacancyFields,
    drivingLicenceRequired: vacancyFields.drivingLicenceRequired.default(false),
    skills: vacancyFields.skills.default([]),
  })
  .meta({ id: 'VacancyInput' });
export type VacancyInput = z.output<typeof VacancyInput>;

/** The employer of a vacancy does not change; everything else may. */
const { employerId: _employerId, ...patchable } = vacancyFields;
export const VacancyPatch = z.strictObject(patchable).partial().meta({ id: 'VacancyPatch' });
export type VacancyPatch = z.output<typeof VacancyPatch>;

export const VacancyClose = z.strictObject({ reason: z.enum(CLOSE_REASONS) }).meta({ id: 'VacancyClose' });

export const Vacancy = z
  .object({
    id: z.uuid(),
    employerId: z.uuid(),
    employerName: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    /** True when the viewer's organisation registered the vacancy (and may change it). */
    own: z.boolean(),
    regionCode: z.string().nullable(),
    occupationUri: z.string(),
    occupationLabel: z.string().nullable(),
    iscoCode: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    hoursPerWeek: z.number().int(),
    postcode: z.string(),
    city: z.string().nullable(),
    positions: z.number().int(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
    drivingLicenceRequired: z.boolean(),
    skills: z.array(z.string()),
    startDate: z.string().nullable(),
    wageMinCents: z.number().int().nullable(),
    wageMaxCents: z.number().int().nullable(),
    visibility: z.enum(VISIBILITIES),
    status: z.enum(VACANCY_STATUSES),
    openedAt: z.string(),
    filledAt: z.string().nullable(),
  })
  .meta({ id: 'Vacancy' });
export type Vacancy = z.input<typeof Vacancy>;

export const VacancyPage = z
  .object({ items: z.array(Vacancy), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'VacancyPage' });

export const VacancyListQuery = z.strictObject({
  status: z.enum(VACANCY_STATUSES).optional(),
  employerId: uuidField.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** What the public vacancy site shows: nothing about who registered it or who was proposed. */
export const PublicVacancy = z
  .object({
    id: z.uuid(),
    title: z.string(),
    occupationLabel: z.string().nullable(),
    employerName: z.string(),
    city: z.string().nullable(),
    hoursPerWeek: z.number().int(),
    startDate: z.string().nullable(),
    wageMinCents: z.number().int().nullable(),
    wageMaxCents: z.number().int().nullable(),
    description: z.string().nullable(),
    publishedAt: z.string(),
  })
  .meta({ id: 'PublicVacancy' });
export type PublicVacancy = z.input<typeof PublicVacancy>;

export const PublicVacancyPage = z
  .object({ items: z.array(PublicVacancy), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'PublicVacancyPage' });

export const PublicVacancyQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

/** A vacancy as the employer sees it in the employer portal. */
export const PortalVacancy = z
  .object({
    id: z.uuid(),
    title: z.string(),
    occupationLabel: z.string().nullable(),
    hoursPerWeek: z.number().int(),
    city: z.string().nullable(),
    positions: z.number().int(),
    startDate: z.string().nullable(),
    status: z.enum(VACANCY_STATUSES),
    openedAt: z.string(),
    filledAt: z.string().nullable(),
    /** Number of candidates proposed to this employer for the vacancy. */
    proposals: z.number().int(),
  })
  .meta({ id: 'PortalVacancy' });
export type PortalVacancy = z.input<typeof PortalVacancy>;
