import { z } from 'zod';
import { pastOrTodayDate } from '../../platform/http/fields.ts';
import { NOTE_KINDS } from './notes.rules.ts';

export const NoteInput = z
  .strictObject({
    kind: z.enum(NOTE_KINDS, { message: 'Kies het soort journaalregel.' }),
    /** The day it happened: today or earlier. */
    notedOn: pastOrTodayDate,
    text: z.string().trim().min(1, 'Schrijf op wat er besproken of gebeurd is.').max(5000, 'Ten hoogste 5000 tekens.'),
  })
  .meta({ id: 'NoteInput' });
export type NoteInput = z.output<typeof NoteInput>;

export const Note = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    kind: z.enum(NOTE_KINDS),
    notedOn: z.string(),
    text: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }),
    /** The author's organisation: the owner of the file or a partner the client shares it with. */
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
  })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof Note>;
