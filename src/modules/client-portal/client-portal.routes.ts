import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { clientPortalPolicy } from './client-portal.policy.ts';
import type { ClientPortalService } from './client-portal.service.ts';
import { PortalAccount, PortalAccountInput, PortalAccountStatus, PortalProfile } from './client-portal.api.ts';

export function clientPortalRoutes(clientPortal: ClientPortalService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/clients/:id/portal-account',
      operationId: 'getClientPortalAccount',
      summary: 'Heeft de cliënt een account voor het cliëntportaal (en met welk e-mailadres)?',
      tag: 'Cliëntportaal',
      access: clientPortalPolicy.manageAccount,
      params: idParams,
      response: PortalAccountStatus,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => clientPortal.accountStatus(actor, params.id, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients/:id/portal-account',
      operationId: 'createClientPortalAccount',
      summary: 'Account voor het cliëntportaal aanmaken (de cliënt kan dan zelf de polis tekenen en een PRB-voorstel schrijven)',
      tag: 'Cliëntportaal',
      access: clientPortalPolicy.manageAccount,
      params: idParams,
      body: PortalAccountInput,
      status: 201,
      response: PortalAccount,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => clientPortal.createAccount(actor, params.id, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/portal/me',
      operationId: 'getPortalProfile',
      summary: 'Cliëntportaal: het eigen dossier van de ingelogde werkzoekende',
      tag: 'Cliëntportaal',
      access: clientPortalPolicy.portal,
      response: PortalProfile,
      errors: [401, 403],
      handler: ({ actor, trail }) => clientPortal.profile(actor, trail),
    }),
  ];
}
