import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { Regulation } from './workfirst.rules.ts';
import {
  workfirstApplications,
  workfirstAttendance,
  workfirstDiagnoses,
  workfirstMeasures,
  workfirstPlacements,
  workfirstRegulations,
  workfirstSearchWeeks,
} from './workfirst.schema.ts';

export type ApplicationRow = typeof workfirstApplications.$inferSelect;
export type PlacementRow = typeof workfirstPlacements.$inferSelect;
export type AttendanceRow = typeof workfirstAttendance.$inferSelect;
export type MeasureRow = typeof workfirstMeasures.$inferSelect;
export type DiagnosisRow = typeof workfirstDiagnoses.$inferSelect;
export type SearchWeekRow = typeof workfirstSearchWeeks.$inferSelect;

// Every query runs in the caller's tenant transaction: row-level security keeps it to the organisation.

export async function regulations(db: Db, organisationId: string): Promise<Regulation[]> {
  const rows = await db
    .select()
    .from(workfirstRegulations)
    .where(eq(workfirstRegulations.organisationId, organisationId))
    .orderBy(asc(workfirstRegulations.validFrom));
  return rows.map((r) => ({
    validFrom: r.validFrom,
    minHoursPerWeek: r.minHoursPerWeek,
    applicationsTargetPerWeek: r.applicationsTargetPerWeek,
    hearingDays: r.hearingDays,
    ceilingPercent: r.ceilingPercent,
    categories: r.categories as Regulation['categories'],
  }));
}

export async function upsertRegulation(db: Db, row: typeof workfirstRegulations.$inferInsert): Promise<void> {
  const { id: _id, organisationId: _o, validFrom: _v, ...rest } = row;
  await db
    .insert(workfirstRegulations)
    .values(row)
    .onConflictDoUpdate({ target: [workfirstRegulations.organisationId, workfirstRegulations.validFrom], set: rest });
}

export async function insertApplication(db: Db, row: typeof workfirstApplications.$inferInsert): Promise<void> {
  await db.insert(workfirstApplications).values(row);
}

export async function findApplication(db: Db, clientId: string, id: string): Promise<ApplicationRow | null> {
  return (
    (
      await db
        .select()
        .from(workfirstApplications)
        .where(and(eq(workfirstApplications.id, id), eq(workfirstApplications.clientId, clientId)))
    )[0] ?? null
  );
}

export async function updateApplication(db: Db, id: string, patch: Partial<typeof workfirstApplications.$inferInsert>): Promise<void> {
  await db
    .update(workfirstApplications)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(workfirstApplications.id, id));
}

export async function applicationsOfClient(db: Db, clientId: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(workfirstApplications)
    .where(eq(workfirstApplications.clientId, clientId))
    .orderBy(asc(workfirstApplications.reportedOn));
}

export async function searchWeeksOf(db: Db, applicationIds: readonly string[]): Promise<SearchWeekRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(workfirstSearchWeeks)
    .where(inArray(workfirstSearchWeeks.applicationId, [...applicationIds]));
}

export async function upsertSearchWeek(db: Db, row: typeof workfirstSearchWeeks.$inferInsert): Promise<void> {
  await db
    .insert(workfirstSearchWeeks)
    .values(row)
    .onConflictDoUpdate({
      target: [workfirstSearchWeeks.applicationId, workfirstSearchWeeks.weekStart],
      set: { jobApplications: row.jobApplications, target: row.target, updatedAt: new Date() },
    });
}

export async function insertPlacement(db: Db, row: typeof workfirstPlacements.$inferInsert): Promise<void> {
  await db.insert(workfirstPlacements).values(row);
}

export async function findPlacement(db: Db, clientId: string, id: string): Promise<PlacementRow | null> {
  return (
    (
      await db
        .select()
        .from(workfirstPlacements)
        .where(and(eq(workfirstPlacements.id, id), eq(workfirstPlacements.clientId, clientId)))
    )[0] ?? null
  );
}

export async function updatePlacement(db: Db, id: string, patch: Partial<typeof workfirstPlacements.$inferInsert>): Promise<void> {
  await db.update(workfirstPlacements).set(patch).where(eq(workfirstPlacements.id, id));
}

export async function placementsOfClient(db: Db, clientId: string): Promise<PlacementRow[]> {
  return db.select().from(workfirstPlacements).where(eq(workfirstPlacements.clientId, clientId)).orderBy(asc(workfirstPlacements.startsOn));
}

/** Running placements that overlap the week starting on `weekStart`. */
export async function activePlacementsInWeek(db: Db, organisationId: string, weekStart: string, weekEnd: string): Promise<PlacementRow[]> {
  return db
    .select()
    .from(workfirstPlacements)
    .where(
      and(
        eq(workfirstPlacements.organisationId, organisationId),
        eq(workfirstPlacements.status, 'active'),
        lte(workfirstPlacements.startsOn, weekEnd),
        gte(workfirstPlacements.endsOn, weekStart),
      ),
    )
    .orderBy(asc(workfirstPlacements.startsOn), asc(workfirstPlacements.id));
}

export async function attendanceOf(db: Db, placementIds: readonly string[]): Promise<AttendanceRow[]> {
  if (placementIds.length === 0) return [];
  return db
    .select()
    .from(workfirstAttendance)
    .where(inArray(workfirstAttendance.placementId, [...placementIds]))
    .orderBy(asc(workfirstAttendance.weekStart));
}

