import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '../../app/feature.ts';
import type { ClientRoute } from '../clients/index.tsx';
import { ladderQuery } from '../clients/queries.ts';
import { ladderEn, ladderNl } from './messages.ts';

export const ladder = defineFeature({
  name: 'ladder',
  messages: { nl: ladderNl, en: ladderEn },
  /** Pages of the client file (under /clienten/$id). */
  routes: ({ clientRoute }: { clientRoute: ClientRoute }) =>
    [
      createRoute({
        getParentRoute: () => clientRoute,
        path: '/ladder',
        loader: ({ context, params }) => context.queryClient.ensureQueryData(ladderQuery(params.id)),
        component: lazyRouteComponent(() => import('./LadderPage.tsx'), 'LadderPage'),
      }),
    ] as const,
});
