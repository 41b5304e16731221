import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/index.ts';
import type { ApiError, SessionUser } from '../api/index.ts';
import {
  canManageEmployers,
  canRegisterClients,
  canRegisterVacancies,
  canViewClients,
  canViewEmployers,
  canViewResults,
  canViewVacancies,
  isAdmin,
  isEmployerPortalUser,
  sessionQuery,
  canUseMyPrb,
  canViewPrbParticipants,
  canViewPrbProgrammes,
  canViewTrajectoryReports,
  canCreateAssignments,
  canManageInstruments,
  canViewAssignments,
  canViewTrajectories,
  isClientPortalUser,
} from './auth.tsx';
import { ForbiddenError, safeRedirect } from './errors.ts';
import { Layout } from './Layout.tsx';
import { markNavigation } from './navigationFocus.ts';
import { ErrorPage, NotFoundPage } from './pages.tsx';
import { queryClient, setUnauthorizedHandler } from './queryClient.ts';
import { Loading } from '../ui/misc.tsx';
import { clientQuery, ladderQuery } from '../features/clients/queries.ts';
import { employerQuery } from '../features/employers/queries.ts';
import { vacancyQuery } from '../features/vacancies/queries.ts';
import { prbParticipantQuery, prbProgrammeQuery } from '../features/prb/queries.ts';
import { assignmentQuery, trajectoryQuery } from '../features/trajectories/queries.ts';
import { clientPolissesQuery } from '../features/polis/queries.ts';
import type { ReportGrouping } from '../api/index.ts';

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

function requireRole(check: (user: SessionUser) => boolean) {
  return ({ context }: { context: { user: SessionUser } }) => {
    if (!check(context.user)) throw new ForbiddenError();
  };
}

const homeRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    if (isClientPortalUser(context.user)) throw redirect({ to: '/mijn' });
    if (canViewClients(context.user)) throw redirect({ to: '/clienten' });
    if (canManageEmployers(context.user)) throw redirect({ to: '/werkgevers' });
    if (isEmployerPortalUser(context.user)) throw redirect({ to: '/werkgeversportaal' });
    if (isAdmin(context.user)) throw redirect({ to: '/beheer/gebruikers' });
    if (canViewResults(context.user)) throw redirect({ to: '/resultaten' });
    if (canViewPrbProgrammes(context.user)) throw redirect({ to: '/prb' });
  },
  component: lazyRouteComponent(() => import('./HomePage.tsx'), 'HomePage'),
});

export interface ClientsSearch {
  page?: number;
  q?: string;
  postcode?: string;
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const clientsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/clienten',
  beforeLoad: requireRole(canViewClients),
});

const caseloadRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): ClientsSearch => ({
    page: positiveInt(search.page),
    q: nonEmpty(search.q),
    postcode: nonEmpty(search.postcode),
  }),
  component: lazyRouteComponent(() => import('../features/clients/CaseloadPage.tsx'), 'CaseloadPage'),
});

const registerRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '/nieuw',
  beforeLoad: requireRole(canRegisterClients),
  component: lazyRouteComponent(() => import('../features/clients/RegisterClientPage.tsx'), 'RegisterClientPage'),
});

const clientRoute = createRoute({
  getParentRoute: () => clientsRoute,
  path: '/$id',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(clientQuery(params.id)),
});

const clientFileRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/clients/ClientFilePage.tsx'), 'ClientFilePage'),
});

const clientEditRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: '/bewerken',
  component: lazyRouteComponent(() => import('../features/clients/EditClientPage.tsx'), 'EditClientPage'),
});

const ladderRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: '/ladder',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(ladderQuery(params.id)),
  component: lazyRouteComponent(() => import('../features/ladder/LadderPage.tsx'), 'LadderPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/beheer',
  beforeLoad: requireRole(isAdmin),
});

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
  component: lazyRouteComponent(() => import('../features/admin/OrganisationsPage.tsx'), 'OrganisationsPage'),
});

export interface UsersSearch {
  organisationId?: string;
}

const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/gebruikers',
  validateSearch: (search: Record<string, unknown>): UsersSearch => ({
    organisationId: nonEmpty(search.organisationId),
  }),
  component: lazyRouteComponent(() => import('../features/admin/UsersPage.tsx'), 'UsersPage'),
});

// ---- one-stop shop: employers, vacancies, matching, employer portal, results ----
export interface EmployersSearch {
  page?: number;
  q?: string;
}

const employersRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/werkgevers',
  beforeLoad: requireRole(canViewEmployers),
});

const employersIndexRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): EmployersSearch => ({
    page: positiveInt(search.page),
    q: nonEmpty(search.q),
  }),
  component: lazyRouteComponent(() => import('../features/employers/EmployersPage.tsx'), 'EmployersPage'),
});

const employerNewRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/nieuw',
  beforeLoad: requireRole(canManageEmployers),
  component: lazyRouteComponent(() => import('../features/employers/RegisterEmployerPage.tsx'), 'RegisterEmployerPage'),
});

const employerRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/$id',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(employerQuery(params.id)),
});

const employerDetailRoute = createRoute({
  getParentRoute: () => employerRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/employers/EmployerPage.tsx'), 'EmployerPage'),
});

const vacancyNewRoute = createRoute({
  getParentRoute: () => employerRoute,
  path: '/vacatures/nieuw',
  beforeLoad: requireRole(canRegisterVacancies),
  component: lazyRouteComponent(() => import('../features/vacancies/NewVacancyPage.tsx'), 'NewVacancyPage'),
});

export interface VacanciesSearch {
  page?: number;
  status?: 'open' | 'alle';
}

const vacanciesAdminRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/vacatures-beheer',
  beforeLoad: requireRole(canViewVacancies),
});

const vacanciesAdminIndexRoute = createRoute({
  getParentRoute: () => vacanciesAdminRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): VacanciesSearch => ({
    page: positiveInt(search.page),
    status: search.status === 'alle' ? 'alle' : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/vacancies/VacanciesPage.tsx'), 'VacanciesPage'),
});

const vacancyRoute = createRoute({
  getParentRoute: () => vacanciesAdminRoute,
  path: '/$id',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(vacancyQuery(params.id)),
  component: lazyRouteComponent(() => import('../features/vacancies/VacancyPage.tsx'), 'VacancyPage'),
});

export interface PublicVacanciesSearch {
  page?: number;
  q?: string;
}

/** The public vacancy site: no session needed (and none asked for). */
const publicVacanciesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vacatures',
  validateSearch: (search: Record<string, unknown>): PublicVacanciesSearch => ({
    page: positiveInt(search.page),
    q: nonEmpty(search.q),
  }),
  component: lazyRouteComponent(() => import('../features/public/PublicVacanciesPage.tsx'), 'PublicVacanciesPage'),
});

const portalRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/werkgeversportaal',
  beforeLoad: requireRole(isEmployerPortalUser),
  component: lazyRouteComponent(() => import('../features/portal/EmployerPortalPage.tsx'), 'EmployerPortalPage'),
});

export interface ResultsSearch {
  from?: string;
  to?: string;
  level?: 'organisation' | 'region';
}

function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

const resultsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/resultaten',
  beforeLoad: requireRole(canViewResults),
  validateSearch: (search: Record<string, unknown>): ResultsSearch => ({
    from: isoDate(search.from),
    to: isoDate(search.to),
    level: search.level === 'region' ? 'region' : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/results/ResultsPage.tsx'), 'ResultsPage'),
});

// ---- PRB programmes, participants, Mijn PRB and trajectory reports (issue 4, web B) ----
const prbRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/prb',
  beforeLoad: requireRole(canViewPrbProgrammes),
});

const prbIndexRoute = createRoute({
  getParentRoute: () => prbRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/prb/ProgrammesPage.tsx'), 'ProgrammesPage'),
});

const prbProgrammeRoute = createRoute({
  getParentRoute: () => prbRoute,
  path: '/$id',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(prbProgrammeQuery(params.id)),
  component: lazyRouteComponent(() => import('../features/prb/ProgrammePage.tsx'), 'ProgrammePage'),
});

const prbParticipantRoute = createRoute({
  getParentRoute: () => prbRoute,
  path: '/deelnemers/$id',
  beforeLoad: requireRole(canViewPrbParticipants),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(prbParticipantQuery(params.id)),
  component: lazyRouteComponent(() => import('../features/prb/ParticipantPage.tsx'), 'ParticipantPage'),
});

/** The client portal's PRB page (the portal home /mijn links here). */
const myPrbRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/mijn/prb',
  beforeLoad: requireRole(canUseMyPrb),
  component: lazyRouteComponent(() => import('../features/prb/MyPrbPage.tsx'), 'MyPrbPage'),
});

export interface ReportsSearch {
  groupBy?: ReportGrouping;
  from?: string;
  to?: string;
}

const reportsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/rapportages',
  beforeLoad: requireRole(canViewTrajectoryReports),
  validateSearch: (search: Record<string, unknown>): ReportsSearch => ({
    groupBy:
      search.groupBy === 'instrument' || search.groupBy === 'provider' || search.groupBy === 'programme' ? search.groupBy : undefined,
    from: isoDate(search.from),
    to: isoDate(search.to),
  }),
  component: lazyRouteComponent(() => import('../features/reports/ReportsPage.tsx'), 'ReportsPage'),
});

