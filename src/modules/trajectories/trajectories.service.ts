import type { Db } from '../../platform/db/database.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { ClientsService } from '../clients/clients.service.ts';

/** Instruments, trajectories with outcomes, provider assignments and progress reports. */
export class TrajectoriesService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    readonly clients: ClientsService,
  ) {}
}
