import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { isoDate, requireAccess } from '../../app/routing.ts';
import { aftercareEn, aftercareNl } from './messages.ts';

export interface AftercareListSearch {
  /** "alle": every notice, also those released longer than six months ago. */
  toon?: 'alle';
}

export interface AftercareReportSearch {
  from?: string;
  to?: string;
  scope?: 'region';
}

/**
 * Aftercare for ex-prisoners (nazorg): the institution's release notices, the municipality's coordinator
 * with the five life domains, the warm handover and the prolific-offender approach, and the aggregate report.
 */
export const aftercare = defineFeature({
  name: 'aftercare',
  messages: { nl: aftercareNl, en: aftercareEn },
  nav: [
    {
      to: '/nazorg',
      // The coordinator works on "Nazorg"; the institution's staff see their own notices.
      labelKey: 'nav.aftercare',
      visible: (user) => mayCall(user, 'listReleaseNotices') && !mayCall(user, 'sendReleaseNotice'),
      activeOptions: { exact: true, includeSearch: false },
      order: 27,
    },
    {
      to: '/nazorg',
      labelKey: 'nav.aftercareNotices',
      visible: (user) => mayCall(user, 'listReleaseNotices') && mayCall(user, 'sendReleaseNotice'),
      activeOptions: { exact: true, includeSearch: false },
      order: 27,
    },
    {
      to: '/nazorg/rapportage',
      labelKey: 'nav.aftercareReport',
      visible: (user) => mayCall(user, 'aftercareReport'),
      activeOptions: { includeSearch: false },
      order: 105,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/nazorg',
        beforeLoad: requireAccess('listReleaseNotices'),
        validateSearch: (search: Record<string, unknown>): AftercareListSearch => ({ toon: search.toon === 'alle' ? 'alle' : undefined }),
        component: lazyRouteComponent(() => import('./NoticesPage.tsx'), 'NoticesPage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/nazorg/melding',
        beforeLoad: requireAccess('sendReleaseNotice'),
        component: lazyRouteComponent(() => import('./SendNoticePage.tsx'), 'SendNoticePage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/nazorg/zonder-melding',
        beforeLoad: requireAccess('registerReleaseWithoutNotice'),
        component: lazyRouteComponent(() => import('./WithoutNoticePage.tsx'), 'WithoutNoticePage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/nazorg/rapportage',
        beforeLoad: requireAccess('aftercareReport'),
        validateSearch: (search: Record<string, unknown>): AftercareReportSearch => ({
          from: isoDate(search.from),
          to: isoDate(search.to),
          scope: search.scope === 'region' ? 'region' : undefined,
        }),
        component: lazyRouteComponent(() => import('./ReportPage.tsx'), 'AftercareReportPage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/nazorg/$id',
        beforeLoad: requireAccess('getReleaseNotice'),
        component: lazyRouteComponent(() => import('./NoticePage.tsx'), 'NoticePage'),
      }),
    ] as const,
});
