import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { userNames } from '../identity/index.ts';
import { ladderAssessments } from './ladder.schema.ts';

export type LadderRow = typeof ladderAssessments.$inferSelect & { assessorName: string };
type AssessmentRow = typeof ladderAssessments.$inferSelect;

/** The assessors' names, from the identity module (an account that is gone reads as an unknown user). */
async function withAssessorNames(db: Db, rows: AssessmentRow[]): Promise<LadderRow[]> {
  const names = await userNames(
    db,
    rows.map((r) => r.assessorId),
  );
  return rows.map((r) => ({ ...r, assessorName: names.get(r.assessorId) ?? 'Onbekende gebruiker' }));
}

/** History oldest first; row-level security limits it to clients the organisation may see. */
export async function listAssessments(db: Db, clientId: string): Promise<LadderRow[]> {
  const rows = await db
    .select()
    .from(ladderAssessments)
    .where(eq(ladderAssessments.clientId, clientId))
    .orderBy(asc(ladderAssessments.assessedOn), asc(ladderAssessments.createdAt));
  return withAssessorNames(db, rows);
}

export async function latestAssessment(db: Db, clientId: string): Promise<LadderRow | null> {
  const rows = await db
    .select()
    .from(ladderAssessments)
    .where(eq(ladderAssessments.clientId, clientId))
    .orderBy(desc(ladderAssessments.assessedOn), desc(ladderAssessments.createdAt))
    .limit(1);
  return (await withAssessorNames(db, rows))[0] ?? null;
}

/**
 * The rung of each given client's latest assessment (latest assessment date, then latest recorded), in one
 * query; a client without one (or not visible under row-level security) is left out.
 */
export async function latestRungs(db: Db, clientIds: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(clientIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([ladderAssessments.clientId], { clientId: ladderAssessments.clientId, rung: ladderAssessments.rung })
    .from(ladderAssessments)
    .where(inArray(ladderAssessments.clientId, unique))
    .orderBy(ladderAssessments.clientId, desc(ladderAssessments.assessedOn), desc(ladderAssessments.createdAt));
  return new Map(rows.map((r) => [r.clientId, r.rung]));
}

export async function insertAssessment(db: Db, row: typeof ladderAssessments.$inferInsert): Promise<void> {
  await db.insert(ladderAssessments).values(row);
}

export async function findAssessment(db: Db, id: string): Promise<LadderRow | null> {
  const rows = await db.select().from(ladderAssessments).where(eq(ladderAssessments.id, id));
  return (await withAssessorNames(db, rows))[0] ?? null;
}
