import { z } from 'zod';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { organisationsPolicy } from './organisations.policy.ts';
import type { OrganisationsService } from './organisations.service.ts';
import { Organisation, OrganisationInput, OrganisationPatch } from './organisations.api.ts';

export function organisationRoutes(organisations: OrganisationsService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/organisations',
      operationId: 'listOrganisations',
      summary: 'Alle organisaties op het platform (voor het kiezen van een partner bij toestemming)',
      tag: 'Organisaties',
      access: organisationsPolicy.list,
      response: z.array(Organisation),
      errors: [401],
      handler: () => organisations.list(),
    }),
    route({
      method: 'POST',
      url: '/api/v1/organisations',
      operationId: 'createOrganisation',
      summary: 'Organisatie aanmaken (platformbeheer)',
      tag: 'Organisaties',
      access: organisationsPolicy.manage,
      body: OrganisationInput,
      status: 201,
      response: Organisation,
      errors: [400, 401, 403, 409],
      handler: ({ actor, body, trail }) => organisations.create(actor, body, trail),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/organisations/:id',
      operationId: 'updateOrganisation',
      summary: 'Organisatie wijzigen of uitschakelen (platformbeheer)',
      tag: 'Organisaties',
      access: organisationsPolicy.manage,
      params: idParams,
      body: OrganisationPatch,
      response: Organisation,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => organisations.update(actor, params.id, body, trail),
    }),
  ];
}
