import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { requireAccess } from '../../app/routing.ts';
import { portalEn, portalNl } from './messages.ts';

/** The employer portal. */
export const portal = defineFeature({
  name: 'portal',
  messages: { nl: portalNl, en: portalEn },
  nav: [
    {
      to: '/werkgeversportaal',
      labelKey: 'nav.employerPortal',
      visible: (user) => mayCall(user, 'listPortalVacancies'),
      activeOptions: { exact: true },
      order: 70,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/werkgeversportaal',
        beforeLoad: requireAccess('listPortalVacancies'),
        component: lazyRouteComponent(() => import('./EmployerPortalPage.tsx'), 'EmployerPortalPage'),
      }),
    ] as const,
});
