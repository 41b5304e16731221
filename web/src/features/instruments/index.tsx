import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import { requireAccess } from '../../app/routing.ts';
import type { AdminRoute } from '../admin/index.tsx';

/** The instruments catalogue; its texts live with the trajectories (features/trajectories/messages.ts). */
export const instruments = defineFeature({
  name: 'instruments',
  nav: [
    {
      to: '/beheer/instrumenten',
      labelKey: 'nav.instruments',
      visible: (user) => mayCall(user, 'createInstrument'),
      activeOptions: { exact: true },
      order: 140,
    },
  ],
  /** A management page (under /beheer). */
  routes: ({ adminRoute }: { adminRoute: AdminRoute }) =>
    [
      createRoute({
        getParentRoute: () => adminRoute,
        path: '/instrumenten',
        beforeLoad: requireAccess('createInstrument'),
        component: lazyRouteComponent(() => import('./InstrumentsPage.tsx'), 'InstrumentsPage'),
      }),
    ] as const,
});
