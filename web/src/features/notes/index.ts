import { defineFeature } from '../../app/feature.ts';
import { notesEn, notesNl } from './messages.ts';
import './timeline.css';

/** The client file's journal (case notes) and its timeline; mounted in the client file. */
export const notes = defineFeature({
  name: 'notes',
  messages: { nl: notesNl, en: notesEn },
});

export { ClientTimeline } from './ClientTimeline.tsx';
