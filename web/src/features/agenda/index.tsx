import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { isoDate, requireAccess } from '../../app/routing.ts';
import { agendaEn, agendaNl } from './messages.ts';

export interface AgendaSearch {
  /** Any day of the week to show (the page shows its Monday to Sunday); this week when left out. */
  week?: string;
}

/** The professional's agenda: appointments with clients and colleagues, per week, and as .ics; "Mijn afspraken" in the client portal. */
export const agenda = defineFeature({
  name: 'agenda',
  messages: { nl: agendaNl, en: agendaEn },
  nav: [
    {
      to: '/agenda',
      labelKey: 'nav.agenda',
      visible: (user) => mayCall(user, 'listMyAgenda'),
      activeOptions: { includeSearch: false },
      order: 15,
    },
    {
      to: '/mijn/afspraken',
      labelKey: 'nav.myAppointments',
      visible: (user) => mayCall(user, 'listMyPortalAppointments'),
      activeOptions: { exact: true },
      order: 125,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/agenda',
        beforeLoad: requireAccess('listMyAgenda'),
        validateSearch: (search: Record<string, unknown>): AgendaSearch => ({ week: isoDate(search.week) }),
        component: lazyRouteComponent(() => import('./AgendaPage.tsx'), 'AgendaPage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/mijn/afspraken',
        beforeLoad: requireAccess('listMyPortalAppointments'),
        component: lazyRouteComponent(() => import('./MyAppointmentsPage.tsx'), 'MyAppointmentsPage'),
      }),
    ] as const,
});

export { ClientAppointments } from './ClientAppointments.tsx';
