import { defineTaskRule, type DueTask } from '../../platform/task-rules.ts';
import * as repo from './workfirst.repo.ts';
import { addDays, weekStartOf } from './workfirst.rules.ts';

/** How many days before a confirmed measure takes effect the klantmanager is reminded of the hearing. */
export const HEARING_LEAD_DAYS = 3;

/** The attendance task for a placement that has no registration for last week. */
export function attendanceTask(p: { id: string; clientId: string; createdById: string }, weekStart: string): DueTask {
  return {
    subject: { type: 'client', id: p.clientId },
    clientId: p.clientId,
    occurrence: `workfirst-week-${p.id}-${weekStart}`,
    assignee: { userId: p.createdById },
    title: 'Work First: aanwezigheid vorige week registreren',
    dueOn: addDays(weekStart, 9),
    reason: `De aanwezigheid van de week van ${weekStart} is nog niet geregistreerd.`,
  };
}

/** "Aanwezigheid vorige week niet geregistreerd": for the klantmanager of each running placement; closes once registered. */
export const attendanceRule = defineTaskRule({
  id: 'workfirst.attendance',
  description: 'Regel: Work First-aanwezigheid van vorige week niet geregistreerd',
  async due(tx, { organisationId, today }) {
    const lastWeek = addDays(weekStartOf(today), -7);
    const placements = await repo.placementsWithoutAttendance(tx, organisationId, lastWeek, addDays(lastWeek, 6));
    return placements.map((p) => attendanceTask(p, lastWeek));
  },
});

/** The hearing task when a confirmed measure takes effect within HEARING_LEAD_DAYS days, or the client responded. */
export function hearingTask(
  m: { id: string; clientId: string; effectiveFrom: string | null; clientResponse: string | null; klantmanagerId: string },
  today: string,
): DueTask | null {
  if (!m.effectiveFrom || m.effectiveFrom <= today) return null;
  if (m.clientResponse === null && addDays(m.effectiveFrom, -HEARING_LEAD_DAYS) > today) return null;
  return {
    subject: { type: 'client', id: m.clientId },
    clientId: m.clientId,
    occurrence: `workfirst-hearing-${m.id}`,
    assignee: { userId: m.klantmanagerId },
    title: m.clientResponse === null ? 'Maatregel: hoortermijn loopt af' : 'Maatregel: reactie van de cliënt beoordelen',
    dueOn: addDays(m.effectiveFrom, -1),
    reason: `De maatregel gaat in op ${m.effectiveFrom}. Beoordeel vóór die dag of hij blijft staan of vervalt.`,
  };
}

export const hearingRule = defineTaskRule({
  id: 'workfirst.hearing',
  description: 'Regel: maatregel in de hoortermijn',
  async due(tx, { organisationId, today }) {
    const measures = await repo.measuresInHearing(tx, organisationId, today);
    return measures.map((m) => hearingTask(m, today)).filter((t): t is DueTask => t !== null);
  },
});
