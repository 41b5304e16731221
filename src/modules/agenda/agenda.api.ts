import { z } from 'zod';
import { isoDate, optionalText, text, uuidField } from '../../platform/http/fields.ts';
import { APPOINTMENT_ORIGINS, APPOINTMENT_STATUSES, daysBetween, MAX_AGENDA_DAYS } from './agenda.rules.ts';

const instant = z.iso.datetime({ offset: true, message: 'Vul een tijdstip in met tijdzone (bijvoorbeeld 2026-12-08T10:00:00+01:00).' });
const videoUrl = z
  .url({ protocol: /^https$/, message: 'Vul een https-link in.' })
  .max(500)
  .nullish()
  .transform((v) => v ?? null);

export const AppointmentInput = z
  .strictObject({
    title: text(200),
    startsAt: instant,
    endsAt: instant,
    location: optionalText(200),
    videoUrl,
    /** The client the appointment is with (a file the organisation may see); leave out for one among professionals. */
    clientId: uuidField.nullish().transform((v) => v ?? null),
    /** Colleagues of the own organisation who take part besides the creator. */
    participantUserIds: z.array(uuidField).max(20).default([]),
  })
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    message: 'Het einde ligt niet na het begin.',
    path: ['endsAt'],
    params: { code: 'end_before_start' },
  })
  .meta({ id: 'AppointmentInput' });
export type AppointmentInput = z.output<typeof AppointmentInput>;

export const AppointmentPatch = z
  .strictObject({
    title: text(200).optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    location: optionalText(200).optional(),
    videoUrl: videoUrl.optional(),
    status: z.enum(APPOINTMENT_STATUSES).optional(),
    /** How it went; may be written once the appointment has begun. */
    outcomeNote: optionalText(4000).optional(),
  })
  .meta({ id: 'AppointmentPatch' });
export type AppointmentPatch = z.output<typeof AppointmentPatch>;

export const AgendaQuery = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((q) => q.to >= q.from, { message: 'De einddatum ligt vóór de begindatum.', path: ['to'], params: { code: 'end_before_start' } })
  .refine((q) => daysBetween(q.from, q.to) < MAX_AGENDA_DAYS, {
    message: `Vraag een agenda van hoogstens ${MAX_AGENDA_DAYS} dagen op.`,
    path: ['to'],
    params: { code: 'range_too_long' },
  });

export const Appointment = z
  .object({
    id: z.uuid(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    status: z.enum(APPOINTMENT_STATUSES),
    outcomeNote: z.string().nullable(),
    /** The appointment is with a client (whose name only the roles that handle client files see). */
    withClient: z.boolean(),
    /** The client, for those who may see the client file; null for an appointment among professionals. */
    client: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    participants: z.array(z.object({ userId: z.uuid(), name: z.string() })),
    createdByName: z.string(),
    /** The signed-in user takes part (and may change it). */
    mine: z.boolean(),
    /**
     * Planned and kept in step by another part of Werkplein: `aftercare_handover` is a warm handover, changed
     * or cancelled in aftercare only (the agenda refuses with 409). Null when planned in the agenda.
     */
    origin: z.enum(APPOINTMENT_ORIGINS).nullable(),
  })
  .meta({ id: 'Appointment' });
export type Appointment = z.input<typeof Appointment>;

/**
 * An appointment as the client sees it in the portal: when, where, with whom (the professionals and
 * their organisation) and whether it was cancelled; never the outcome note or who planned it.
 */
export const PortalAppointment = z
  .object({
    id: z.uuid(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    status: z.enum(APPOINTMENT_STATUSES),
    organisationName: z.string(),
    professionals: z.array(z.object({ name: z.string() })),
  })
  .meta({ id: 'PortalAppointment' });
export type PortalAppointment = z.input<typeof PortalAppointment>;
