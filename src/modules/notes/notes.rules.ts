/** The kinds of case note, in the order the form offers them. */
export const NOTE_KINDS = ['intake', 'gesprek', 'telefoon', 'waarschuwing'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
