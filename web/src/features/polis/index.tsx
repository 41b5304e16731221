import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '../../app/feature.ts';
import { requireAccess } from '../../app/routing.ts';
import type { ClientRoute } from '../clients/index.tsx';
import { polisEn, polisNl } from './messages.ts';
import { clientPolissesQuery } from './queries.ts';

/** The polis in the client file; the texts also hold those of the client portal. */
export const polis = defineFeature({
  name: 'polis',
  messages: { nl: polisNl, en: polisEn },
  /** Pages of the client file (under /clienten/$id). */
  routes: ({ clientRoute }: { clientRoute: ClientRoute }) => {
    const clientPolisRoute = createRoute({
      getParentRoute: () => clientRoute,
      path: '/polis',
      loader: ({ context, params }) => context.queryClient.ensureQueryData(clientPolissesQuery(params.id)),
    });
    const clientPolisIndexRoute = createRoute({
      getParentRoute: () => clientPolisRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./PolisPage.tsx'), 'PolisPage'),
    });
    const clientPolisEditRoute = createRoute({
      getParentRoute: () => clientPolisRoute,
      path: '/bewerken',
      beforeLoad: requireAccess('draftPolis'),
      component: lazyRouteComponent(() => import('./PolisEditorPage.tsx'), 'PolisEditorPage'),
    });
    return [clientPolisRoute.addChildren([clientPolisIndexRoute, clientPolisEditRoute])] as const;
  },
});
