import { and, asc, desc, eq, inArray, isNull, max, ne, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { clients } from '../clients/clients.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { instruments, trajectories } from '../trajectories/trajectories.schema.ts';
import { polisSignatures, polisses, polisSteps, polisVersions } from './polis.schema.ts';

/**
 * The polis tables. Row-level security shows a polis only to the organisation that owns it (its client-portal
 * users included); every query repeats that predicate. A version with a signature is frozen by triggers
 * (migrations/0007): the updates here only touch drafts nobody signed, or move the status on.
 */

export type PolisRow = typeof polisses.$inferSelect;
export type VersionRow = typeof polisVersions.$inferSelect;
export type StepInsert = Omit<typeof polisSteps.$inferInsert, 'id' | 'versionId' | 'organisationId' | 'position'>;
export type SignatureRow = typeof polisSignatures.$inferSelect;

/**
 * Serialises creating a client's first polis (two drafts at once would otherwise both see "no polis yet"):
 * a transaction-scoped advisory lock on the client id.
 */
export async function lockClientPolis(db: Db, clientId: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`polis:${clientId}`}, 0))`);
}

export async function findPolis(db: Db, organisationId: string, id: string): Promise<PolisRow | null> {
  const rows = await db
    .select()
    .from(polisses)
    .where(and(eq(polisses.id, id), eq(polisses.organisationId, organisationId)));
  return rows[0] ?? null;
}

export async function listPolissesOfClient(db: Db, organisationId: string, clientId: string): Promise<PolisRow[]> {
  return db
    .select()
    .from(polisses)
    .where(and(eq(polisses.clientId, clientId), eq(polisses.organisationId, organisationId)))
    .orderBy(asc(polisses.createdAt), asc(polisses.id));
}

export async function insertPolis(db: Db, row: typeof polisses.$inferInsert): Promise<void> {
  await db.insert(polisses).values(row);
}

/**
 * One version. With lock, the row is locked for the rest of the transaction (FOR UPDATE), so signatures
 * and edits of the same version run one after the other. With clientId, only that client's version.
 */
export async function findVersion(
  db: Db,
  organisationId: string,
  id: string,
  opts: { lock?: boolean; clientId?: string } = {},
): Promise<VersionRow | null> {
  const conditions = [eq(polisVersions.id, id), eq(polisVersions.organisationId, organisationId)];
  if (opts.clientId) conditions.push(eq(polisVersions.clientId, opts.clientId));
  const q = db
    .select()
    .from(polisVersions)
    .where(and(...conditions));
  const rows = opts.lock ? await q.for('update') : await q;
  return rows[0] ?? null;
}

/** The open draft of a polis (at most one: a partial unique index), locked. */
export async function lockOpenDraft(db: Db, organisationId: string, polisId: string): Promise<VersionRow | null> {
  const rows = await db
    .select()
    .from(polisVersions)
    .where(and(eq(polisVersions.polisId, polisId), eq(polisVersions.organisationId, organisationId), eq(polisVersions.status, 'draft')))
    .for('update');
  return rows[0] ?? null;
}

export async function lastVersionNumber(db: Db, organisationId: string, polisId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(polisVersions.versionNumber) })
    .from(polisVersions)
    .where(and(eq(polisVersions.polisId, polisId), eq(polisVersions.organisationId, organisationId)));
  return row?.n ?? 0;
}

export async function insertVersion(
  db: Db,
  row: typeof polisVersions.$inferInsert,
  steps: readonly StepInsert[],
  newId: () => string,
): Promise<void> {
  await db.insert(polisVersions).values(row);
  await insertSteps(db, row.id, row.organisationId, steps, newId);
}

async function insertSteps(
  db: Db,
  versionId: string,
  organisationId: string,
  steps: readonly StepInsert[],
  newId: () => string,
): Promise<void> {
  if (steps.length === 0) return;
  await db.insert(polisSteps).values(steps.map((s, i) => ({ ...s, id: newId(), versionId, organisationId, position: i + 1 })));
}

/**
 * Replaces the content of a draft, only while it still has the revision the editor loaded and nobody signed
 * it (no content hash): the row update is the guard against a concurrent edit or signature. Returns whether
 * it did.
 */
export async function updateDraft(
  db: Db,
  organisationId: string,
  id: string,
  expectedRevision: number,
  content: Pick<VersionRow, 'municipalityObligations' | 'clientObligations' | 'goalRung' | 'changeNote'>,
  steps: readonly StepInsert[],
  newId: () => string,
): Promise<boolean> {
  const rows = await db
    .update(polisVersions)
    .set({ ...content, revision: sql`${polisVersions.revision} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(polisVersions.id, id),
        eq(polisVersions.organisationId, organisationId),
        eq(polisVersions.revision, expectedRevision),
        eq(polisVersions.status, 'draft'),
        isNull(polisVersions.contentHash),
      ),
    )
    .returning({ id: polisVersions.id });
  if (rows.length !== 1) return false;
  await db.delete(polisSteps).where(and(eq(polisSteps.versionId, id), eq(polisSteps.organisationId, organisationId)));
  await insertSteps(db, id, organisationId, steps, newId);
  return true;
}

