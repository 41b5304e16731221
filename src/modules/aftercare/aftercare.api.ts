import { z } from 'zod';
import { ageOn, todayInAmsterdam } from '../../kernel/dates.ts';
import { bsnField, emailField, isoDate, optionalText, postcodeField, text, uuidField } from '../../platform/http/fields.ts';
import { ASSESSMENT_MOMENTS, DOMAIN_STATUSES, LIFE_DOMAINS, SUPPORT_LINES } from './aftercare.rules.ts';

const nullableDate = isoDate.nullish().transform((v) => v ?? null);
const dateOfBirth = isoDate.refine(
  (d) => {
    const age = ageOn(d, todayInAmsterdam());
    return age >= 12 && age <= 100;
  },
  { message: 'De geboortedatum moet tussen 12 en 100 jaar geleden liggen.', params: { code: 'implausible_date_of_birth' } },
);

export const NoticeParams = z.strictObject({ id: uuidField });
export const DomainParams = z.strictObject({ id: uuidField, domain: z.enum(LIFE_DOMAINS) });

export const LifeDomain = z.enum(LIFE_DOMAINS).meta({ id: 'AftercareLifeDomain' });
export const DomainStatus = z.enum(DOMAIN_STATUSES).meta({ id: 'AftercareDomainStatus' });

/** The state of one life domain: status, who takes care of it, notes and a planned date. */
export const DomainInput = z
  .strictObject({
    status: DomainStatus,
    owner: optionalText(200),
    notes: optionalText(4000),
    plannedOn: nullableDate,
  })
  .meta({ id: 'AftercareDomainInput' });
export type DomainInput = z.output<typeof DomainInput>;

/** The domains as known when the notice is sent (any left out start as "in progress"). */
const DomainsInput = z
  .strictObject(
    Object.fromEntries(LIFE_DOMAINS.map((d) => [d, DomainInput.optional()])) as Record<
      (typeof LIFE_DOMAINS)[number],
      z.ZodOptional<typeof DomainInput>
    >,
  )
  .default({});

const person = {
  bsn: bsnField,
  firstName: text(80),
  surnamePrefix: optionalText(20),
  surname: text(120),
  dateOfBirth,
};

/** A release notice from a penitentiary institution to the municipality where the person will live. */
export const ReleaseNoticeInput = z
  .strictObject({
    /** The municipality (a gemeente organisation) the person will live in. */
    municipalityId: uuidField,
    /** The notifying institution: the sender's own; any other is refused. Leave out for the own institution. */
    institutionId: uuidField.optional(),
    ...person,
    detentionStartedOn: isoDate,
    expectedReleaseOn: isoDate,
    /** Re-integration activities during detention (work, schooling, training). */
    activities: optionalText(4000),
    domains: DomainsInput,
  })
  .refine((n) => n.expectedReleaseOn >= n.detentionStartedOn, {
    message: 'De verwachte ontslagdatum ligt vóór het begin van de detentie.',
    path: ['expectedReleaseOn'],
    params: { code: 'release_before_detention' },
  })
  .meta({ id: 'ReleaseNoticeInput' });
export type ReleaseNoticeInput = z.output<typeof ReleaseNoticeInput>;

/** Emergency path: a release the municipality learns of without a notice (the release day may be past). */
export const ReleaseWithoutNoticeInput = z
  .strictObject({
    /** The institution the person came from, if known (a penitentiaire inrichting). */
    institutionId: uuidField.nullish().transform((v) => v ?? null),
    ...person,
    detentionStartedOn: nullableDate,
    /** The release day: today or past (released, recorded as such), or a coming day the municipality heard of. */
    releaseOn: isoDate,
    activities: optionalText(4000),
    domains: DomainsInput,
  })
  .refine((n) => n.detentionStartedOn === null || n.releaseOn >= n.detentionStartedOn, {
    message: 'De ontslagdatum ligt vóór het begin van de detentie.',
    path: ['releaseOn'],
    params: { code: 'release_before_detention' },
  })
  .meta({ id: 'ReleaseWithoutNoticeInput' });
export type ReleaseWithoutNoticeInput = z.output<typeof ReleaseWithoutNoticeInput>;

