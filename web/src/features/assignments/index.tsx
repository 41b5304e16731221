import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { canCreateAssignments, canViewAssignments } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { requireRole } from '../../app/routing.ts';
import { assignmentQuery } from '../trajectories/queries.ts';

/** Provider assignments; their texts live with the trajectories (features/trajectories/messages.ts). */
export const assignments = defineFeature({
  name: 'assignments',
  nav: [{ to: '/opdrachten', labelKey: 'nav.assignments', visible: canViewAssignments, order: 40 }],
  routes: ({ authRoute }: { authRoute: AuthRoute }) => {
    const assignmentsRoute = createRoute({
      getParentRoute: () => authRoute,
      path: '/opdrachten',
      beforeLoad: requireRole(canViewAssignments),
    });
    const assignmentsIndexRoute = createRoute({
      getParentRoute: () => assignmentsRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./AssignmentsPage.tsx'), 'AssignmentsPage'),
    });
    const assignmentNewRoute = createRoute({
      getParentRoute: () => assignmentsRoute,
      path: '/nieuw',
      beforeLoad: requireRole(canCreateAssignments),
      component: lazyRouteComponent(() => import('./NewAssignmentPage.tsx'), 'NewAssignmentPage'),
    });
    const assignmentRoute = createRoute({
      getParentRoute: () => assignmentsRoute,
      path: '/$id',
      loader: ({ context, params }) => context.queryClient.ensureQueryData(assignmentQuery(params.id)),
      component: lazyRouteComponent(() => import('./AssignmentPage.tsx'), 'AssignmentPage'),
    });
    return [assignmentsRoute.addChildren([assignmentsIndexRoute, assignmentNewRoute, assignmentRoute])] as const;
  },
});
