import { describe, expect, it } from 'vitest';
import { timelineEntries } from './timeline.ts';

const none = { notes: [], appointments: [], tasks: [], ladder: [], trajectories: [] };

describe('the client file’s timeline', () => {
  it('puts notes, appointments, tasks, ladder steps and trajectories in one list, newest day first', () => {
    const entries = timelineEntries({
      notes: [
        {
          id: 'n1',
          kind: 'intake',
          notedOn: '2026-11-02',
          text: 'Intake',
          createdAt: '2026-11-03T09:00:00.000Z',
          author: { name: 'Anna' },
          organisation: { name: 'Gemeente' },
        },
      ],
      // 23:30 UTC on 1 December is 2 December in Amsterdam.
      appointments: [
        { id: 'a1', title: 'Gesprek', startsAt: '2026-12-01T23:30:00.000Z', status: 'held', outcomeNote: null, location: 'Kantoor' },
      ],
      tasks: [{ id: 't1', title: 'Bellen', dueOn: '2026-12-10', status: 'open', reason: null, closedAt: null }],
      ladder: [{ id: 'l1', rung: 3, assessedOn: '2026-11-15', notes: null, createdAt: '2026-11-15T10:00:00.000Z' }],
      trajectories: [
        {
          id: 'tr',
          instrument: { name: 'Werkfit' },
          startDate: '2026-11-05',
          endDate: '2026-11-30',
          status: 'closed',
          organisationName: 'Stapvoort',
        },
      ],
    });
    expect(entries.map((e) => [e.date, e.kind, e.tag])).toEqual([
      ['2026-12-10', 'task', 'open'],
      ['2026-12-02', 'appointment', 'held'],
      ['2026-11-30', 'trajectory', 'ended'],
      ['2026-11-15', 'ladder', null],
      ['2026-11-05', 'trajectory', 'started'],
      ['2026-11-02', 'note', 'intake'],
    ]);
  });

  it('dates a closed task on the day it was closed, and orders one day by time, latest first', () => {
    const entries = timelineEntries({
      ...none,
      notes: [
        {
          id: 'early',
          kind: 'telefoon',
          notedOn: '2026-12-01',
          text: 'a',
          createdAt: '2026-12-01T08:00:00.000Z',
          author: { name: 'A' },
          organisation: { name: 'G' },
        },
        {
          id: 'late',
          kind: 'gesprek',
          notedOn: '2026-12-01',
          text: 'b',
          createdAt: '2026-12-01T15:00:00.000Z',
          author: { name: 'A' },
          organisation: { name: 'G' },
        },
      ],
      tasks: [{ id: 'done', title: 'Check', dueOn: '2026-11-20', status: 'done', reason: null, closedAt: '2026-12-03T10:00:00.000Z' }],
    });
    expect(entries.map((e) => e.key)).toEqual(['task:done', 'note:late', 'note:early']);
    expect(entries[0]!.date).toBe('2026-12-03');
  });
});
