import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { nonEmpty, positiveInt, requireAccess } from '../../app/routing.ts';
import { employersEn, employersNl } from './messages.ts';
import { employerQuery } from './queries.ts';

export interface EmployersSearch {
  page?: number;
  q?: string;
}

function employerBaseRoutes(authRoute: AuthRoute) {
  const employersRoute = createRoute({
    getParentRoute: () => authRoute,
    path: '/werkgevers',
    beforeLoad: requireAccess('listEmployers'),
  });
  const employerRoute = createRoute({
    getParentRoute: () => employersRoute,
    path: '/$id',
    loader: ({ context, params }) => context.queryClient.ensureQueryData(employerQuery(params.id)),
  });
  return { employersRoute, employerRoute };
}

/** /werkgevers/$id: other features (vacancies) hang their pages of an employer under it. */
export type EmployerRoute = ReturnType<typeof employerBaseRoutes>['employerRoute'];

export const employers = defineFeature({
  name: 'employers',
  messages: { nl: employersNl, en: employersEn },
  nav: [
    {
      to: '/werkgevers',
      labelKey: 'nav.employers',
      visible: (user) => mayCall(user, 'listEmployers'),
      activeOptions: { includeSearch: false },
      order: 50,
    },
  ],
  routes: <const C extends readonly AnyRoute[]>(
    { authRoute }: { authRoute: AuthRoute },
    employerChildren: (employerRoute: EmployerRoute) => C,
  ) => {
    const { employersRoute, employerRoute } = employerBaseRoutes(authRoute);
    const employersIndexRoute = createRoute({
      getParentRoute: () => employersRoute,
      path: '/',
      validateSearch: (search: Record<string, unknown>): EmployersSearch => ({
        page: positiveInt(search.page),
        q: nonEmpty(search.q),
      }),
      component: lazyRouteComponent(() => import('./EmployersPage.tsx'), 'EmployersPage'),
    });
    const employerNewRoute = createRoute({
      getParentRoute: () => employersRoute,
      path: '/nieuw',
      beforeLoad: requireAccess('registerEmployer'),
      component: lazyRouteComponent(() => import('./RegisterEmployerPage.tsx'), 'RegisterEmployerPage'),
    });
    const employerDetailRoute = createRoute({
      getParentRoute: () => employerRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./EmployerPage.tsx'), 'EmployerPage'),
    });
    return [
      employersRoute.addChildren([
        employersIndexRoute,
        employerNewRoute,
        employerRoute.addChildren([employerDetailRoute, ...employerChildren(employerRoute)]),
      ]),
    ] as const;
  },
});
