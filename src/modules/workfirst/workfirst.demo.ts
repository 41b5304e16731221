import { inTenant, type Db } from '../../platform/db/database.ts';
import * as repo from './workfirst.repo.ts';
import { addDays, DEFAULT_REGULATION, proposeMeasure, underSearchPeriodAge, weekStartOf } from './workfirst.rules.ts';

/** What the Work First demo needs of the core demo (a subset of the demo seed context). */
export interface WorkfirstDemoContext {
  db: Db;
  today: string;
  organisations: readonly { id: string; kind: string }[];
  clients: readonly { id: string; organisationId: string; caseManagerId: string; dateOfBirth: string }[];
  id(key: string): string;
}

/** About one in six of a municipality's demo clients went through Work First, at most this many each. */
const SHARE = 6;
const MAX_PER_MUNICIPALITY = 40;
const PROVIDERS = [
  { kind: 'own_company', name: 'Eigen werkbedrijf', activity: 'Groenonderhoud in de wijk' },
  { kind: 'own_company', name: 'Eigen werkbedrijf', activity: 'Inpak- en montagewerk' },
  { kind: 'provider', name: 'Stapvoort Re-integratie', activity: 'Werken in de kringloopwinkel' },
  { kind: 'provider', name: 'Stapvoort Re-integratie', activity: 'Schoonmaak en facilitair werk' },
] as const;

