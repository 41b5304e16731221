// The release-notice forms' values, checks and API bodies, without React (unit-tested in noticeForm.test.ts).
import { isValidBsn } from '../../../../src/kernel/bsn.ts';
import { ageOn, amsterdamInstant, isIsoDate } from '../../../../src/kernel/dates.ts';
import type { I18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import type { FieldErrors } from '../../ui/formErrors.ts';

export const LIFE_DOMAINS = ['id_document', 'housing', 'income_work', 'debts', 'care', 'social_network'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export const DOMAIN_STATUSES = ['arranged', 'in_progress', 'problem', 'not_needed'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];
export const SUPPORT_LINES = ['schooling', 'guidance', 'work', 'supported_housing'] as const;
export type SupportLine = (typeof SUPPORT_LINES)[number];

type T = Pick<I18n, 't'>['t'];

export interface DomainValues {
  /** '' is "not known yet": the domain is left out and the server starts it as in progress. */
  status: string;
  notes: string;
}

export interface PersonValues {
  bsn: string;
  firstName: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
}

export interface SendValues extends PersonValues {
  municipalityId: string;
  detentionStartedOn: string;
  expectedReleaseOn: string;
  activities: string;
  domains: Record<LifeDomain, DomainValues>;
}

export interface WithoutNoticeValues extends PersonValues {
  institutionId: string;
  detentionStartedOn: string;
  /** The release day: past, today, or a coming day the municipality heard of. */
  releaseOn: string;
  activities: string;
  domains: Record<LifeDomain, DomainValues>;
}

const emptyDomains = (): Record<LifeDomain, DomainValues> =>
  Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { status: '', notes: '' }])) as Record<LifeDomain, DomainValues>;
const emptyPerson = (): PersonValues => ({ bsn: '', firstName: '', surnamePrefix: '', surname: '', dateOfBirth: '' });

export const emptySend = (): SendValues => ({
  ...emptyPerson(),
  municipalityId: '',
  detentionStartedOn: '',
  expectedReleaseOn: '',
  activities: '',
  domains: emptyDomains(),
});

export const emptyWithoutNotice = (): WithoutNoticeValues => ({
  ...emptyPerson(),
  institutionId: '',
  detentionStartedOn: '',
  releaseOn: '',
  activities: '',
  domains: emptyDomains(),
});

/** The field labels in form order (the error summary's order), by dotted field name. */
export function personLabels(t: T): Record<keyof PersonValues, string> {
  return {
    bsn: t('aftercare.person.bsn'),
    firstName: t('aftercare.person.firstName'),
    surnamePrefix: t('aftercare.person.surnamePrefix'),
    surname: t('aftercare.person.surname'),
    dateOfBirth: t('aftercare.person.dateOfBirth'),
  };
}

export function domainLabels(t: T): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const d of LIFE_DOMAINS) {
    const domain = t(`aftercare.domain.${d}` as MessageKey);
    labels[`domains.${d}.status`] = t('aftercare.conditions.status', { domain: domain.toLowerCase() });
    labels[`domains.${d}.notes`] = t('aftercare.conditions.notes', { domain: domain.toLowerCase() });
  }
  return labels;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function checkPerson(v: PersonValues, t: T, today: string, labels: Record<string, string>, set: (k: string, m: string) => void) {
  const required = (k: keyof PersonValues) => {
    if (!v[k].trim()) set(k, t('form.required', { label: lower(labels[k]!) }));
  };
  const bsn = v.bsn.replace(/[\s.-]/g, '');
  if (!bsn) required('bsn');
  else if (!isValidBsn(bsn)) set('bsn', t('form.invalidBsn'));
  required('firstName');
  if (v.firstName.trim().length > 80) set('firstName', t('form.tooLong', { label: labels.firstName!, max: 80 }));
  if (v.surnamePrefix.trim().length > 20) set('surnamePrefix', t('form.tooLong', { label: labels.surnamePrefix!, max: 20 }));
  required('surname');
  if (v.surname.trim().length > 120) set('surname', t('form.tooLong', { label: labels.surname!, max: 120 }));
  if (!v.dateOfBirth) required('dateOfBirth');
  else if (!isIsoDate(v.dateOfBirth)) set('dateOfBirth', t('form.invalidDate'));
  else {
    const age = ageOn(v.dateOfBirth, today);
    if (age < 12 || age > 100) set('dateOfBirth', t('aftercare.person.dateOfBirthRange'));
  }
}

function checkDomains(
  domains: Record<LifeDomain, DomainValues>,
  t: T,
  labels: Record<string, string>,
  set: (k: string, m: string) => void,
) {
  for (const d of LIFE_DOMAINS) {
    if (domains[d].notes.trim().length > 4000)
      set(`domains.${d}.notes`, t('form.tooLong', { label: labels[`domains.${d}.notes`]!, max: 4000 }));
  }
}

