import type { Db } from '../../platform/db/database.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { ClientPortalService } from '../client-portal/client-portal.service.ts';
import type { TrajectoriesService } from '../trajectories/trajectories.service.ts';

/** Personal re-integration budgets: programmes, admission, proposals, decisions, commitments, invoices. */
export class PrbService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    readonly clients: ClientsService,
    readonly portal: ClientPortalService,
    readonly trajectories: TrajectoriesService,
  ) {}
}
