import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { isoDate, requireAccess } from '../../app/routing.ts';
import { workfirstEn, workfirstNl } from './messages.ts';

export interface WorkfirstSearch {
  /** Any day of the week to show; last week when left out. */
  week?: string;
}

/** Work First: the week's attendance and measures for the professional, "Mijn maatregelen" in the client portal. */
export const workfirst = defineFeature({
  name: 'workfirst',
  messages: { nl: workfirstNl, en: workfirstEn },
  nav: [
    {
      to: '/work-first',
      labelKey: 'nav.workfirst',
      visible: (user) => mayCall(user, 'listWorkfirstWeek'),
      activeOptions: { includeSearch: false },
      order: 25,
    },
    {
      to: '/work-first/rapportage',
      labelKey: 'nav.workfirstReport',
      visible: (user) => mayCall(user, 'workfirstReport'),
      activeOptions: { exact: true },
      order: 26,
    },
    {
      to: '/work-first/regels',
      labelKey: 'nav.workfirstRegulations',
      visible: (user) => mayCall(user, 'setWorkfirstRegulation'),
      activeOptions: { exact: true },
      order: 27,
    },
    {
      to: '/mijn/maatregelen',
      labelKey: 'nav.myMeasures',
      visible: (user) => mayCall(user, 'listMyWorkfirstMeasures'),
      activeOptions: { exact: true },
      order: 140,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/work-first',
        beforeLoad: requireAccess('listWorkfirstWeek'),
        validateSearch: (search: Record<string, unknown>): WorkfirstSearch => ({ week: isoDate(search.week) }),
        component: lazyRouteComponent(() => import('./WorkfirstWeekPage.tsx'), 'WorkfirstWeekPage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/work-first/rapportage',
        beforeLoad: requireAccess('workfirstReport'),
        component: lazyRouteComponent(() => import('./WorkfirstReportPage.tsx'), 'WorkfirstReportPage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/work-first/regels',
        beforeLoad: requireAccess('listWorkfirstRegulations'),
        component: lazyRouteComponent(() => import('./WorkfirstRegulationsPage.tsx'), 'WorkfirstRegulationsPage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/mijn/maatregelen',
        beforeLoad: requireAccess('listMyWorkfirstMeasures'),
        component: lazyRouteComponent(() => import('./MyMeasuresPage.tsx'), 'MyMeasuresPage'),
      }),
    ] as const,
});

export { ClientWorkfirst } from './ClientWorkfirst.tsx';
