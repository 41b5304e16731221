import { CLIENT_FILE_ROLES, definePolicy, portalOnly, signedIn } from '../../platform/http/access.ts';

/**
 * Work First. Benefit applications, attendance and measures stay with the municipality that owns the
 * client file: a partner with consent gets 403 (client-write scope), other organisations 404.
 */
export const workfirstPolicy = definePolicy('workfirst', {
  /** The client's Work First file: applications, search weeks, placements, attendance, measures, diagnosis. */
  clientFile: signedIn(CLIENT_FILE_ROLES, 'client-write'),
  /** Register or change a benefit application, start or end a placement: the klantmanager. */
  manage: signedIn(['klantmanager'], 'client-write'),
  /** Log job applications, register attendance, record the diagnosis: klantmanager and jobcoach. */
  register: signedIn(CLIENT_FILE_ROLES, 'client-write'),
  /** Confirm or drop a proposed measure on the benefit: the klantmanager. */
  decideMeasure: signedIn(['klantmanager'], 'client-write'),
  /** The week's attendance to register, over the organisation's running placements. */
  week: signedIn(CLIENT_FILE_ROLES),
  /** The organisation's Work First regulation versions. */
  regulations: signedIn(['klantmanager', 'jobcoach', 'beleidsadviseur', 'functioneel_beheerder']),
  /** Set a regulation version (hours, search target, measures, ceiling): the functioneel beheerder. */
  setRegulation: signedIn(['functioneel_beheerder']),
  /** Aggregate figures per period, small counts suppressed. */
  report: signedIn(['beleidsadviseur', 'klantmanager']),
  /** The client's own measures in the portal, and their response (hearing). */
  portal: portalOnly(),
});
