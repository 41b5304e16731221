import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { releaseNoticeAssessments, releaseNoticeDomains, releaseNoticeHandovers, releaseNotices } from './aftercare.schema.ts';

export type NoticeRow = typeof releaseNotices.$inferSelect;
export type DomainRow = typeof releaseNoticeDomains.$inferSelect;
export type AssessmentRow = typeof releaseNoticeAssessments.$inferSelect;
export type HandoverRow = typeof releaseNoticeHandovers.$inferSelect;

// Every query repeats the row-level-security predicate: the notice's municipality or its institution.
const visibleTo = (organisationId: string) =>
  or(eq(releaseNotices.municipalityId, organisationId), eq(releaseNotices.institutionId, organisationId));

export async function insertNotice(db: Db, row: typeof releaseNotices.$inferInsert): Promise<void> {
  await db.insert(releaseNotices).values(row);
}

export async function findNotice(db: Db, organisationId: string, id: string): Promise<NoticeRow | null> {
  return (
    (
      await db
        .select()
        .from(releaseNotices)
        .where(and(eq(releaseNotices.id, id), visibleTo(organisationId)))
    )[0] ?? null
  );
}

export async function listNotices(db: Db, organisationId: string): Promise<NoticeRow[]> {
  return db
    .select()
    .from(releaseNotices)
    .where(visibleTo(organisationId))
    .orderBy(asc(releaseNotices.expectedReleaseOn), asc(releaseNotices.id));
}

export async function updateNotice(
  db: Db,
  id: string,
  patch: Partial<
    Pick<
      NoticeRow,
      'releasedOn' | 'prolificOffender' | 'supportLines' | 'caseConferenceOn' | 'caseConferenceNotes' | 'clientId' | 'workStartedOn'
    >
  >,
): Promise<void> {
  await db
    .update(releaseNotices)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(releaseNotices.id, id));
}

export async function domainsOf(db: Db, noticeIds: string[]): Promise<DomainRow[]> {
  if (noticeIds.length === 0) return [];
  return db.select().from(releaseNoticeDomains).where(inArray(releaseNoticeDomains.noticeId, noticeIds));
}

export async function upsertDomain(db: Db, row: typeof releaseNoticeDomains.$inferInsert): Promise<void> {
  const { noticeId: _n, domain: _d, municipalityId: _m, institutionId: _i, ...rest } = row;
  await db
    .insert(releaseNoticeDomains)
    .values(row)
    .onConflictDoUpdate({ target: [releaseNoticeDomains.noticeId, releaseNoticeDomains.domain], set: { ...rest, updatedAt: new Date() } });
}

export async function assessmentsOf(db: Db, noticeId: string): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(releaseNoticeAssessments)
    .where(eq(releaseNoticeAssessments.noticeId, noticeId))
    .orderBy(asc(releaseNoticeAssessments.recordedOn), asc(releaseNoticeAssessments.id));
}

/** Keeps the first snapshot of a moment; a second one of the same moment is refused by the caller. */
export async function insertAssessment(db: Db, row: typeof releaseNoticeAssessments.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(releaseNoticeAssessments)
    .values(row)
    .onConflictDoNothing({ target: [releaseNoticeAssessments.noticeId, releaseNoticeAssessments.moment] })
    .returning({ id: releaseNoticeAssessments.id });
  return inserted.length > 0;
}

export async function handoversOf(db: Db, noticeIds: string[]): Promise<HandoverRow[]> {
  if (noticeIds.length === 0) return [];
  return db
    .select()
    .from(releaseNoticeHandovers)
    .where(inArray(releaseNoticeHandovers.noticeId, noticeIds))
    .orderBy(desc(releaseNoticeHandovers.startsAt));
}

export async function insertHandover(db: Db, row: typeof releaseNoticeHandovers.$inferInsert): Promise<void> {
  await db.insert(releaseNoticeHandovers).values(row);
}

export async function findHandover(db: Db, noticeId: string, id: string): Promise<HandoverRow | null> {
  return (
    (
      await db
        .select()
        .from(releaseNoticeHandovers)
        .where(and(eq(releaseNoticeHandovers.noticeId, noticeId), eq(releaseNoticeHandovers.id, id)))
    )[0] ?? null
  );
}

/** Re-plan or cancel (row-level security: the planning organisation's aftercare role, these columns only). */
export async function updateHandover(
  db: Db,
  id: string,
  patch: Partial<
    Pick<typeof releaseNoticeHandovers.$inferInsert, 'startsAt' | 'place' | 'participants' | 'note' | 'status' | 'appointmentId'>
  >,
): Promise<void> {
  await db
    .update(releaseNoticeHandovers)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(releaseNoticeHandovers.id, id));
}

/**
 * The notices of the current municipality released within [today, until] without a planned handover: ids
 * and dates only, through a database function (the work-queue run has no user, so the role-bound policy
 * would show it nothing).
 */
export async function handoversDue(db: Db, today: string, until: string): Promise<{ id: string; releaseOn: string }[]> {
  const rows = await queryRows<{ id: string; release_on: string }>(
    db,
    sql`SELECT id, release_on::text AS release_on FROM aftercare_handovers_due(${today}::date, ${until}::date)`,
  );
  return rows.map((r) => ({ id: r.id, releaseOn: r.release_on }));
}

export interface ReportGroupRow {
  municipality_id: string;
  institution_id: string | null;
  notices: number;
  without_notice: number;
  in_time: number;
  handovers: number;
  arranged_release: number;
  assessed_6m: number;
  arranged_6m: number;
  work: number;
}

/** Aggregates per municipality and institution (never a row about a person), through a database function. */
export async function reportFigures(db: Db, from: string, to: string, region: boolean): Promise<ReportGroupRow[]> {
  const rows = await queryRows<ReportGroupRow>(db, sql`SELECT * FROM aftercare_report_figures(${from}::date, ${to}::date, ${region})`);
  return rows.map((r) => ({
    ...r,
    notices: Number(r.notices),
    without_notice: Number(r.without_notice),
    in_time: Number(r.in_time),
    handovers: Number(r.handovers),
    arranged_release: Number(r.arranged_release),
    assessed_6m: Number(r.assessed_6m),
    arranged_6m: Number(r.arranged_6m),
    work: Number(r.work),
  }));
}
