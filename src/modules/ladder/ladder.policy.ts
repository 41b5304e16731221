import { CLIENT_FILE_ROLES, definePolicy, signedIn } from '../../platform/http/access.ts';

/** Participatieladder assessments follow the client file: read with it, recorded by the owner's klantmanager. */
export const ladderPolicy = definePolicy('ladder', {
  read: signedIn(CLIENT_FILE_ROLES, 'client-read'),
  record: signedIn(['klantmanager'], 'client-write'),
});
