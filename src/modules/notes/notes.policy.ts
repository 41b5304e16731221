import { CLIENT_FILE_ROLES, definePolicy, signedIn } from '../../platform/http/access.ts';

/** Case notes follow the client file: who may read the file reads and writes its notes. */
export const notesPolicy = definePolicy('notes', {
  /** The notes of a client file, newest first. */
  list: signedIn(CLIENT_FILE_ROLES, 'client-read'),
  /** A new note in a file the caller may read (the owner's case manager, or a partner with the client's consent). */
  write: signedIn(CLIENT_FILE_ROLES, 'client-read'),
});
