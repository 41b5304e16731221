import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { isoDate, requireAccess } from '../../app/routing.ts';
import { resultsEn, resultsNl } from './messages.ts';

export interface ResultsSearch {
  from?: string;
  to?: string;
  level?: 'organisation' | 'region';
}

export const results = defineFeature({
  name: 'results',
  messages: { nl: resultsNl, en: resultsEn },
  nav: [
    {
      to: '/resultaten',
      labelKey: 'nav.results',
      visible: (user) => mayCall(user, 'getResults'),
      activeOptions: { exact: true, includeSearch: false },
      order: 80,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/resultaten',
        beforeLoad: requireAccess('getResults'),
        validateSearch: (search: Record<string, unknown>): ResultsSearch => ({
          from: isoDate(search.from),
          to: isoDate(search.to),
          level: search.level === 'region' ? 'region' : undefined,
        }),
        component: lazyRouteComponent(() => import('./ResultsPage.tsx'), 'ResultsPage'),
      }),
    ] as const,
});