/** A stable number in [0, 1) per key, so the demo is the same in every load. */
function unit(key: string): number {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * Work First in the demo municipalities: benefit applications over the last eight months, a quarter
 * withdrawn or not pursued (the inflow prevention), six-week placements of 24 hours with their weekly
 * attendance, now and then an absence without a valid reason and its measure (confirmed, dropped, or
 * still proposed), and a diagnosis for the finished placements. Last week is left open for some, so the
 * work queue shows the attendance task. Dates are relative to the day the demo is loaded.
 */
export async function seedWorkfirstDemo(
  ctx: WorkfirstDemoContext,
): Promise<{ applications: number; placements: number; measures: number }> {
  const totals = { applications: 0, placements: 0, measures: 0 };
  const thisMonday = weekStartOf(ctx.today);
  for (const org of ctx.organisations.filter((o) => o.kind === 'gemeente')) {
    const clients = ctx.clients.filter((c) => c.organisationId === org.id);
    const chosen = clients.filter((c) => unit(`wf-pick-${c.id}`) < 1 / SHARE).slice(0, MAX_PER_MUNICIPALITY);
    if (chosen.length === 0) continue;
    for (const c of chosen) {
      await inTenant(ctx.db, { organisationId: org.id, userId: c.caseManagerId }, async (tx) => {
        const r = (k: string) => unit(`wf-${k}-${c.id}`);
        const reportedOn = addDays(thisMonday, -Math.floor(r('reported') * 240) - 3);
        const applicationId = ctx.id(`workfirst:application:${c.id}`);
        const roll = r('outcome');
        const outcome = roll < 0.15 ? 'withdrawn' : roll < 0.25 ? 'not_pursued' : roll < 0.4 ? null : 'granted';
        const decidedOn = outcome ? addDays(reportedOn, outcome === 'granted' ? 28 : 10) : null;
        await repo.insertApplication(tx, {
          id: applicationId,
          organisationId: org.id,
          clientId: c.id,
          reportedOn,
          submittedOn: addDays(reportedOn, 2),
          decidedOn: decidedOn && decidedOn <= ctx.today ? decidedOn : null,
          outcome: decidedOn && decidedOn <= ctx.today ? outcome : null,
          searchPeriod: underSearchPeriodAge(c.dateOfBirth, reportedOn),
          workStartedOn: outcome === 'granted' && r('work') < 0.3 ? addDays(reportedOn, 60 + Math.floor(r('workday') * 90)) : null,
          createdById: c.caseManagerId,
        });
        totals.applications++;
        if (outcome === 'withdrawn' || outcome === 'not_pursued') return;

        const startsOn = addDays(weekStartOf(reportedOn), 7);
        if (startsOn > ctx.today) return;
        const endsOn = addDays(startsOn, 6 * 7 - 3);
        const provider = PROVIDERS[Math.floor(r('provider') * PROVIDERS.length)]!;
        const finished = endsOn < ctx.today;
        const dropped = finished && r('dropped') < 0.15;
        const placementId = ctx.id(`workfirst:placement:${c.id}`);
        await repo.insertPlacement(tx, {
          id: placementId,
          organisationId: org.id,
          applicationId,
          clientId: c.id,
          providerKind: provider.kind,
          providerName: provider.name,
          activity: provider.activity,
          hoursPerWeek: 24,
          startsOn,
          endsOn,
          status: dropped ? 'dropped_out' : finished ? 'completed' : 'active',
          createdById: c.caseManagerId,
        });
        totals.placements++;

        const confirmed: { weekStart: string }[] = [];
        for (let week = startsOn; week <= endsOn && week < thisMonday; week = addDays(week, 7)) {
          // Some running placements still wait for last week's registration (the work queue's task).
          if (week === addDays(thisMonday, -7) && r('open') < 0.4) break;
          const absent = r(`absent-${week}`) < 0.12 ? 4 + Math.floor(r(`hours-${week}`) * 3) * 4 : 0;
          const excused = absent === 0 && r(`sick-${week}`) < 0.1 ? 8 : 0;
          await repo.upsertAttendance(tx, {
            placementId,
            organisationId: org.id,
            weekStart: week,
            hoursPlanned: 24,
            hoursPresent: 24 - absent - excused,
            absenceExcusedHours: excused,
            absenceUnexcusedHours: absent,
            note: excused ? 'Ziek gemeld' : null,
            registeredById: c.caseManagerId,
          });
          const proposal = proposeMeasure({ absenceUnexcusedHours: absent }, week, confirmed, []);
          if (!proposal) continue;
          const recent = week >= addDays(thisMonday, -14);
          const decision = recent ? 'proposed' : r(`decide-${week}`) < 0.7 ? 'confirmed' : 'dropped';
          await repo.insertMeasure(tx, {
            id: ctx.id(`workfirst:measure:${placementId}:${week}`),
            organisationId: org.id,
            placementId,
            clientId: c.id,
            weekStart: week,
            ...proposal,
            status: decision,
            decidedById: decision === 'proposed' ? null : c.caseManagerId,
            decidedAt: decision === 'proposed' ? null : new Date(`${addDays(week, 9)}T09:00:00Z`),
            decisionReason:
              decision === 'confirmed'
                ? 'Niet verschenen en niet afgemeld.'
                : decision === 'dropped'
                  ? 'Geldige reden alsnog aangetoond.'
                  : null,
            effectiveFrom: decision === 'proposed' ? null : addDays(week, 9 + DEFAULT_REGULATION.hearingDays),
          });
          if (decision === 'confirmed') confirmed.push({ weekStart: week });
          totals.measures++;
        }

        if (finished && !dropped) {
          await repo.upsertDiagnosis(tx, {
            placementId,
            organisationId: org.id,
            hoursPerWeekFeasible: r('feasible') < 0.5 ? 24 : 32,
            workHabits: r('habits') < 0.7 ? 'Op tijd, werkt zelfstandig door.' : 'Wisselend op tijd; heeft structuur nodig.',
            skillsSeen: provider.activity,
            limitations: null,
            advice: r('advice') < 0.6 ? 'work' : r('advice') < 0.9 ? 'trajectory' : 'care',
            adviceNote: null,
            ladderRung: 3 + Math.floor(r('rung') * 3),
            recordedById: c.caseManagerId,
          });
        }
      });
    }
  }
  return totals;
}