/** Fixes the content hash at the first signature (only on an unsigned draft). */
export async function setContentHash(db: Db, organisationId: string, id: string, hash: string): Promise<boolean> {
  const rows = await db
    .update(polisVersions)
    .set({ contentHash: hash, updatedAt: new Date() })
    .where(
      and(
        eq(polisVersions.id, id),
        eq(polisVersions.organisationId, organisationId),
        eq(polisVersions.status, 'draft'),
        isNull(polisVersions.contentHash),
      ),
    )
    .returning({ id: polisVersions.id });
  return rows.length === 1;
}

export async function insertSignature(db: Db, row: typeof polisSignatures.$inferInsert): Promise<void> {
  await db.insert(polisSignatures).values(row);
}

/** Both parties signed: the version becomes the signed one. */
export async function markSigned(db: Db, organisationId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(polisVersions)
    .set({ status: 'signed', signedAt: at, updatedAt: at })
    .where(and(eq(polisVersions.id, id), eq(polisVersions.organisationId, organisationId), eq(polisVersions.status, 'draft')))
    .returning({ id: polisVersions.id });
  return rows.length === 1;
}

/** The previously signed version(s) of a polis, when a newer one is signed by both parties. */
export async function supersedeSigned(db: Db, organisationId: string, polisId: string, exceptId: string): Promise<void> {
  await db
    .update(polisVersions)
    .set({ status: 'superseded', updatedAt: new Date() })
    .where(
      and(
        eq(polisVersions.polisId, polisId),
        eq(polisVersions.organisationId, organisationId),
        eq(polisVersions.status, 'signed'),
        ne(polisVersions.id, exceptId),
      ),
    );
}

/** A draft that is replaced by a newer version before both parties signed it. */
export async function supersedeDraft(db: Db, organisationId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(polisVersions)
    .set({ status: 'superseded', updatedAt: new Date() })
    .where(and(eq(polisVersions.id, id), eq(polisVersions.organisationId, organisationId), eq(polisVersions.status, 'draft')))
    .returning({ id: polisVersions.id });
  return rows.length === 1;
}

// Reading a polis with its history -------------------------------------------------------------------

export async function listVersions(db: Db, organisationId: string, polisIds: readonly string[]) {
  if (polisIds.length === 0) return [];
  return db
    .select({ version: polisVersions, createdByName: users.name })
    .from(polisVersions)
    .innerJoin(users, eq(users.id, polisVersions.createdById))
    .where(and(inArray(polisVersions.polisId, [...polisIds]), eq(polisVersions.organisationId, organisationId)))
    .orderBy(desc(polisVersions.versionNumber));
}

/** Steps in their order, with the trajectory's instrument and dates where the step has one. */
export async function listSteps(db: Db, organisationId: string, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({
      step: polisSteps,
      instrumentName: instruments.name,
      trajectoryStart: trajectories.startDate,
      trajectoryPlannedEnd: trajectories.plannedEndDate,
    })
    .from(polisSteps)
    .leftJoin(trajectories, eq(trajectories.id, polisSteps.trajectoryId))
    .leftJoin(instruments, eq(instruments.id, trajectories.instrumentId))
    .where(and(inArray(polisSteps.versionId, [...versionIds]), eq(polisSteps.organisationId, organisationId)))
    .orderBy(asc(polisSteps.versionId), asc(polisSteps.position));
}

export async function listSignatures(db: Db, organisationId: string, versionIds: readonly string[]): Promise<SignatureRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .select()
    .from(polisSignatures)
    .where(and(inArray(polisSignatures.versionId, [...versionIds]), eq(polisSignatures.organisationId, organisationId)))
    .orderBy(asc(polisSignatures.signedAt), asc(polisSignatures.party));
}

/**
 * Of the given trajectory ids, those that are trajectories of this client (read directly: the polis only
 * needs to know they exist and belong to the client).
 */
export async function trajectoriesOfClient(db: Db, organisationId: string, clientId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(inArray(trajectories.id, [...ids]), eq(trajectories.clientId, clientId), eq(trajectories.organisationId, organisationId)));
  return new Set(rows.map((r) => r.id));
}

// Task rules ---------------------------------------------------------------------------------------

/**
 * The steps of the organisation's signed polis versions that are due on or before `until` and not done: a
 * step linked to a trajectory is done once that trajectory is closed; a step that is an action is done when
 * its task is completed. With the client's klantmanager while that account is active (null: the team).
 */
export async function signedStepsDueBy(db: Db, organisationId: string, until: string) {
  const rows = await queryRows<{
    polis_id: string;
    client_id: string;
    description: string;
    responsible: string;
    due: string;
    klantmanager: string | null;
  }>(
    db,
    sql`SELECT v.polis_id, v.client_id, s.description, s.responsible, s.due_date::text AS due,
          CASE WHEN u.active THEN c.case_manager_id END AS klantmanager
        FROM ${polisSteps} s
        JOIN ${polisVersions} v ON v.id = s.version_id
        JOIN ${clients} c ON c.id = v.client_id
        LEFT JOIN ${users} u ON u.id = c.case_manager_id
        LEFT JOIN ${trajectories} t ON t.id = s.trajectory_id
        WHERE s.organisation_id = ${organisationId} AND v.status = 'signed' AND s.due_date <= ${until}::date
          AND (s.trajectory_id IS NULL OR t.status = 'running')`,
  );
  return rows.map((r) => ({
    polisId: r.polis_id,
    clientId: r.client_id,
    description: r.description,
    responsible: r.responsible,
    dueDate: r.due,
    klantmanagerId: r.klantmanager,
  }));
}
