import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { canRegisterClients, canViewClients } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { nonEmpty, positiveInt, requireRole } from '../../app/routing.ts';
import { clientsEn, clientsNl } from './messages.ts';
import { clientQuery } from './queries.ts';

export interface ClientsSearch {
  page?: number;
  q?: string;
  postcode?: string;
}

function clientFileRoute(authRoute: AuthRoute) {
  const clientsRoute = createRoute({
    getParentRoute: () => authRoute,
    path: '/clienten',
    beforeLoad: requireRole(canViewClients),
  });
  const clientRoute = createRoute({
    getParentRoute: () => clientsRoute,
    path: '/$id',
    loader: ({ context, params }) => context.queryClient.ensureQueryData(clientQuery(params.id)),
  });
  return { clientsRoute, clientRoute };
}

/** /clienten/$id: other features (ladder, trajectories, polis) hang their pages of the client file under it. */
export type ClientRoute = ReturnType<typeof clientFileRoute>['clientRoute'];

export const clients = defineFeature({
  name: 'clients',
  messages: { nl: clientsNl, en: clientsEn },
  nav: [
    { to: '/clienten', labelKey: 'nav.clients', visible: canViewClients, activeOptions: { exact: true, includeSearch: false }, order: 10 },
    { to: '/clienten/nieuw', labelKey: 'nav.registerClient', visible: canRegisterClients, activeOptions: { exact: true }, order: 20 },
  ],
  routes: <const C extends readonly AnyRoute[]>(
    { authRoute }: { authRoute: AuthRoute },
    clientChildren: (clientRoute: ClientRoute) => C,
  ) => {
    const { clientsRoute, clientRoute } = clientFileRoute(authRoute);
    const caseloadRoute = createRoute({
      getParentRoute: () => clientsRoute,
      path: '/',
      validateSearch: (search: Record<string, unknown>): ClientsSearch => ({
        page: positiveInt(search.page),
        q: nonEmpty(search.q),
        postcode: nonEmpty(search.postcode),
      }),
      component: lazyRouteComponent(() => import('./CaseloadPage.tsx'), 'CaseloadPage'),
    });
    const registerRoute = createRoute({
      getParentRoute: () => clientsRoute,
      path: '/nieuw',
      beforeLoad: requireRole(canRegisterClients),
      component: lazyRouteComponent(() => import('./RegisterClientPage.tsx'), 'RegisterClientPage'),
    });
    const clientFilePageRoute = createRoute({
      getParentRoute: () => clientRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./ClientFilePage.tsx'), 'ClientFilePage'),
    });
    const clientEditRoute = createRoute({
      getParentRoute: () => clientRoute,
      path: '/bewerken',
      component: lazyRouteComponent(() => import('./EditClientPage.tsx'), 'EditClientPage'),
    });
    return [
      clientsRoute.addChildren([
        caseloadRoute,
        registerRoute,
        clientRoute.addChildren([clientFilePageRoute, clientEditRoute, ...clientChildren(clientRoute)]),
      ]),
    ] as const;
  },
});
