import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/index.ts';
import type { ApiError, SessionUser } from '../api/index.ts';
import { mayCall, sessionQuery } from './auth.tsx';
import { safeRedirect } from './errors.ts';
import { Layout } from './Layout.tsx';
import { markNavigation } from './navigationFocus.ts';
import { ErrorPage, NotFoundPage } from './pages.tsx';
import { queryClient, setUnauthorizedHandler } from './queryClient.ts';
import { Loading } from '../ui/misc.tsx';
import {
  admin,
  aftercare,
  agenda,
  assignments,
  clientPortal,
  clients,
  employers,
  instruments,
  ladder,
  polis,
  portal,
  prb,
  publicSite,
  reports,
  results,
  trajectories,
  vacancies,
  worklist,
  workfirst,
} from '../features/index.ts';

export type { TrajectoriesSearch } from '../features/trajectories/index.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});

// ---- public ----
export interface LoginSearch {
  redirect?: string;
  reason?: 'logout' | 'expired' | 'sso_failed';
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
    reason: search.reason === 'logout' || search.reason === 'expired' || search.reason === 'sso_failed' ? search.reason : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('../features/auth/LoginPage.tsx'), 'LoginPage'),
});

// ---- everything else needs a session ----
const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  beforeLoad: async ({ context, location }): Promise<{ user: SessionUser }> => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) {
      throw redirect({ to: '/inloggen', search: { redirect: location.href } });
    }
    return { user: session.user };
  },
});

const homeRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const { user } = context;
    if (mayCall(user, 'getPortalProfile')) throw redirect({ to: '/mijn' });
    // The case manager starts the day from the work queue.
    if (mayCall(user, 'listClients') && mayCall(user, 'listTasks')) throw redirect({ to: '/werkvoorraad' });
    if (mayCall(user, 'listClients')) throw redirect({ to: '/clienten' });
    if (mayCall(user, 'registerEmployer')) throw redirect({ to: '/werkgevers' });
    if (mayCall(user, 'listPortalVacancies')) throw redirect({ to: '/werkgeversportaal' });
    if (mayCall(user, 'listUsers')) throw redirect({ to: '/beheer/gebruikers' });
    if (mayCall(user, 'getResults')) throw redirect({ to: '/resultaten' });
    if (mayCall(user, 'listPrbProgrammes')) throw redirect({ to: '/prb' });
    if (mayCall(user, 'listReleaseNotices')) throw redirect({ to: '/nazorg' });
  },
  component: lazyRouteComponent(() => import('./HomePage.tsx'), 'HomePage'),
});

export type RootRoute = typeof rootRoute;
export type AuthRoute = typeof authRoute;

// Each feature builds its routes against the parent routes it hangs under (features/<name>/index.tsx).
const routeTree = rootRoute.addChildren([
  loginRoute,
  ...publicSite.routes({ rootRoute }),
  authRoute.addChildren([
    homeRoute,
    ...clients.routes({ authRoute }, (clientRoute) => [
      ...ladder.routes({ clientRoute }),
      ...trajectories.clientRoutes({ clientRoute }),
      ...polis.routes({ clientRoute }),
    ]),
    ...admin.routes({ authRoute }, (adminRoute) => instruments.routes({ adminRoute })),
    ...employers.routes({ authRoute }, (employerRoute) => vacancies.employerRoutes({ employerRoute })),
    ...vacancies.routes({ authRoute }),
    ...portal.routes({ authRoute }),
    ...results.routes({ authRoute }),
    ...prb.routes({ authRoute }),
    ...reports.routes({ authRoute }),
    ...trajectories.routes({ authRoute }),
    ...assignments.routes({ authRoute }),
    ...clientPortal.routes({ authRoute }),
    ...agenda.routes({ authRoute }),
    ...worklist.routes({ authRoute }),
    ...workfirst.routes({ authRoute }),
    ...aftercare.routes({ authRoute }),
  ]),
]);

/** Plain query strings (?q=bakker&postcode=5611), not JSON-encoded values; validateSearch coerces types. */
function parseSearch(searchStr: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}
function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    // Search values are plain strings, numbers or booleans (see the routes' validateSearch).
    if ((typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean')
      params.set(key, String(value));
  }
  const str = params.toString();
  return str ? `?${str}` : '';
}

export const router = createRouter({
  routeTree,
  context: { queryClient },
  parseSearch,
  stringifySearch,
  defaultPreload: 'intent',
  // Data freshness is react-query's job; the router always asks it.
  defaultPreloadStaleTime: 0,
  defaultPendingMs: 400,
  defaultPendingComponent: () => <Loading />,
  defaultErrorComponent: ErrorPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// After an in-app navigation to another page, the new page's h1 takes focus (see PageHeader).
// Set before the new page renders; the initial page load has no fromLocation and keeps default focus.
router.subscribe('onBeforeLoad', (event) => {
  if (event.fromLocation && event.pathChanged) markNavigation();
});

// A 401 on any call means the session ended on the server: back to the login page.
setUnauthorizedHandler((error: ApiError) => {
  if (error.code === 'invalid_credentials') return;
  queryClient.setQueryData(sessionQuery.queryKey, null);
  const { pathname, href } = router.state.location;
  if (pathname === '/inloggen') return;
  void router.navigate({ to: '/inloggen', search: { redirect: href, reason: 'expired' } });
});

export function isNotFoundError(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}
