import type { Db } from '../../platform/db/database.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { ClientPortalService } from '../client-portal/client-portal.service.ts';

/** The polis: drafts, versions, signatures by both parties, and the signed PDF. */
export class PolisService {
  constructor(
    readonly db: Db,
    readonly audit: AuditTrail,
    readonly clients: ClientsService,
    readonly portal: ClientPortalService,
  ) {}
}
