import { createRoute, lazyRouteComponent, redirect, type AnyRoute } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { nonEmpty, requireAccess } from '../../app/routing.ts';
import { adminEn, adminNl } from './messages.ts';

export interface UsersSearch {
  organisationId?: string;
}

function adminBaseRoute(authRoute: AuthRoute) {
  return createRoute({
    getParentRoute: () => authRoute,
    path: '/beheer',
    beforeLoad: requireAccess('listUsers'),
  });
}

/** /beheer: other features (instruments) hang their management pages under it. */
export type AdminRoute = ReturnType<typeof adminBaseRoute>;

export const admin = defineFeature({
  name: 'admin',
  messages: { nl: adminNl, en: adminEn },
  nav: [
    {
      to: '/beheer/organisaties',
      labelKey: 'nav.organisations',
      visible: (user) => mayCall(user, 'listUsers'),
      activeOptions: { exact: true },
      order: 150,
    },
    {
      to: '/beheer/gebruikers',
      labelKey: 'nav.users',
      visible: (user) => mayCall(user, 'listUsers'),
      activeOptions: { exact: true, includeSearch: false },
      order: 160,
    },
  ],
  routes: <const C extends readonly AnyRoute[]>({ authRoute }: { authRoute: AuthRoute }, adminChildren: (adminRoute: AdminRoute) => C) => {
    const adminRoute = adminBaseRoute(authRoute);
    const adminIndexRoute = createRoute({
      getParentRoute: () => adminRoute,
      path: '/',
      beforeLoad: () => {
        throw redirect({ to: '/beheer/gebruikers' });
      },
    });
    const organisationsRoute = createRoute({
      getParentRoute: () => adminRoute,
      path: '/organisaties',
      component: lazyRouteComponent(() => import('./OrganisationsPage.tsx'), 'OrganisationsPage'),
    });
    const usersRoute = createRoute({
      getParentRoute: () => adminRoute,
      path: '/gebruikers',
      validateSearch: (search: Record<string, unknown>): UsersSearch => ({
        organisationId: nonEmpty(search.organisationId),
      }),
      component: lazyRouteComponent(() => import('./UsersPage.tsx'), 'UsersPage'),
    });
    return [adminRoute.addChildren([adminIndexRoute, organisationsRoute, usersRoute, ...adminChildren(adminRoute)])] as const;
  },
});