export async function upsertAttendance(db: Db, row: typeof workfirstAttendance.$inferInsert): Promise<void> {
  const { placementId: _p, organisationId: _o, weekStart: _w, ...rest } = row;
  await db
    .insert(workfirstAttendance)
    .values(row)
    .onConflictDoUpdate({
      target: [workfirstAttendance.placementId, workfirstAttendance.weekStart],
      set: { ...rest, updatedAt: new Date() },
    });
}

export async function measuresOf(db: Db, placementIds: readonly string[]): Promise<MeasureRow[]> {
  if (placementIds.length === 0) return [];
  return db
    .select()
    .from(workfirstMeasures)
    .where(inArray(workfirstMeasures.placementId, [...placementIds]))
    .orderBy(asc(workfirstMeasures.weekStart));
}

export async function measuresOfClient(db: Db, clientId: string): Promise<MeasureRow[]> {
  return db.select().from(workfirstMeasures).where(eq(workfirstMeasures.clientId, clientId)).orderBy(asc(workfirstMeasures.weekStart));
}

export async function findMeasure(db: Db, clientId: string, id: string, opts: { lock?: boolean } = {}): Promise<MeasureRow | null> {
  const q = db
    .select()
    .from(workfirstMeasures)
    .where(and(eq(workfirstMeasures.id, id), eq(workfirstMeasures.clientId, clientId)));
  return (await (opts.lock ? q.for('update') : q))[0] ?? null;
}

export async function insertMeasure(db: Db, row: typeof workfirstMeasures.$inferInsert): Promise<void> {
  await db.insert(workfirstMeasures).values(row);
}

export async function updateMeasure(db: Db, id: string, patch: Partial<typeof workfirstMeasures.$inferInsert>): Promise<void> {
  await db.update(workfirstMeasures).set(patch).where(eq(workfirstMeasures.id, id));
}

export async function diagnosesOf(db: Db, placementIds: readonly string[]): Promise<DiagnosisRow[]> {
  if (placementIds.length === 0) return [];
  return db
    .select()
    .from(workfirstDiagnoses)
    .where(inArray(workfirstDiagnoses.placementId, [...placementIds]));
}

export async function upsertDiagnosis(db: Db, row: typeof workfirstDiagnoses.$inferInsert): Promise<void> {
  const { placementId: _p, organisationId: _o, ...rest } = row;
  await db
    .insert(workfirstDiagnoses)
    .values(row)
    .onConflictDoUpdate({ target: workfirstDiagnoses.placementId, set: { ...rest, recordedAt: new Date() } });
}

// Task rules -------------------------------------------------------------------------------------------

/** Running placements overlapping a week with no attendance registered for it. */
export async function placementsWithoutAttendance(
  db: Db,
  organisationId: string,
  weekStart: string,
  weekEnd: string,
): Promise<PlacementRow[]> {
  return db
    .select()
    .from(workfirstPlacements)
    .where(
      and(
        eq(workfirstPlacements.organisationId, organisationId),
        eq(workfirstPlacements.status, 'active'),
        lte(workfirstPlacements.startsOn, weekEnd),
        gte(workfirstPlacements.endsOn, weekStart),
        sql`NOT EXISTS (SELECT 1 FROM workfirst_attendance a WHERE a.placement_id = ${workfirstPlacements.id} AND a.week_start = ${weekStart})`,
      ),
    );
}

/** Confirmed measures whose hearing period is still running (they take effect after `today`). */
export async function measuresInHearing(
  db: Db,
  organisationId: string,
  today: string,
): Promise<(MeasureRow & { klantmanagerId: string })[]> {
  const rows = await db
    .select({ m: workfirstMeasures, km: workfirstPlacements.createdById })
    .from(workfirstMeasures)
    .innerJoin(workfirstPlacements, eq(workfirstPlacements.id, workfirstMeasures.placementId))
    .where(
      and(
        eq(workfirstMeasures.organisationId, organisationId),
        eq(workfirstMeasures.status, 'confirmed'),
        isNotNull(workfirstMeasures.effectiveFrom),
        sql`${workfirstMeasures.effectiveFrom} > ${today}`,
      ),
    );
  return rows.map((r) => ({ ...r.m, klantmanagerId: r.km }));
}

// Report -----------------------------------------------------------------------------------------------

export async function applicationsReportedIn(db: Db, organisationId: string, from: string, to: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(workfirstApplications)
    .where(
      and(
        eq(workfirstApplications.organisationId, organisationId),
        gte(workfirstApplications.reportedOn, from),
        lte(workfirstApplications.reportedOn, to),
      ),
    );
}

/** Applications of the given clients reported on or after a date (to see the withdrawn again). */
export async function applicationsOfClientsFrom(db: Db, clientIds: readonly string[], from: string): Promise<ApplicationRow[]> {
  if (clientIds.length === 0) return [];
  return db
    .select()
    .from(workfirstApplications)
    .where(and(inArray(workfirstApplications.clientId, [...clientIds]), gte(workfirstApplications.reportedOn, from)));
}

export async function placementsStartedIn(db: Db, organisationId: string, from: string, to: string): Promise<PlacementRow[]> {
  return db
    .select()
    .from(workfirstPlacements)
    .where(
      and(
        eq(workfirstPlacements.organisationId, organisationId),
        gte(workfirstPlacements.startsOn, from),
        lte(workfirstPlacements.startsOn, to),
      ),
    );
}

export async function confirmedMeasuresIn(db: Db, organisationId: string, from: string, to: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(workfirstMeasures)
    .where(
      and(
        eq(workfirstMeasures.organisationId, organisationId),
        eq(workfirstMeasures.status, 'confirmed'),
        gte(workfirstMeasures.weekStart, from),
        lte(workfirstMeasures.weekStart, to),
      ),
    );
  return row?.n ?? 0;
}