export const ListQuery = z.strictObject({
  /** open: not yet released, or released less than six months ago and not closed; all: everything. */
  status: z.enum(['open', 'all']).default('open'),
});

/** The day of release: today or earlier (a release is recorded when it has happened). */
export const ReleaseInput = z.strictObject({ releasedOn: isoDate }).meta({ id: 'AftercareReleaseInput' });

export const AssessmentInput = z.strictObject({ moment: z.enum(['month3', 'month6']) }).meta({ id: 'AftercareAssessmentInput' });

export const Participant = z
  .strictObject({
    name: text(200),
    organisation: text(200),
    role: optionalText(200),
    /**
     * A Werkplein user of the planning organisation with its aftercare role: the handover then appears in their
     * agenda, as a neutral appointment "Warme overdracht" without place, person or institution.
     */
    userId: z.uuid({ message: 'Kies een gebruiker uit de lijst.' }).nullable().default(null),
  })
  .meta({ id: 'AftercareHandoverParticipant' });

/** A warm handover: the named professionals of institution and municipality meet before release. */
export const HandoverInput = z
  .strictObject({
    /** Date and time (ISO 8601 with offset, e.g. 2026-12-10T10:00:00+01:00). */
    startsAt: z.iso.datetime({ offset: true, message: 'Vul een geldig tijdstip in (ISO 8601).' }),
    place: text(300),
    participants: z.array(Participant).min(2, { message: 'Noem ten minste twee deelnemers.' }).max(12),
    note: optionalText(2000),
  })
  .meta({ id: 'AftercareHandoverInput' });
export type HandoverInput = z.output<typeof HandoverInput>;

export const ProlificInput = z
  .strictObject({
    prolificOffender: z.boolean(),
    supportLines: z.array(z.enum(SUPPORT_LINES)).max(SUPPORT_LINES.length).default([]),
    caseConferenceOn: nullableDate,
    caseConferenceNotes: optionalText(4000),
  })
  .meta({ id: 'AftercareProlificInput' });
export type ProlificInput = z.output<typeof ProlificInput>;

export const WorkInput = z.strictObject({ workStartedOn: nullableDate }).meta({ id: 'AftercareWorkInput' });

const AddressInput = z.strictObject({
  street: text(120),
  houseNumber: z.number().int().min(1).max(99999),
  houseNumberAddition: optionalText(10),
  postcode: postcodeField,
  city: text(80),
});

/**
 * Make the person a client of the municipality: name, BSN and date of birth come from the notice; the
 * address and contact details are what the person consents to. No criminal-justice data is carried over.
 */
