/**
 * The client form model: string-valued form state, cheap client-side validation (the server stays the
 * authority) and conversion to the API's ClientInput / ClientPatch.
 */
import { isValidBsn } from '../../../../src/kernel/bsn.ts';
import { ageOn, isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { normalisePostcode } from '../../../../src/kernel/postcode.ts';
import {
  BENEFIT_TYPES,
  EDUCATION_LEVELS,
  GENDERS,
  type BenefitType,
  type Client,
  type ClientInput,
  type ClientPatch,
  type EducationLevel,
  type Gender,
  type TargetGroup,
} from '../../api/index.ts';
import type { I18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import type { FieldErrors } from '../../ui/formErrors.ts';

export interface ClientFormValues {
  bsn: string;
  firstName: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
  gender: string;
  email: string;
  phone: string;
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  educationLevel: string;
  benefitType: string;
  hoursAvailable: string;
  drivingLicence: boolean;
  maxTravelKm: string;
  languages: string;
  targetGroups: TargetGroup[];
  healthLimitations: string;
  /** Matching: ESCO URIs of the wanted occupations, skills as comma-separated tags, available from. */
  wantedOccupationUris: string[];
  skills: string;
  availableFrom: string;
}

export type ClientFormKey = keyof ClientFormValues;

/** Form key → API field path (the name in invalidParams and the control's id). */
export const FIELD_PATH: Record<ClientFormKey, string> = {
  bsn: 'bsn',
  firstName: 'firstName',
  surnamePrefix: 'surnamePrefix',
  surname: 'surname',
  dateOfBirth: 'dateOfBirth',
  gender: 'gender',
  email: 'email',
  phone: 'phone',
  street: 'address.street',
  houseNumber: 'address.houseNumber',
  houseNumberAddition: 'address.houseNumberAddition',
  postcode: 'address.postcode',
  city: 'address.city',
  educationLevel: 'educationLevel',
  benefitType: 'benefitType',
  hoursAvailable: 'hoursAvailable',
  drivingLicence: 'drivingLicence',
  maxTravelKm: 'maxTravelKm',
  languages: 'languages',
  targetGroups: 'targetGroups',
  healthLimitations: 'healthLimitations',
  wantedOccupationUris: 'wantedOccupationUris',
  skills: 'skills',
  availableFrom: 'availableFrom',
};

/** Message key of each field's label, in form order (the error summary uses this order). */
export const FIELD_LABEL: Record<ClientFormKey, MessageKey> = {
  bsn: 'client.bsn',
  firstName: 'client.firstName',
  surnamePrefix: 'client.surnamePrefix',
  surname: 'client.surname',
  dateOfBirth: 'client.dateOfBirth',
  gender: 'client.gender',
  email: 'client.email',
  phone: 'client.phone',
  street: 'client.street',
  houseNumber: 'client.houseNumber',
  houseNumberAddition: 'client.houseNumberAddition',
  postcode: 'client.postcode',
  city: 'client.city',
  educationLevel: 'client.educationLevel',
  benefitType: 'client.benefitType',
  hoursAvailable: 'client.hoursAvailable',
  drivingLicence: 'client.drivingLicence',
  maxTravelKm: 'client.maxTravelKm',
  languages: 'client.languages',
  targetGroups: 'client.targetGroups',
  healthLimitations: 'client.healthLimitations',
  wantedOccupationUris: 'client.wantedOccupations',
  skills: 'client.skills',
  availableFrom: 'client.availableFrom',
};

export const ALL_KEYS = Object.keys(FIELD_PATH) as ClientFormKey[];

export function emptyClientForm(): ClientFormValues {
  return {
    bsn: '',
    firstName: '',
    surnamePrefix: '',
    surname: '',
    dateOfBirth: '',
    gender: '',
    email: '',
    phone: '',
    street: '',
    houseNumber: '',
    houseNumberAddition: '',
    postcode: '',
    city: '',
    educationLevel: '',
    benefitType: '',
    hoursAvailable: '',
    drivingLicence: false,
    maxTravelKm: '',
    languages: '',
    targetGroups: [],
    healthLimitations: '',
    wantedOccupationUris: [],
    skills: '',
    availableFrom: '',
  };
}

export function clientToForm(c: Client): ClientFormValues {
  return {
    bsn: c.bsn,
    firstName: c.firstName,
    surnamePrefix: c.surnamePrefix ?? '',
    surname: c.surname,
    dateOfBirth: c.dateOfBirth,
    gender: c.gender,
    email: c.email ?? '',
    phone: c.phone ?? '',
    street: c.address.street,
    houseNumber: String(c.address.houseNumber),
    houseNumberAddition: c.address.houseNumberAddition ?? '',
    postcode: c.address.postcode,
    city: c.address.city,
    educationLevel: c.educationLevel,
    benefitType: c.benefitType,
    hoursAvailable: String(c.hoursAvailable),
    drivingLicence: c.drivingLicence,
    maxTravelKm: String(c.maxTravelKm),
    languages: c.languages.join(', '),
    targetGroups: [...c.targetGroups],
    healthLimitations: c.healthLimitations ?? '',
    wantedOccupationUris: [...(c.wantedOccupationUris ?? [])],
    skills: (c.skills ?? []).join(', '),
    availableFrom: c.availableFrom ?? '',
  };
}

export function parseLanguages(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Skills as free tags: split on commas, trimmed, lower-cased, without duplicates (as the server stores them). */
export function parseSkills(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function parseIntStrict(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]*$/;

export interface ValidateOptions {
  /** Whether the health field is part of the form (only for roles that may see it). */
  includeHealth: boolean;
  today?: string;
}

/** Client-side checks that mirror the server's schema. Errors are keyed by API field path. */
export function validateClientForm(v: ClientFormValues, i18n: Pick<I18n, 't'>, options: ValidateOptions): FieldErrors {
  const errors: FieldErrors = {};
  const t = i18n.t;
  const label = (key: ClientFormKey) => t(FIELD_LABEL[key]);
  // "Vul voornaam in." but "Vul BSN in."
  const inSentence = (key: ClientFormKey) => {
    const l = label(key);
    return l === l.toUpperCase() ? l : l.charAt(0).toLowerCase() + l.slice(1);
  };
  const set = (key: ClientFormKey, message: string) => {
    if (!(FIELD_PATH[key] in errors)) errors[FIELD_PATH[key]] = message;
  };
  const required = (key: ClientFormKey) => {
    const value = v[key];
    if (typeof value === 'string' && !value.trim()) set(key, t('form.required', { label: inSentence(key) }));
  };
  const requiredChoice = (key: ClientFormKey) => {
    if (!v[key]) set(key, t('form.requiredChoice', { label: inSentence(key) }));
  };
  const maxLength = (key: ClientFormKey, max: number) => {
    const value = v[key];
    if (typeof value === 'string' && value.trim().length > max) set(key, t('form.tooLong', { label: label(key), max }));
  };
  const intRange = (key: ClientFormKey, min: number, max: number) => {
    const value = v[key];
    if (typeof value !== 'string' || !value.trim()) return;
    const n = parseIntStrict(value);
    if (n === null || n < min || n > max) set(key, t('form.integerRange', { label: label(key), min, max }));
  };

  const bsn = v.bsn.replace(/[\s.-]/g, '');
  if (!bsn) required('bsn');
  else if (!isValidBsn(bsn)) set('bsn', t('form.invalidBsn'));

  required('firstName');
  maxLength('firstName', 80);
  maxLength('surnamePrefix', 20);
  required('surname');
  maxLength('surname', 120);

  if (!v.dateOfBirth) required('dateOfBirth');
  else if (!isIsoDate(v.dateOfBirth)) set('dateOfBirth', t('form.invalidDate'));
  else {
    const age = ageOn(v.dateOfBirth, options.today ?? todayInAmsterdam());
    if (age < 15 || age > 100) set('dateOfBirth', t('form.dateOfBirthRange'));
  }
  requiredChoice('gender');

  if (v.email.trim() && !EMAIL.test(v.email.trim())) set('email', t('form.invalidEmail'));
  if (v.phone.trim() && !PHONE.test(v.phone.trim())) set('phone', t('form.invalidPhone'));
  maxLength('phone', 20);

  required('street');
  maxLength('street', 120);
  required('houseNumber');
  intRange('houseNumber', 1, 99999);
  maxLength('houseNumberAddition', 10);
  if (!v.postcode.trim()) required('postcode');
  else if (!normalisePostcode(v.postcode)) set('postcode', t('form.invalidPostcode'));
  required('city');
  maxLength('city', 80);

  requiredChoice('educationLevel');
  requiredChoice('benefitType');
  required('hoursAvailable');
  intRange('hoursAvailable', 0, 60);
  required('maxTravelKm');
  intRange('maxTravelKm', 0, 250);

  const languages = parseLanguages(v.languages);
  if (languages.length > 20) set('languages', t('form.tooManyItems', { label: label('languages'), max: 20 }));
  else if (languages.some((l) => l.length > 40)) set('languages', t('form.tooLong', { label: label('languages'), max: 40 }));

  if (v.wantedOccupationUris.length > 10)
    set('wantedOccupationUris', t('form.tooManyItems', { label: label('wantedOccupationUris'), max: 10 }));
  const skills = parseSkills(v.skills);
  if (skills.length > 30) set('skills', t('form.tooManyItems', { label: label('skills'), max: 30 }));
  else if (skills.some((s) => s.length > 60)) set('skills', t('form.tooLong', { label: label('skills'), max: 60 }));
  if (v.availableFrom && !isIsoDate(v.availableFrom)) set('availableFrom', t('form.invalidDate'));

  if (options.includeHealth) maxLength('healthLimitations', 2000);
  return errors;
}

const blankToNull = (s: string): string | null => (s.trim() ? s.trim() : null);

/** Converts valid form values to the API body. Call only after validateClientForm found nothing. */
export function formToInput(v: ClientFormValues, options: { includeHealth: boolean }): ClientInput {
  const input: ClientInput = {
    bsn: v.bsn.replace(/[\s.-]/g, ''),
    firstName: v.firstName.trim(),
    surnamePrefix: blankToNull(v.surnamePrefix),
    surname: v.surname.trim(),
    dateOfBirth: v.dateOfBirth,
    gender: v.gender as Gender,
    email: blankToNull(v.email),
    phone: blankToNull(v.phone),
    address: {
      street: v.street.trim(),
      houseNumber: Number(v.houseNumber.trim()),
      houseNumberAddition: blankToNull(v.houseNumberAddition),
      postcode: normalisePostcode(v.postcode) ?? v.postcode.trim(),
      city: v.city.trim(),
    },
    educationLevel: v.educationLevel as EducationLevel,
    benefitType: v.benefitType as BenefitType,
    hoursAvailable: Number(v.hoursAvailable.trim()),
    drivingLicence: v.drivingLicence,
    maxTravelKm: Number(v.maxTravelKm.trim()),
    languages: parseLanguages(v.languages),
    targetGroups: [...v.targetGroups],
    wantedOccupationUris: [...v.wantedOccupationUris],
    skills: parseSkills(v.skills),
    availableFrom: v.availableFrom || null,
  };
  if (options.includeHealth) input.healthLimitations = blankToNull(v.healthLimitations);
  return input;
}

/**
 * The PATCH body: only the top-level fields that differ from what was loaded (the address travels
 * whole), plus the version for optimistic locking. Returns null when nothing changed.
 *
 * `languages` and `targetGroups` always travel along: the server's ClientPatch schema gives them a
 * default of [] (openapi.json marks them required), so leaving them out would clear them.
 */
export function diffToPatch(original: ClientInput, edited: ClientInput, version: number): ClientPatch | null {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(edited) as (keyof ClientInput)[]) {
    if (JSON.stringify(edited[key] ?? null) !== JSON.stringify(original[key] ?? null)) patch[key] = edited[key];
  }
  if (Object.keys(patch).length === 0) return null;
  return { ...(patch as Partial<ClientInput>), languages: edited.languages, targetGroups: edited.targetGroups, version };
}

export const GENDER_OPTIONS = GENDERS;
export const EDUCATION_OPTIONS = EDUCATION_LEVELS;
export const BENEFIT_OPTIONS = BENEFIT_TYPES;
