import type { Db } from '../../platform/db/database.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';

/** Trajectory results per PRB programme, instrument and provider; exports to CSV and Excel. */
export class ReportsService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
  ) {}
}
