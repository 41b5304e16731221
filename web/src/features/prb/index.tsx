import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { requireAccess } from '../../app/routing.ts';
import { prbEn, prbNl } from './messages.ts';
import { prbParticipantQuery, prbProgrammeQuery } from './queries.ts';

/** PRB programmes, participants and the client portal's "Mijn PRB". */
export const prb = defineFeature({
  name: 'prb',
  messages: { nl: prbNl, en: prbEn },
  nav: [
    { to: '/prb', labelKey: 'nav.prb', visible: (user) => mayCall(user, 'listPrbProgrammes'), order: 90 },
    { to: '/mijn/prb', labelKey: 'nav.myPrb', visible: (user) => mayCall(user, 'getMyPrb'), activeOptions: { exact: true }, order: 130 },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) => {
    const prbRoute = createRoute({
      getParentRoute: () => authRoute,
      path: '/prb',
      beforeLoad: requireAccess('listPrbProgrammes'),
    });
    const prbIndexRoute = createRoute({
      getParentRoute: () => prbRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./ProgrammesPage.tsx'), 'ProgrammesPage'),
    });
    const prbProgrammeRoute = createRoute({
      getParentRoute: () => prbRoute,
      path: '/$id',
      loader: ({ context, params }) => context.queryClient.ensureQueryData(prbProgrammeQuery(params.id)),
      component: lazyRouteComponent(() => import('./ProgrammePage.tsx'), 'ProgrammePage'),
    });
    const prbParticipantRoute = createRoute({
      getParentRoute: () => prbRoute,
      path: '/deelnemers/$id',
      beforeLoad: requireAccess('getPrbParticipant'),
      loader: ({ context, params }) => context.queryClient.ensureQueryData(prbParticipantQuery(params.id)),
      component: lazyRouteComponent(() => import('./ParticipantPage.tsx'), 'ParticipantPage'),
    });
    /** The client portal's PRB page (the portal home /mijn links here). */
    const myPrbRoute = createRoute({
      getParentRoute: () => authRoute,
      path: '/mijn/prb',
      beforeLoad: requireAccess('getMyPrb'),
      component: lazyRouteComponent(() => import('./MyPrbPage.tsx'), 'MyPrbPage'),
    });
    return [prbRoute.addChildren([prbIndexRoute, prbParticipantRoute, prbProgrammeRoute]), myPrbRoute] as const;
  },
});
