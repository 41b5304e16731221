import { z } from 'zod';
import { anyone } from '../../platform/http/access.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import type { Services } from '../../app/services.ts';
import { OidcProviderInfo } from './identity.api.ts';

export function oidcRoutes(_s: Services): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/auth/oidc/providers',
      operationId: 'listOidcProviders',
      summary: 'Ingestelde single-sign-on-aanbieders (voor de inlogpagina)',
      tag: 'Sessies',
      access: anyone,
      response: z.array(OidcProviderInfo),
      handler: async () => [],
    }),
  ];
}
