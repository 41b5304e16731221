import { amsterdamWallClock } from '../../../../src/kernel/dates.ts';

/**
 * The client file's timeline: notes, appointments, tasks, ladder assessments and trajectories in one list,
 * newest first. Each source keeps its own API; this only puts them side by side.
 */
export const TIMELINE_KINDS = ['note', 'appointment', 'task', 'ladder', 'trajectory'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  /** Stable across renders: kind plus the source's id (and which event of it). */
  key: string;
  kind: TimelineKind;
  /** The Amsterdam calendar day it happened or is planned (YYYY-MM-DD). */
  date: string;
  /** For ordering within a day: an instant or the day itself. */
  sortKey: string;
  title: string;
  detail: string | null;
  /** Who wrote or did it, where the source says. */
  by: string | null;
  /** A note's kind, an appointment's or task's status: for the label next to the title. */
  tag: string | null;
}

export interface TimelineSources {
  notes: readonly {
    id: string;
    kind: string;
    notedOn: string;
    text: string;
    createdAt: string;
    author: { name: string };
    organisation: { name: string };
  }[];
  appointments: readonly {
    id: string;
    title: string;
    startsAt: string;
    status: string;
    outcomeNote: string | null;
    location: string | null;
  }[];
  tasks: readonly { id: string; title: string; dueOn: string; status: string; reason: string | null; closedAt: string | null }[];
  ladder: readonly { id: string; rung: number; assessedOn: string; notes: string | null; createdAt: string }[];
  trajectories: readonly {
    id: string;
    instrument: { name: string };
    startDate: string;
    endDate: string | null;
    status: string;
    organisationName: string;
  }[];
}

/** The Amsterdam day of an instant. */
const amsterdamDay = (iso: string) => amsterdamWallClock(new Date(iso)).date;

export function timelineEntries(s: TimelineSources): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...s.notes.map((n) => ({
      key: `note:${n.id}`,
      kind: 'note' as const,
      date: n.notedOn,
      sortKey: `${n.notedOn}T${n.createdAt.slice(11)}`,
      title: n.text,
      detail: null,
      by: `${n.author.name} (${n.organisation.name})`,
      tag: n.kind,
    })),
    ...s.appointments.map((a) => ({
      key: `appointment:${a.id}`,
      kind: 'appointment' as const,
      date: amsterdamDay(a.startsAt),
      sortKey: a.startsAt,
      title: a.title,
      detail: a.outcomeNote ?? a.location,
      by: null,
      tag: a.status,
    })),
    ...s.tasks.map((task) => {
      const date = task.closedAt ? amsterdamDay(task.closedAt) : task.dueOn;
      return {
        key: `task:${task.id}`,
        kind: 'task' as const,
        date,
        sortKey: task.closedAt ?? `${task.dueOn}T23:59:59`,
        title: task.title,
        detail: task.reason,
        by: null,
        tag: task.status,
      };
    }),
    ...s.ladder.map((l) => ({
      key: `ladder:${l.id}`,
      kind: 'ladder' as const,
      date: l.assessedOn,
      sortKey: `${l.assessedOn}T${l.createdAt.slice(11)}`,
      title: String(l.rung),
      detail: l.notes,
      by: null,
      tag: null,
    })),
    ...s.trajectories.flatMap((tr) => [
      {
        key: `trajectory:${tr.id}:start`,
        kind: 'trajectory' as const,
        date: tr.startDate,
        sortKey: `${tr.startDate}T00:00:00`,
        title: tr.instrument.name,
        detail: tr.organisationName,
        by: null,
        tag: 'started',
      },
      ...(tr.endDate
        ? [
            {
              key: `trajectory:${tr.id}:end`,
              kind: 'trajectory' as const,
              date: tr.endDate,
              sortKey: `${tr.endDate}T23:59:58`,
              title: tr.instrument.name,
              detail: tr.organisationName,
              by: null,
              tag: 'ended',
            },
          ]
        : []),
    ]),
  ];
  return entries.sort((a, b) => (a.date === b.date ? b.sortKey.localeCompare(a.sortKey) : b.date.localeCompare(a.date)));
}
