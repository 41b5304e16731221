import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { positiveInt, requireAccess } from '../../app/routing.ts';
import type { EmployerRoute } from '../employers/index.tsx';
import { vacanciesEn, vacanciesNl } from './messages.ts';
import { vacancyQuery } from './queries.ts';

export interface VacanciesSearch {
  page?: number;
  status?: 'open' | 'alle';
}

export const vacancies = defineFeature({
  name: 'vacancies',
  messages: { nl: vacanciesNl, en: vacanciesEn },
  nav: [
    {
      to: '/vacatures-beheer',
      labelKey: 'nav.vacancies',
      visible: (user) => mayCall(user, 'listVacancies'),
      activeOptions: { includeSearch: false },
      order: 60,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) => {
    const vacanciesAdminRoute = createRoute({
      getParentRoute: () => authRoute,
      path: '/vacatures-beheer',
      beforeLoad: requireAccess('listVacancies'),
    });
    const vacanciesAdminIndexRoute = createRoute({
      getParentRoute: () => vacanciesAdminRoute,
      path: '/',
      validateSearch: (search: Record<string, unknown>): VacanciesSearch => ({
        page: positiveInt(search.page),
        status: search.status === 'alle' ? 'alle' : undefined,
      }),
      component: lazyRouteComponent(() => import('./VacanciesPage.tsx'), 'VacanciesPage'),
    });
    const vacancyRoute = createRoute({
      getParentRoute: () => vacanciesAdminRoute,
      path: '/$id',
      loader: ({ context, params }) => context.queryClient.ensureQueryData(vacancyQuery(params.id)),
      component: lazyRouteComponent(() => import('./VacancyPage.tsx'), 'VacancyPage'),
    });
    return [vacanciesAdminRoute.addChildren([vacanciesAdminIndexRoute, vacancyRoute])] as const;
  },
  /** A page of an employer (under /werkgevers/$id). */
  employerRoutes: ({ employerRoute }: { employerRoute: EmployerRoute }) =>
    [
      createRoute({
        getParentRoute: () => employerRoute,
        path: '/vacatures/nieuw',
        beforeLoad: requireAccess('createVacancy'),
        component: lazyRouteComponent(() => import('./NewVacancyPage.tsx'), 'NewVacancyPage'),
      }),
    ] as const,
});
