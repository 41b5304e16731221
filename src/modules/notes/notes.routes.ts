import { z } from 'zod';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { Note, NoteInput } from './notes.api.ts';
import { notesPolicy } from './notes.policy.ts';
import type { NotesService } from './notes.service.ts';

const TAG = 'Journaal';

export function notesRoutes(notes: NotesService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/clients/:id/notes',
      operationId: 'listClientNotes',
      summary: 'Het journaal van een cliënt: alle journaalregels van wie met de cliënt werkt, nieuwste eerst',
      tag: TAG,
      access: notesPolicy.list,
      params: idParams,
      response: z.array(Note),
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => notes.list(actor, params.id, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients/:id/notes',
      operationId: 'writeClientNote',
      summary: 'Journaalregel vastleggen (intake, gesprek, telefonisch contact of waarschuwing)',
      tag: TAG,
      access: notesPolicy.write,
      params: idParams,
      body: NoteInput,
      status: 201,
      response: Note,
      errors: [400, 401, 403, 404],
      handler: ({ actor, params, body, trail }) => notes.write(actor, params.id, body, trail),
    }),
  ];
}
