import { defineFeature } from '../../app/feature.ts';
import { placementsEn, placementsNl } from './messages.ts';

export const placements = defineFeature({
  name: 'placements',
  messages: { nl: placementsNl, en: placementsEn },
});
