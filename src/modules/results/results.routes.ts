import { route, type RouteSpec } from '../../platform/http/route.ts';
import { resultsPolicy } from './results.policy.ts';
import type { ResultsService } from './results.service.ts';
import { Results, ResultsQuery } from './results.api.ts';

export function resultsRoutes(results: ResultsService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/results',
      operationId: 'getResults',
      summary:
        'Resultaten per organisatie of arbeidsmarktregio: vacatures geopend en vervuld, doorlooptijd, plaatsingen, duurzaamheid na 6 en 12 maanden',
      tag: 'Resultaten',
      access: resultsPolicy.read,
      query: ResultsQuery,
      response: Results,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => results.report(actor, query, trail),
    }),
  ];
}
