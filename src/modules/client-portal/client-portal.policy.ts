import { definePolicy, portalOnly, signedIn } from '../../platform/http/access.ts';

/** The client portal: the owner's klantmanager opens the account, the client uses it. */
export const clientPortalPolicy = definePolicy('clientPortal', {
  manageAccount: signedIn(['klantmanager'], 'client-write'),
  portal: portalOnly(),
});
