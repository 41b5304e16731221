import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { positiveInt, requireAccess } from '../../app/routing.ts';
import type { ClientRoute } from '../clients/index.tsx';
import { trajectoriesEn, trajectoriesNl } from './messages.ts';
import { trajectoryQuery } from './queries.ts';

export interface TrajectoriesSearch {
  page?: number;
  filter?: 'lopend' | 'afgesloten';
}

/** Trajectories; the texts also hold those of the instruments and provider assignments. */
export const trajectories = defineFeature({
  name: 'trajectories',
  messages: { nl: trajectoriesNl, en: trajectoriesEn },
  nav: [
    {
      to: '/trajecten',
      labelKey: 'nav.trajectories',
      visible: (user) => mayCall(user, 'listTrajectories'),
      activeOptions: { includeSearch: false },
      order: 30,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) => {
    const trajectoriesRoute = createRoute({
      getParentRoute: () => authRoute,
      path: '/trajecten',
      beforeLoad: requireAccess('listTrajectories'),
    });
    const trajectoriesIndexRoute = createRoute({
      getParentRoute: () => trajectoriesRoute,
      path: '/',
      validateSearch: (search: Record<string, unknown>): TrajectoriesSearch => ({
        page: positiveInt(search.page),
        filter: search.filter === 'lopend' || search.filter === 'afgesloten' ? search.filter : undefined,
      }),
      component: lazyRouteComponent(() => import('./TrajectoriesPage.tsx'), 'TrajectoriesPage'),
    });
    const trajectoryRoute = createRoute({
      getParentRoute: () => trajectoriesRoute,
      path: '/$id',
      loader: ({ context, params }) => context.queryClient.ensureQueryData(trajectoryQuery(params.id)),
      component: lazyRouteComponent(() => import('./TrajectoryPage.tsx'), 'TrajectoryPage'),
    });
    return [trajectoriesRoute.addChildren([trajectoriesIndexRoute, trajectoryRoute])] as const;
  },
  /** Starting a trajectory is a page of the client file (under /clienten/$id). */
  clientRoutes: ({ clientRoute }: { clientRoute: ClientRoute }) =>
    [
      createRoute({
        getParentRoute: () => clientRoute,
        path: '/trajecten/nieuw',
        beforeLoad: requireAccess('startTrajectory'),
        component: lazyRouteComponent(() => import('./StartTrajectoryPage.tsx'), 'StartTrajectoryPage'),
      }),
    ] as const,
});
