import type { Role } from '../../kernel/roles.ts';
import { definePolicy, signedIn } from '../../platform/http/access.ts';

/**
 * Aggregates only, so also for the policy adviser (who never sees personal records). A provider's staff
 * (jobcoach) get the figures of the trajectories their organisation runs.
 */
export const REPORT_ROLES = ['klantmanager', 'beleidsadviseur', 'functioneel_beheerder', 'jobcoach'] as const satisfies readonly Role[];

export const reportsPolicy = definePolicy('reports', {
  read: signedIn(REPORT_ROLES),
});
