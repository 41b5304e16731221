import { anyone, definePolicy } from '../../platform/http/access.ts';

/** Single sign-on is public: the provider list and the login redirect round trip. */
export const oidcPolicy = definePolicy('oidc', {
  singleSignOn: anyone,
});
