import { z } from 'zod';
import { CLIENT_FILE_ROLES, signedIn } from '../../platform/http/access.ts';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import type { Services } from '../../app/services.ts';
import { BsnSearch, Client, ClientInput, ClientListQuery, ClientPage, ClientPatch, Consent, ConsentInput, ConsentParams } from './clients.api.ts';

const read = signedIn(CLIENT_FILE_ROLES, 'client-read');
const write = signedIn(['klantmanager'], 'client-write');

export function clientRoutes(s: Services): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/clients',
      operationId: 'listClients',
      summary: 'Caseload: cliënten die de organisatie mag zien, gepagineerd, te zoeken op naam en postcode',
      tag: 'Cliënten',
      access: signedIn(CLIENT_FILE_ROLES),
      query: ClientListQuery,
      response: ClientPage,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => s.clients.list(actor!, query, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients/search',
      operationId: 'searchClientsByBsn',
      summary: 'Zoeken op BSN (in de body, nooit in de URL)',
      tag: 'Cliënten',
      access: signedIn(CLIENT_FILE_ROLES),
      body: BsnSearch,
      response: ClientPage,
      errors: [400, 401, 403],
      handler: ({ actor, body, trail }) => s.clients.searchByBsn(actor!, body.bsn, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients',
      operationId: 'registerClient',
      summary: 'Cliënt registreren',
      tag: 'Cliënten',
      access: signedIn(['klantmanager']),
      body: ClientInput,
      status: 201,
      response: Client,
      errors: [400, 401, 403, 409],
      handler: ({ actor, body, trail }) => s.clients.register(actor!, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/clients/:id',
      operationId: 'getClient',
      summary: 'Klantdossier',
      tag: 'Cliënten',
      access: read,
      params: idParams,
      response: Client,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => s.clients.get(actor!, params.id, trail),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/clients/:id',
      operationId: 'updateClient',
      summary: 'Klantdossier wijzigen (met versie, tegen gelijktijdig wijzigen)',
      tag: 'Cliënten',
      access: write,
      params: idParams,
      body: ClientPatch,
      response: Client,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => s.clients.update(actor!, params.id, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/clients/:id/consents',
      operationId: 'listConsents',
      summary: 'Toestemmingen om het dossier te delen',
      tag: 'Toestemming',
      access: read,
      params: idParams,
      response: z.array(Consent),
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => s.clients.listConsents(actor!, params.id, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients/:id/consents',
      operationId: 'grantConsent',
      summary: 'Toestemming vastleggen om het dossier te delen met een partnerorganisatie',
      tag: 'Toestemming',
      access: write,
      params: idParams,
      body: ConsentInput,
      status: 201,
      response: Consent,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => s.clients.grantConsent(actor!, params.id, body, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients/:id/consents/:consentId/withdraw',
      operationId: 'withdrawConsent',
      summary: 'Toestemming intrekken (de geschiedenis blijft bewaard)',
      tag: 'Toestemming',
      access: write,
      params: ConsentParams,
      response: Consent,
      errors: [401, 403, 404, 409],
      handler: ({ actor, params, trail }) => s.clients.withdrawConsent(actor!, params.id, params.consentId, trail),
    }),
  ];
}
