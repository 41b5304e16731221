import type { Role } from '../../kernel/roles.ts';
import { definePolicy, signedIn } from '../../platform/http/access.ts';

/** Aggregates only, so also for the policy adviser (who never sees personal records). */
export const RESULTS_ROLES = [
  'beleidsadviseur',
  'werkgeversadviseur',
  'klantmanager',
  'functioneel_beheerder',
] as const satisfies readonly Role[];

export const resultsPolicy = definePolicy('results', {
  read: signedIn(RESULTS_ROLES),
});
