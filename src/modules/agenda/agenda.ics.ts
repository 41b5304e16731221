import { createEvents, type EventAttributes } from 'ics';
import { amsterdamWallClock } from '../../kernel/dates.ts';
import type { AppointmentRow } from './agenda.repo.ts';

const STATUS: Record<string, EventAttributes['status']> = {
  planned: 'CONFIRMED',
  held: 'CONFIRMED',
  no_show: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/**
 * An iCalendar file (RFC 5545) of appointments, for the user's own calendar program. Such a file leaves
 * Werkplein (into Outlook, Google, a phone), so it carries no personal data of the client: the title the
 * professional gave, time, place or video link, and a link back to the appointment in Werkplein.
 */
export function appointmentsToIcs(rows: readonly AppointmentRow[], publicUrl: string, calendarName: string): string {
  const events: EventAttributes[] = rows.map((a) => ({
    uid: `${a.id}@werkplein`,
    start: a.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: a.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: a.title,
    ...(a.location ? { location: a.location } : {}),
    description: `${a.videoUrl ? `Videoverbinding: ${a.videoUrl}\n` : ''}Afspraak in Werkplein: ${publicUrl}/agenda?week=${amsterdamWallClock(a.startsAt).date}`,
    // No URL property: the package checks it against its own pattern, which refuses valid links (a
    // port of 0 in development, IPv6 hosts); the links go in the description, which every calendar shows.
    status: STATUS[a.status] ?? 'CONFIRMED',
    // Calendar programs replace an event they already have when the sequence grows.
    sequence: Math.floor((a.updatedAt.getTime() - a.createdAt.getTime()) / 1000),
    lastModified: a.updatedAt.getTime(),
  }));
  const { error, value } = createEvents(events, { productId: '-//Werkplein//Agenda//NL', calName: calendarName });
  if (error || value === null) throw error ?? new Error('De agenda kon niet als iCalendar worden geschreven.');
  return value;
}
