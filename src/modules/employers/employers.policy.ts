import { definePolicy, signedIn } from '../../platform/http/access.ts';
import { EMPLOYER_READ_ROLES, EMPLOYER_WRITE_ROLES } from './employers.rules.ts';

/** Employers: the account managers change them; case managers, job coaches and administrators read. */
export const employersPolicy = definePolicy('employers', {
  read: signedIn(EMPLOYER_READ_ROLES),
  /** Register and change employers, contacts, contact moments and agreements; claim the lead. */
  write: signedIn(EMPLOYER_WRITE_ROLES),
  /** Give up the lead: the lead themself or a functioneel beheerder of the lead's organisation (mayReleaseLead). */
  releaseLead: signedIn(['werkgeversadviseur', 'functioneel_beheerder']),
});

export { EMPLOYER_READ_ROLES, EMPLOYER_WRITE_ROLES, mayReleaseLead } from './employers.rules.ts';
