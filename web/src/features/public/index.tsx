import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '../../app/feature.ts';
import type { RootRoute } from '../../app/router.tsx';
import { nonEmpty, positiveInt } from '../../app/routing.ts';
import { publicEn, publicNl } from './messages.ts';

export interface PublicVacanciesSearch {
  page?: number;
  q?: string;
}

export const publicSite = defineFeature({
  name: 'public',
  messages: { nl: publicNl, en: publicEn },
  /** The public vacancy site: no session needed (and none asked for), so straight under the root. */
  routes: ({ rootRoute }: { rootRoute: RootRoute }) =>
    [
      createRoute({
        getParentRoute: () => rootRoute,
        path: '/vacatures',
        validateSearch: (search: Record<string, unknown>): PublicVacanciesSearch => ({
          page: positiveInt(search.page),
          q: nonEmpty(search.q),
        }),
        component: lazyRouteComponent(() => import('./PublicVacanciesPage.tsx'), 'PublicVacanciesPage'),
      }),
    ] as const,
});
