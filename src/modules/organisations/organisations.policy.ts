import { definePolicy, platformAdmin, signedIn } from '../../platform/http/access.ts';

/** Organisations (tenants): everyone sees the list, only the platform's functioneel beheerder changes it. */
export const organisationsPolicy = definePolicy('organisations', {
  list: signedIn('any'),
  manage: platformAdmin(),
});
