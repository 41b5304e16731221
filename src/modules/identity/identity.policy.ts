import { anyone, definePolicy, signedIn } from '../../platform/http/access.ts';

/** Who may sign in, use a session and administer users. */
export const identityPolicy = definePolicy('identity', {
  /** Password login. */
  signIn: anyone,
  /** The current session and logging out: every signed-in user. */
  session: signedIn('any'),
  /** The user list and creating or changing users: the functioneel beheerder (of which organisation: canManageUsersOf). */
  manageUsers: signedIn(['functioneel_beheerder']),
});

/** Object level: a functioneel beheerder manages the users of their own organisation; the platform's, of all. */
export { canManageUsersOf } from './identity.rules.ts';