// ---- trajectories, provider assignments, instruments, polis, client portal (issue 4, web A) ----
const startTrajectoryRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: '/trajecten/nieuw',
  beforeLoad: requireRole(canRegisterClients),
  component: lazyRouteComponent(() => import('../features/trajectories/StartTrajectoryPage.tsx'), 'StartTrajectoryPage'),
});

const clientPolisRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: '/polis',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(clientPolissesQuery(params.id)),
});

const clientPolisIndexRoute = createRoute({
  getParentRoute: () => clientPolisRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/polis/PolisPage.tsx'), 'PolisPage'),
});

const clientPolisEditRoute = createRoute({
  getParentRoute: () => clientPolisRoute,
  path: '/bewerken',
  beforeLoad: requireRole(canRegisterClients),
  component: lazyRouteComponent(() => import('../features/polis/PolisEditorPage.tsx'), 'PolisEditorPage'),
});

export interface TrajectoriesSearch {
  page?: number;
  filter?: 'lopend' | 'afgesloten';
}

const trajectoriesRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/trajecten',
  beforeLoad: requireRole(canViewTrajectories),
});

const trajectoriesIndexRoute = createRoute({
  getParentRoute: () => trajectoriesRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): TrajectoriesSearch => ({
    page: positiveInt(search.page),
    filter: search.filter === 'lopend' || search.filter === 'afgesloten' ? search.filter : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/trajectories/TrajectoriesPage.tsx'), 'TrajectoriesPage'),
});

const trajectoryRoute = createRoute({
  getParentRoute: () => trajectoriesRoute,
  path: '/$id',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(trajectoryQuery(params.id)),
  component: lazyRouteComponent(() => import('../features/trajectories/TrajectoryPage.tsx'), 'TrajectoryPage'),
});

const assignmentsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/opdrachten',
  beforeLoad: requireRole(canViewAssignments),
});

const assignmentsIndexRoute = createRoute({
  getParentRoute: () => assignmentsRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/assignments/AssignmentsPage.tsx'), 'AssignmentsPage'),
});

const assignmentNewRoute = createRoute({
  getParentRoute: () => assignmentsRoute,
  path: '/nieuw',
  beforeLoad: requireRole(canCreateAssignments),
  component: lazyRouteComponent(() => import('../features/assignments/NewAssignmentPage.tsx'), 'NewAssignmentPage'),
});

const assignmentRoute = createRoute({
  getParentRoute: () => assignmentsRoute,
  path: '/$id',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(assignmentQuery(params.id)),
  component: lazyRouteComponent(() => import('../features/assignments/AssignmentPage.tsx'), 'AssignmentPage'),
});

const instrumentsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/instrumenten',
  beforeLoad: requireRole(canManageInstruments),
  component: lazyRouteComponent(() => import('../features/instruments/InstrumentsPage.tsx'), 'InstrumentsPage'),
});

/** The client portal home (werkzoekende); "Mijn PRB" (/mijn/prb) is a sibling route above. */
const myHomeRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/mijn',
  beforeLoad: requireRole(isClientPortalUser),
  component: lazyRouteComponent(() => import('../features/client-portal/PortalHomePage.tsx'), 'PortalHomePage'),
});

const myPolisRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/mijn/polis',
  beforeLoad: requireRole(isClientPortalUser),
  component: lazyRouteComponent(() => import('../features/client-portal/MyPolisPage.tsx'), 'MyPolisPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicVacanciesRoute,
  authRoute.addChildren([
    homeRoute,
    clientsRoute.addChildren([
      caseloadRoute,
      registerRoute,
      clientRoute.addChildren([
        clientFileRoute,
        clientEditRoute,
        ladderRoute,
        startTrajectoryRoute,
        clientPolisRoute.addChildren([clientPolisIndexRoute, clientPolisEditRoute]),
      ]),
    ]),
    adminRoute.addChildren([adminIndexRoute, organisationsRoute, usersRoute, instrumentsRoute]),
    employersRoute.addChildren([employersIndexRoute, employerNewRoute, employerRoute.addChildren([employerDetailRoute, vacancyNewRoute])]),
    vacanciesAdminRoute.addChildren([vacanciesAdminIndexRoute, vacancyRoute]),
    portalRoute,
    resultsRoute,
    prbRoute.addChildren([prbIndexRoute, prbParticipantRoute, prbProgrammeRoute]),
    myPrbRoute,
    reportsRoute,
    trajectoriesRoute.addChildren([trajectoriesIndexRoute, trajectoryRoute]),
    assignmentsRoute.addChildren([assignmentsIndexRoute, assignmentNewRoute, assignmentRoute]),
    myHomeRoute,
    myPolisRoute,
  ]),
]);

/** Plain query strings (?q=bakker&postcode=5611), not JSON-encoded values; validateSearch coerces types. */
function parseSearch(searchStr: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}
function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
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
