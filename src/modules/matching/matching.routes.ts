import { z } from 'zod';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { matchingPolicy } from './matching.policy.ts';
import type { MatchingService } from './matching.service.ts';
import { Candidate, MatchParams, MatchQuery, VacancyMatch } from './matching.api.ts';

export function matchingRoutes(matching: MatchingService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/vacancies/:id/candidates',
      operationId: 'listVacancyCandidates',
      summary: 'Passende kandidaten voor een vacature, met uitleg per onderdeel (alleen cliënten die de gebruiker mag zien)',
      tag: 'Matching',
      access: matchingPolicy.candidates,
      params: MatchParams,
      query: MatchQuery,
      response: z.array(Candidate),
      errors: [400, 401, 403, 404],
      handler: ({ actor, params, query, trail }) => matching.candidatesForVacancy(actor, params.id, query.limit, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/clients/:id/vacancies',
      operationId: 'listClientVacancyMatches',
      summary: 'Passende open vacatures voor een cliënt, met uitleg per onderdeel',
      tag: 'Matching',
      access: matchingPolicy.clientMatches,
      params: MatchParams,
      query: MatchQuery,
      response: z.array(VacancyMatch),
      errors: [400, 401, 403, 404],
      handler: ({ actor, params, query, trail }) => matching.vacanciesForClient(actor, params.id, query.limit, trail),
    }),
  ];
}
