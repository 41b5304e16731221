import { createHmac, randomBytes } from 'node:crypto';
import { auditLog, processingLog } from './audit.schema.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/access.ts';
import type { Trail } from './trail.ts';
import type { ProcessingActivity } from './processing-activity.ts';

export type AuditResult = 'success' | 'denied' | 'not_found' | 'invalid' | 'conflict' | 'failed';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  result: AuditResult;
}

export const DATA_SUBJECT_ID_TYPE = 'pseudoniem-bsn';

/**
 * Writes the two logs every read or change of personal data leaves behind: one audit line (who did
 * what) and one processing-log line per data subject (Logboek Dataverwerkingen). Both go in the
 * caller's transaction, so they commit exactly when the data change does.
 */
export class AuditTrail {
  constructor(private readonly pseudonymKey: string) {}

  /** Keyed pseudonym of a BSN: stable within this installation, meaningless outside it. */
  pseudonymise(bsn: string): string {
    return createHmac('sha256', this.pseudonymKey).update(bsn).digest('hex');
  }

  async audit(tx: Db, actor: Actor | null, trail: Trail, entry: AuditEntry): Promise<void> {
    await tx.insert(auditLog).values({
      actorUserId: actor?.userId ?? null,
      actorOrganisationId: actor?.organisationId ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      result: entry.result,
      origin: trail.origin,
      traceId: trail.traceId,
    });
  }

  async processing(
    tx: Db,
    actor: Actor | null,
    trail: Trail,
    activity: ProcessingActivity,
    subjectBsns: readonly string[],
    status: 'ok' | 'error' = 'ok',
  ): Promise<void> {
    if (subjectBsns.length === 0) return;
    const end = new Date();
    await tx.insert(processingLog).values(
      subjectBsns.map((bsn) => ({
        traceId: trail.traceId,
        spanId: randomBytes(8).toString('hex'),
        parentSpanId: trail.spanId,
        name: activity.name,
        status,
        startTime: trail.startTime,
        endTime: end,
        processingActivityId: activity.id,
        dataSubjectId: this.pseudonymise(bsn),
        dataSubjectIdType: DATA_SUBJECT_ID_TYPE,
        organisationId: actor?.organisationId ?? null,
      })),
    );
  }
}
