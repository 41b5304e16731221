import type { Role } from '../../kernel/roles.ts';
import {
  CLIENT_FILE_ROLES,
  definePolicy,
  hasRole,
  ownOrganisation,
  portalOnly,
  signedIn,
  type ActorFacts,
} from '../../platform/http/access.ts';

/** The professionals who keep an agenda in Werkplein. */
export const AGENDA_ROLES = [
  'klantmanager',
  'jobcoach',
  'werkgeversadviseur',
  'prb_werkadviseur',
  'nazorgcoordinator',
] as const satisfies readonly Role[];

/** Appointments with clients and among professionals; the agenda per user and per client. */
export const agendaPolicy = definePolicy('agenda', {
  /** One's own agenda (appointments one takes part in), also as an iCalendar file. */
  ownAgenda: signedIn(AGENDA_ROLES),
  /** Plan an appointment; one with a client needs a role that handles client files (mayPlanWithClient). */
  plan: signedIn(AGENDA_ROLES),
  /** Open or change one appointment: a participant (mayChangeAppointment), or who may see the client's file. */
  appointment: signedIn(AGENDA_ROLES),
  /** A client's appointments, with the client file. */
  clientAppointments: signedIn(CLIENT_FILE_ROLES, 'client-read'),
  /** "Mijn afspraken" in the client portal: the appointments of the client's own file. */
  portal: portalOnly(),
});

/** Appointments with a client are planned by those who handle client files. */
export function mayPlanWithClient(actor: Pick<ActorFacts, 'roles'>): boolean {
  return hasRole(actor, ...CLIENT_FILE_ROLES);
}

/** Participants of the appointment's organisation change it (reschedule, cancel, write the outcome). */
export function mayChangeAppointment(
  actor: Pick<ActorFacts, 'organisationId' | 'userId'>,
  appointment: { organisationId: string },
  participantIds: readonly string[],
): boolean {
  return ownOrganisation(actor, appointment) && participantIds.includes(actor.userId);
}

/** Who sees an appointment: its participants, and (for one with a client) the roles that handle client files. */
export function mayOpenAppointment(
  actor: Pick<ActorFacts, 'organisationId' | 'userId' | 'roles'>,
  appointment: { organisationId: string; clientId: string | null },
  participantIds: readonly string[],
): boolean {
  if (!ownOrganisation(actor, appointment)) return false;
  return participantIds.includes(actor.userId) || (appointment.clientId !== null && mayPlanWithClient(actor));
}
