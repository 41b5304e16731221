import { defineModule } from '../../platform/module.ts';
import type { ClientsService } from '../clients/index.ts';
import { NOTES_ACTIVITIES } from './notes.activities.ts';
import { notesPolicy } from './notes.policy.ts';
import { notesRoutes } from './notes.routes.ts';
import * as tables from './notes.schema.ts';
import { NotesService } from './notes.service.ts';

export type { NotesService };
export { NOTE_KINDS, type NoteKind } from './notes.rules.ts';

/** Case notes (journaal) in the client file, visible by the client file's own rules. */
export const notesModule = defineModule<'notes', NotesService, { clients: ClientsService }>({
  name: 'notes',
  description: 'Case notes (journaal) in the client file: dated, by whom, of which kind, visible by the client file’s rules.',
  needs: ['clients'],
  tables,
  processingActivities: NOTES_ACTIVITIES,
  policy: notesPolicy,
  createService: ({ useCase, audit }, deps) => new NotesService(useCase, audit, deps.clients),
  routes: (service) => notesRoutes(service),
});
