import { defineModule } from '../../platform/module.ts';
import { identityRoutes } from './identity.routes.ts';
import * as tables from './identity.schema.ts';
import { IdentityService } from './identity.service.ts';
import { identityPolicy } from './identity.policy.ts';

export type { IdentityService };

/** Users and roles, password login, server-side sessions with CSRF token, login throttling, user administration. */
export const identityModule = defineModule({
  name: 'identity',
  description: 'Users and roles, password login, server-side sessions with CSRF token, login throttling, user administration.',
  policy: identityPolicy,
  tables,
  createService: ({ db, audit, config }) => new IdentityService(db, audit, config),
  routes: (identity, { config }) => identityRoutes(identity, config),
});

/**
 * Published for use inside another module's tenant transaction: finding a user by e-mail address or id, the
 * names of users (who assessed, who wrote), which of them still have an active account, and
 * adding the account of a client-portal user (the client-portal module opens those; row-level security
 * limits the insert to the caller's own organisation).
 */
export { activeUserIds, findUserByEmail, findUserById, insertUser, userNames } from './identity.repo.ts';
export { hashPassword } from './password.ts';
