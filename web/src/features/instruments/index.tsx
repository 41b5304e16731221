import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { canManageInstruments } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import { requireRole } from '../../app/routing.ts';
import type { AdminRoute } from '../admin/index.tsx';

/** The instruments catalogue; its texts live with the trajectories (features/trajectories/messages.ts). */
export const instruments = defineFeature({
  name: 'instruments',
  nav: [
    { to: '/beheer/instrumenten', labelKey: 'nav.instruments', visible: canManageInstruments, activeOptions: { exact: true }, order: 140 },
  ],
  /** A management page (under /beheer). */
  routes: ({ adminRoute }: { adminRoute: AdminRoute }) =>
    [
      createRoute({
        getParentRoute: () => adminRoute,
        path: '/instrumenten',
        beforeLoad: requireRole(canManageInstruments),
        component: lazyRouteComponent(() => import('./InstrumentsPage.tsx'), 'InstrumentsPage'),
      }),
    ] as const,
});
