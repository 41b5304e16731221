import type { Role } from '../../kernel/roles.ts';
import { signedIn } from '../../platform/http/access.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import type { ResultsService } from './results.service.ts';
import { Results, ResultsQuery } from './results.api.ts';

/** Aggregates only, so also for the policy adviser (who never sees personal records). */
export const RESULTS_ROLES = [
  'beleidsadviseur',
  'werkgeversadviseur',
  'klantmanager',
  'functioneel_beheerder',
] as const satisfies readonly Role[];

export function resultsRoutes(results: ResultsService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/results',
      operationId: 'getResults',
      summary:
        'Resultaten per organisatie of arbeidsmarktregio: vacatures geopend en vervuld, doorlooptijd, plaatsingen, duurzaamheid na 6 en 12 maanden',
      tag: 'Resultaten',
      access: signedIn(RESULTS_ROLES),
      query: ResultsQuery,
      response: Results,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => results.report(actor, query, trail),
    }),
  ];
}
