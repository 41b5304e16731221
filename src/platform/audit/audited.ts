import { AppError, type ErrorCode } from '../../kernel/errors.ts';
import { inTenant, type Db } from '../db/database.ts';
import type { Actor } from '../http/access.ts';
import type { AuditResult, AuditTrail } from './audit.ts';
import type { Trail } from './trail.ts';

export interface AuditedAction<T> {
  action: string;
  objectType: string;
  /** The object id, known up front or taken from the result (e.g. a newly created id). */
  objectId: string | null | ((result: T) => string | null);
}

/**
 * Runs a use case in one tenant transaction and writes its audit line in that same transaction. When the
 * use case fails with an AppError the transaction rolls back (nothing half-written) and the refusal is
 * audited in a transaction of its own, so denied and not-found attempts leave a trace too.
 */
export async function audited<T>(
  db: Db,
  audit: AuditTrail,
  actor: Actor,
  trail: Trail,
  what: AuditedAction<T>,
  fn: (tx: Db) => Promise<T>,
): Promise<T> {
  const ctx = { organisationId: actor.organisationId, userId: actor.userId, regionCode: actor.organisationRegion ?? null };
  try {
    return await inTenant(db, ctx, async (tx) => {
      const result = await fn(tx);
      const objectId = typeof what.objectId === 'function' ? what.objectId(result) : what.objectId;
      await audit.audit(tx, actor, trail, { action: what.action, objectType: what.objectType, objectId, result: 'success' });
      return result;
    });
  } catch (err) {
    if (err instanceof AppError) {
      const objectId = typeof what.objectId === 'function' ? null : what.objectId;
      await inTenant(db, ctx, (tx) =>
        audit.audit(tx, actor, trail, { action: what.action, objectType: what.objectType, objectId, result: auditResultOf(err.code) }),
      );
    }
    throw err;
  }
}

/**
 * `audited` with the installation's database and audit trail bound: how a service runs a use case
 * (`this.useCase(actor, trail, { action, objectType, objectId }, async (tx) => …)`). Built once per
 * installation and handed to services through the module context.
 */
export type UseCase = <T>(actor: Actor, trail: Trail, what: AuditedAction<T>, fn: (tx: Db) => Promise<T>) => Promise<T>;

export function useCaseRunner(db: Db, audit: AuditTrail): UseCase {
  return (actor, trail, what, fn) => audited(db, audit, actor, trail, what, fn);
}

function auditResultOf(code: ErrorCode): AuditResult {
  switch (code) {
    case 'not_found':
      return 'not_found';
    case 'forbidden':
    case 'csrf_failed':
    case 'not_authenticated':
      return 'denied';
    case 'validation_failed':
      return 'invalid';
    case 'conflict':
    case 'duplicate_bsn':
      return 'conflict';
    default:
      return 'failed';
  }
}
