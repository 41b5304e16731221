import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { requireAccess } from '../../app/routing.ts';

/**
 * The client portal (werkzoekende): home and polis. Its texts live with the polis (features/polis/messages.ts);
 * "Mijn PRB" (/mijn/prb) belongs to the prb feature.
 */
export const clientPortal = defineFeature({
  name: 'client-portal',
  nav: [
    {
      to: '/mijn',
      labelKey: 'nav.myHome',
      visible: (user) => mayCall(user, 'getPortalProfile'),
      activeOptions: { exact: true },
      order: 110,
    },
    {
      to: '/mijn/polis',
      labelKey: 'nav.myPolis',
      visible: (user) => mayCall(user, 'getPortalProfile'),
      activeOptions: { exact: true },
      order: 120,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/mijn',
        beforeLoad: requireAccess('getPortalProfile'),
        component: lazyRouteComponent(() => import('./PortalHomePage.tsx'), 'PortalHomePage'),
      }),
      createRoute({
        getParentRoute: () => authRoute,
        path: '/mijn/polis',
        beforeLoad: requireAccess('getPortalProfile'),
        component: lazyRouteComponent(() => import('./MyPolisPage.tsx'), 'MyPolisPage'),
      }),
    ] as const,
});
