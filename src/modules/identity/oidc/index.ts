import { defineModule } from '../../../platform/module.ts';
import type { IdentityService } from '../index.ts';
import { oidcRoutes } from '../oidc.routes.ts';
import { parseOidcProviders } from './oidc.config.ts';
import { OidcClientRegistry } from './oidc.service.ts';
import { oidcPolicy } from '../oidc.policy.ts';

/** Single sign-on through OpenID Connect providers (WERKPLEIN_OIDC_PROVIDERS); sessions come from identity. */
export const oidcModule = defineModule<'oidc', OidcClientRegistry, { identity: IdentityService }>({
  name: 'oidc',
  description: 'Single sign-on through OpenID Connect providers (WERKPLEIN_OIDC_PROVIDERS); sessions come from identity.',
  policy: oidcPolicy,
  needs: ['identity'],
  createService: ({ config }) => new OidcClientRegistry(parseOidcProviders(config.oidcProviders, { publicUrl: config.publicUrl })),
  routes: (oidc, { config }, { identity }) => oidcRoutes(identity, oidc, config),
});