export function checkSend(v: SendValues, t: T, today: string, labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  const set = (k: string, m: string) => {
    errors[k] ??= m;
  };
  checkPerson(v, t, today, labels, set);
  if (!v.municipalityId) set('municipalityId', t('form.requiredChoice', { label: lower(labels.municipalityId!) }));
  if (!v.detentionStartedOn) set('detentionStartedOn', t('form.required', { label: lower(labels.detentionStartedOn!) }));
  else if (!isIsoDate(v.detentionStartedOn)) set('detentionStartedOn', t('form.invalidDate'));
  if (!v.expectedReleaseOn) set('expectedReleaseOn', t('form.required', { label: lower(labels.expectedReleaseOn!) }));
  else if (!isIsoDate(v.expectedReleaseOn)) set('expectedReleaseOn', t('form.invalidDate'));
  else if (isIsoDate(v.detentionStartedOn) && v.expectedReleaseOn < v.detentionStartedOn)
    set('expectedReleaseOn', t('aftercare.detention.releaseBeforeStart'));
  if (v.activities.trim().length > 4000) set('activities', t('form.tooLong', { label: labels.activities!, max: 4000 }));
  checkDomains(v.domains, t, labels, set);
  return errors;
}

export function checkWithoutNotice(v: WithoutNoticeValues, t: T, today: string, labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  const set = (k: string, m: string) => {
    errors[k] ??= m;
  };
  checkPerson(v, t, today, labels, set);
  if (v.detentionStartedOn && !isIsoDate(v.detentionStartedOn)) set('detentionStartedOn', t('form.invalidDate'));
  if (!v.releaseOn) set('releaseOn', t('form.required', { label: lower(labels.releaseOn!) }));
  else if (!isIsoDate(v.releaseOn)) set('releaseOn', t('form.invalidDate'));
  else if (isIsoDate(v.detentionStartedOn) && v.releaseOn < v.detentionStartedOn)
    set('releaseOn', t('aftercare.detention.releaseBeforeStart'));
  if (v.activities.trim().length > 4000) set('activities', t('form.tooLong', { label: labels.activities!, max: 4000 }));
  checkDomains(v.domains, t, labels, set);
  return errors;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The domains the sender knows something of; a domain with neither status nor notes is left out. */
export function domainsBody(domains: Record<LifeDomain, DomainValues>) {
  const out: Partial<Record<LifeDomain, { status: DomainStatus; owner: null; notes: string | null; plannedOn: null }>> = {};
  for (const d of LIFE_DOMAINS) {
    const { status, notes } = domains[d];
    if (!status && !notes.trim()) continue;
    out[d] = { status: (status || 'in_progress') as DomainStatus, owner: null, notes: orNull(notes), plannedOn: null };
  }
  return out;
}

function personBody(v: PersonValues) {
  return {
    bsn: v.bsn.replace(/[\s.-]/g, ''),
    firstName: v.firstName.trim(),
    surnamePrefix: orNull(v.surnamePrefix),
    surname: v.surname.trim(),
    dateOfBirth: v.dateOfBirth,
  };
}

export function sendBody(v: SendValues) {
  return {
    ...personBody(v),
    municipalityId: v.municipalityId,
    detentionStartedOn: v.detentionStartedOn,
    expectedReleaseOn: v.expectedReleaseOn,
    activities: orNull(v.activities),
    domains: domainsBody(v.domains),
  };
}

export function withoutNoticeBody(v: WithoutNoticeValues) {
  return {
    ...personBody(v),
    institutionId: v.institutionId || null,
    detentionStartedOn: v.detentionStartedOn || null,
    releaseOn: v.releaseOn,
    activities: orNull(v.activities),
    domains: domainsBody(v.domains),
  };
}

// ---- the warm handover ----

export interface ParticipantValues {
  name: string;
  organisation: string;
  role: string;
}

export interface HandoverValues {
  date: string;
  time: string;
  place: string;
  participants: ParticipantValues[];
  note: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkHandover(v: HandoverValues, t: T, labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  const set = (k: string, m: string) => {
    errors[k] ??= m;
  };
  if (!v.date) set('date', t('form.required', { label: lower(labels.date!) }));
  else if (!isIsoDate(v.date)) set('date', t('form.invalidDate'));
  if (!TIME.test(v.time.trim())) set('time', t('aftercare.handover.invalidTime'));
  if (!v.place.trim()) set('place', t('form.required', { label: lower(labels.place!) }));
  const named = v.participants.filter((p) => p.name.trim() || p.organisation.trim() || p.role.trim());
  v.participants.forEach((p, i) => {
    const started = p.name.trim() || p.organisation.trim() || p.role.trim();
    if (!started) return;
    if (!p.name.trim()) set(`participants.${i}.name`, t('form.required', { label: lower(labels[`participants.${i}.name`]!) }));
    if (!p.organisation.trim())
      set(`participants.${i}.organisation`, t('form.required', { label: lower(labels[`participants.${i}.organisation`]!) }));
  });
  if (named.length < 2) {
    const first = v.participants.findIndex((p) => !p.name.trim());
    set(`participants.${first === -1 ? 0 : first}.name`, t('aftercare.handover.atLeastTwo'));
  }
  return errors;
}

/** The handover as the API takes it: the Amsterdam date and time as an instant; empty participant rows left out. */
export function handoverBody(v: HandoverValues) {
  return {
    startsAt: amsterdamInstant(v.date, v.time.trim()).toISOString(),
    place: v.place.trim(),
    participants: v.participants
      .filter((p) => p.name.trim() || p.organisation.trim())
      .map((p) => ({ name: p.name.trim(), organisation: p.organisation.trim(), role: orNull(p.role), userId: null })),
    note: orNull(v.note),
  };
}
