import { definePolicy, signedIn } from '../../platform/http/access.ts';

/** Reference data (occupations, ISCO, municipalities, postcodes) is public knowledge for every signed-in user. */
export const refdataPolicy = definePolicy('refdata', {
  lookup: signedIn('any'),
});
