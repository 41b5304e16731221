import { defineFeature } from '../../app/feature.ts';
import { consentsEn, consentsNl } from './messages.ts';

export const consents = defineFeature({
  name: 'consents',
  messages: { nl: consentsNl, en: consentsEn },
});
