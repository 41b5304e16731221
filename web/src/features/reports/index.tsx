import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { ReportGrouping } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { isoDate, requireAccess } from '../../app/routing.ts';
import { reportsEn, reportsNl } from './messages.ts';

export interface ReportsSearch {
  groupBy?: ReportGrouping;
  from?: string;
  to?: string;
}

/** The trajectory reports. */
export const reports = defineFeature({
  name: 'reports',
  messages: { nl: reportsNl, en: reportsEn },
  nav: [
    {
      to: '/rapportages',
      labelKey: 'nav.reports',
      visible: (user) => mayCall(user, 'getTrajectoryReport'),
      activeOptions: { includeSearch: false },
      order: 100,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/rapportages',
        beforeLoad: requireAccess('getTrajectoryReport'),
        validateSearch: (search: Record<string, unknown>): ReportsSearch => ({
          groupBy:
            search.groupBy === 'instrument' || search.groupBy === 'provider' || search.groupBy === 'programme' ? search.groupBy : undefined,
          from: isoDate(search.from),
          to: isoDate(search.to),
        }),
        component: lazyRouteComponent(() => import('./ReportsPage.tsx'), 'ReportsPage'),
      }),
    ] as const,
});
