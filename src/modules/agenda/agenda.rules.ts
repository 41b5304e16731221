import { addDays, amsterdamInstant } from '../../kernel/dates.ts';

export const APPOINTMENT_STATUSES = ['planned', 'held', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Appointments another module plans and keeps in step (never with a client): a warm handover in aftercare. */
export const APPOINTMENT_ORIGINS = ['aftercare_handover'] as const;
export type AppointmentOrigin = (typeof APPOINTMENT_ORIGINS)[number];

export const APPOINTMENT_STATUS_LABELS_NL: Record<AppointmentStatus, string> = {
  planned: 'Gepland',
  held: 'Gehouden',
  cancelled: 'Afgezegd',
  no_show: 'Niet verschenen',
};

/** The longest agenda one request returns (a quarter), so a wrong range cannot ask for years. */
export const MAX_AGENDA_DAYS = 92;

/** How many days back "Mijn afspraken" in the client portal reaches (the upcoming ones are all shown). */
export const PORTAL_PAST_DAYS = 30;

/** The instant the portal's list begins: midnight in Amsterdam, PORTAL_PAST_DAYS days before today. */
export function portalListStart(today: string): Date {
  return amsterdamMidnight(addDays(today, -PORTAL_PAST_DAYS));
}

/** The instant a calendar day (YYYY-MM-DD) begins in Amsterdam: an agenda's "from 8 December" means this. */
export function amsterdamMidnight(date: string): Date {
  return amsterdamInstant(date, '00:00');
}

/** The day after an ISO date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (to − from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
