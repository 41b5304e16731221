import type { RouteSpec } from '../platform/http/route.ts';
import type { Services } from './services.ts';
import { identityRoutes } from '../modules/identity/identity.routes.ts';
import { oidcRoutes } from '../modules/identity/oidc.routes.ts';
import { organisationRoutes } from '../modules/organisations/organisations.routes.ts';
import { clientRoutes } from '../modules/clients/clients.routes.ts';
import { ladderRoutes } from '../modules/ladder/ladder.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { refdataRoutes } from '../modules/refdata/refdata.routes.ts';
import { vacancyRoutes } from '../modules/vacancies/vacancies.routes.ts';
import { placementRoutes } from '../modules/placements/placements.routes.ts';
import { resultsRoutes } from '../modules/results/results.routes.ts';
import { employerRoutes } from '../modules/employers/employers.routes.ts';
import { matchingRoutes } from '../modules/matching/matching.routes.ts';
import { clientPortalRoutes } from '../modules/client-portal/client-portal.routes.ts';
import { trajectoryRoutes } from '../modules/trajectories/trajectories.routes.ts';
import { polisRoutes } from '../modules/polis/polis.routes.ts';
import { prbRoutes } from '../modules/prb/prb.routes.ts';
import { reportRoutes } from '../modules/reports/reports.routes.ts';

/** Every API route of Werkplein. A capability adds its routes here. */
export function allRoutes(s: Services): RouteSpec[] {
  return [
    ...healthRoutes(s),
    ...identityRoutes(s),
    ...oidcRoutes(s),
    ...organisationRoutes(s),
    ...clientRoutes(s),
    ...ladderRoutes(s),
    ...refdataRoutes(s),
    ...vacancyRoutes(s),
    ...placementRoutes(s),
    ...resultsRoutes(s),
    ...employerRoutes(s),
    ...matchingRoutes(s),
    ...clientPortalRoutes(s),
    ...trajectoryRoutes(s),
    ...polisRoutes(s),
    ...prbRoutes(s),
    ...reportRoutes(s),
  ];
}
