import { defineFeature } from '../../app/feature.ts';
import { authEn, authNl } from './messages.ts';

/** The texts of the login page; its route (/inloggen) is the router's own, next to the session route. */
export const auth = defineFeature({
  name: 'auth',
  messages: { nl: authNl, en: authEn },
});
