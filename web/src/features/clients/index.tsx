import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { nonEmpty, positiveInt, requireAccess } from '../../app/routing.ts';
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
    beforeLoad: requireAccess('listClients'),
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
    {
      to: '/clienten',
      labelKey: 'nav.clients',
      visible: (user) => mayCall(user, 'listClients'),
      activeOptions: { exact: true, includeSearch: false },
      order: 10,
    },
    {
      to: '/clienten/nieuw',
      labelKey: 'nav.registerClient',
      visible: (user) => mayCall(user, 'registerClient'),
      activeOptions: { exact: true },
      order: 20,
    },
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
      beforeLoad: requireAccess('registerClient'),
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
