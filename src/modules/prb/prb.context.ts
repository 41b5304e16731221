import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import type { ClientsService } from '../clients/index.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import type { TrajectoriesService } from '../trajectories/index.ts';

/** What the PRB use cases are built from: the platform's use-case runner and audit trail, and the services PRB needs. */
export interface PrbContext {
  useCase: UseCase;
  audit: AuditTrail;
  clients: ClientsService;
  portal: ClientPortalService;
  trajectories: TrajectoriesService;
  /** To ask for the task rules to run when a change settles a task (a proposal decided). */
  jobs: JobQueue;
}
