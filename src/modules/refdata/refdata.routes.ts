import { z } from 'zod';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { refdataPolicy } from './refdata.policy.ts';
import type { RefdataService } from './refdata.service.ts';
import {
  IscoCodeParams,
  IscoGroup,
  Municipality,
  MunicipalityQuery,
  Occupation,
  OccupationByUriQuery,
  OccupationDetail,
  OccupationSearchQuery,
  Pc4Params,
  PostcodeArea,
} from './refdata.api.ts';

export function refdataRoutes(refdata: RefdataService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/occupations',
      operationId: 'searchOccupations',
      summary: 'Beroepen zoeken terwijl u typt (Nederlandse naam en alternatieve namen, ESCO)',
      tag: 'Referentiegegevens',
      access: refdataPolicy.lookup,
      query: OccupationSearchQuery,
      response: z.array(Occupation),
      errors: [400, 401],
      handler: ({ query }) => refdata.searchOccupations(query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/occupations/by-uri',
      operationId: 'getOccupation',
      summary: 'Eén beroep met zijn ISCO-beroepsgroepen',
      tag: 'Referentiegegevens',
      access: refdataPolicy.lookup,
      query: OccupationByUriQuery,
      response: OccupationDetail,
      errors: [400, 401, 404],
      handler: ({ query }) => refdata.occupation(query.uri),
    }),
    route({
      method: 'GET',
      url: '/api/v1/isco-groups/:code',
      operationId: 'getIscoGroup',
      summary: 'ISCO-08-groep (hoofdgroep, subgroep, beroepsklasse of beroepsgroep)',
      tag: 'Referentiegegevens',
      access: refdataPolicy.lookup,
      params: IscoCodeParams,
      response: IscoGroup,
      errors: [401, 404],
      handler: ({ params }) => refdata.iscoGroup(params.code),
    }),
    route({
      method: 'GET',
      url: '/api/v1/municipalities',
      operationId: 'listMunicipalities',
      summary: 'Huidige gemeenten (CBS) met arbeidsmarktregio en provincie, te zoeken op naam',
      tag: 'Referentiegegevens',
      access: refdataPolicy.lookup,
      query: MunicipalityQuery,
      response: z.array(Municipality),
      errors: [400, 401],
      handler: ({ query }) => refdata.municipalities(query.q),
    }),
    route({
      method: 'GET',
      url: '/api/v1/postcode-areas/:pc4',
      operationId: 'getPostcodeArea',
      summary: 'PC4-gebied met middelpunt (voor reisafstand)',
      tag: 'Referentiegegevens',
      access: refdataPolicy.lookup,
      params: Pc4Params,
      response: PostcodeArea,
      errors: [401, 404],
      handler: ({ params }) => refdata.postcodeArea(params.pc4),
    }),
  ];
}
