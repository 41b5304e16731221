import { defineFeature } from '../../app/feature.ts';
import { matchingEn, matchingNl } from './messages.ts';

export const matching = defineFeature({
  name: 'matching',
  messages: { nl: matchingNl, en: matchingEn },
});