export const BecomeClientInput = z
  .strictObject({
    /** The person consents to opening a client file with these basic data. */
    consent: z.literal(true, { message: 'Zonder toestemming van de persoon wordt geen cliëntdossier aangemaakt.' }),
    address: AddressInput,
    gender: z.enum(['man', 'vrouw', 'x', 'onbekend']).default('onbekend'),
    email: emailField.nullish().transform((v) => v ?? null),
    phone: z
      .string()
      .trim()
      .max(20)
      .regex(/^[+0-9 ()-]*$/, { message: 'Een telefoonnummer bevat alleen cijfers, spaties, +, - en haakjes.' })
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .meta({ id: 'AftercareBecomeClientInput' });
export type BecomeClientInput = z.output<typeof BecomeClientInput>;

export const Domain = z
  .object({
    domain: LifeDomain,
    status: DomainStatus,
    owner: z.string().nullable(),
    notes: z.string().nullable(),
    plannedOn: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AftercareDomain' });
export type Domain = z.input<typeof Domain>;

export const Assessment = z
  .object({
    moment: z.enum(ASSESSMENT_MOMENTS),
    recordedOn: z.string(),
    domains: z.array(z.object({ domain: LifeDomain, status: DomainStatus })),
  })
  .meta({ id: 'AftercareAssessment' });
export type Assessment = z.input<typeof Assessment>;

export const Handover = z
  .object({
    id: z.uuid(),
    startsAt: z.string(),
    place: z.string(),
    participants: z.array(
      z.object({ name: z.string(), organisation: z.string(), role: z.string().nullable(), userId: z.uuid().nullable() }),
    ),
    note: z.string().nullable(),
    plannedByName: z.string(),
    createdAt: z.string(),
    /** A cancelled handover no longer counts as planned (the task asks for a new one). */
    status: z.enum(['planned', 'cancelled']),
    /** Only the organisation that planned it re-plans or cancels it (its agenda holds the appointment). */
    plannedByOwnOrganisation: z.boolean(),
  })
  .meta({ id: 'AftercareHandover' });
export type Handover = z.input<typeof Handover>;

export const NoticeSummary = z
  .object({
    id: z.uuid(),
    municipalityId: z.uuid(),
    municipalityName: z.string(),
    institutionId: z.uuid().nullable(),
    institutionName: z.string().nullable(),
    withoutNotice: z.boolean(),
    displayName: z.string(),
    dateOfBirth: z.string(),
    notifiedOn: z.string(),
    detentionStartedOn: z.string().nullable(),
    expectedReleaseOn: z.string(),
    releasedOn: z.string().nullable(),
    /** At least 28 days between notice and release. */
    notifiedInTime: z.boolean(),
    handoverPlanned: z.boolean(),
    prolificOffender: z.boolean(),
    clientId: z.uuid().nullable(),
  })
  .meta({ id: 'ReleaseNoticeSummary' });
export type NoticeSummary = z.input<typeof NoticeSummary>;

export const ReleaseNotice = NoticeSummary.extend({
  bsn: z.string(),
  firstName: z.string(),
  surnamePrefix: z.string().nullable(),
  surname: z.string(),
  activities: z.string().nullable(),
  domains: z.array(Domain),
  assessments: z.array(Assessment),
  handovers: z.array(Handover),
  supportLines: z.array(z.enum(SUPPORT_LINES)),
  caseConferenceOn: z.string().nullable(),
  caseConferenceNotes: z.string().nullable(),
  workStartedOn: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
}).meta({ id: 'ReleaseNotice' });
export type ReleaseNotice = z.input<typeof ReleaseNotice>;

export const BecomeClientResult = z
  .object({ noticeId: z.uuid(), clientId: z.uuid(), created: z.boolean() })
  .meta({ id: 'AftercareBecomeClientResult' });

export const OrganisationOption = z.object({ id: z.uuid(), name: z.string() });
export const AftercareOrganisations = z
  .object({ municipalities: z.array(OrganisationOption), institutions: z.array(OrganisationOption) })
  .meta({ id: 'AftercareOrganisations' });

export const ReportQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    /** municipality: the own municipality; region: every municipality in its labour-market region. */
    scope: z.enum(['municipality', 'region']).default('municipality'),
  })
  .refine((q) => q.to >= q.from, { message: 'De einddatum ligt vóór de begindatum.', path: ['to'], params: { code: 'end_before_start' } });

const count = z.number().nullable();
/** Of the notices made in the period (notified on a day from `from` to `to`). */
export const ReportFigures = z.object({
  notices: count,
  withoutNotice: count,
  notifiedInTime: count,
  warmHandovers: count,
  /** All five basic conditions arranged (or not needed) at release. */
  arrangedAtRelease: count,
  /** Six months after release: assessments recorded, and of those all five arranged. */
  assessedAfter6Months: count,
  arrangedAfter6Months: count,
  /** Work started: recorded by the coordinator, or a placement with an employer for the linked client. */
  outflowToWork: count,
});
/** A group of 10 notices or more by name; key null with the label "Overige" for the groups too small to name. */
export const ReportRow = ReportFigures.extend({ key: z.string().nullable(), label: z.string() });
export const AftercareReport = z
  .object({
    from: z.string(),
    to: z.string(),
    scope: z.enum(['municipality', 'region']),
    /** Counts from 1 to 9 are shown as null (too few to show). */
    suppressedBelow: z.number(),
    /** True when at least one figure was suppressed. */
    suppressed: z.boolean(),
    total: ReportFigures,
    perInstitution: z.array(ReportRow),
    perMunicipality: z.array(ReportRow),
  })
  .meta({ id: 'AftercareReport' });
export type AftercareReport = z.input<typeof AftercareReport>;
