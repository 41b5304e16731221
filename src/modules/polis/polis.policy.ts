import { CLIENT_FILE_ROLES, definePolicy, portalOnly, signedIn } from '../../platform/http/access.ts';

/** The polis (participation agreement): drafted and signed by the owner's klantmanager, signed by the client in the portal. */
export const polisPolicy = definePolicy('polis', {
  /** A client's polisses: with the client file. */
  read: signedIn(CLIENT_FILE_ROLES, 'client-read'),
  /** Start a draft: the klantmanager of the owning organisation. */
  draft: signedIn(['klantmanager'], 'client-write'),
  /** Open, change, version, sign and download one polis (of the own organisation: ownsClient). */
  manage: signedIn(['klantmanager']),
  /** The client's own polisses in the portal. */
  portal: portalOnly(),
});
