import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { ladderAssessments } from './ladder.schema.ts';
import { users } from '../identity/identity.schema.ts';

export type LadderRow = typeof ladderAssessments.$inferSelect & { assessorName: string };

const columns = {
  id: ladderAssessments.id,
  clientId: ladderAssessments.clientId,
  organisationId: ladderAssessments.organisationId,
  rung: ladderAssessments.rung,
  growthPotential: ladderAssessments.growthPotential,
  assessedOn: ladderAssessments.assessedOn,
  assessorId: ladderAssessments.assessorId,
  notes: ladderAssessments.notes,
  createdAt: ladderAssessments.createdAt,
  assessorName: users.name,
};

/** History oldest first; row-level security limits it to clients the organisation may see. */
export async function listAssessments(db: Db, clientId: string): Promise<LadderRow[]> {
  return db
    .select(columns)
    .from(ladderAssessments)
    .innerJoin(users, eq(users.id, ladderAssessments.assessorId))
    .where(eq(ladderAssessments.clientId, clientId))
    .orderBy(asc(ladderAssessments.assessedOn), asc(ladderAssessments.createdAt));
}

export async function latestAssessment(db: Db, clientId: string): Promise<LadderRow | null> {
  const rows = await db
    .select(columns)
    .from(ladderAssessments)
    .innerJoin(users, eq(users.id, ladderAssessments.assessorId))
    .where(eq(ladderAssessments.clientId, clientId))
    .orderBy(desc(ladderAssessments.assessedOn), desc(ladderAssessments.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertAssessment(db: Db, row: typeof ladderAssessments.$inferInsert): Promise<void> {
  await db.insert(ladderAssessments).values(row);
}

export async function findAssessment(db: Db, id: string): Promise<LadderRow | null> {
  const rows = await db
    .select(columns)
    .from(ladderAssessments)
    .innerJoin(users, eq(users.id, ladderAssessments.assessorId))
    .where(eq(ladderAssessments.id, id));
  return rows[0] ?? null;
}
