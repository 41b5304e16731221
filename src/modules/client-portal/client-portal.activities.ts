import type { ProcessingActivity } from '../../platform/audit/processing-activity.ts';

/** This module's entries in the register of processing activities (verwerkingsregister, GDPR art. 30). */
export const CLIENT_PORTAL_ACTIVITIES = {
  portalView: { id: 'werkplein:verwerking:clientportaal-inzien', name: 'Eigen dossier inzien in het cliëntportaal' },
  portalAccount: { id: 'werkplein:verwerking:clientportaal-account', name: 'Account voor het cliëntportaal aanmaken' },
  portalAccountView: { id: 'werkplein:verwerking:clientportaal-account-inzien', name: 'Account voor het cliëntportaal inzien' },
} as const satisfies Record<string, ProcessingActivity>;
