import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { requireAccess } from '../../app/routing.ts';
import { assignmentQuery } from '../trajectories/queries.ts';

/** Provider assignments; their texts live with the trajectories (features/trajectories/messages.ts). */
export const assignments = defineFeature({
  name: 'assignments',
  nav: [{ to: '/opdrachten', labelKey: 'nav.assignments', visible: (user) => mayCall(user, 'listProviderAssignments'), order: 40 }],
  routes: ({ authRoute }: { authRoute: AuthRoute }) => {
    const assignmentsRoute = createRoute({
      getParentRoute: () => authRoute,
      path: '/opdrachten',
      beforeLoad: requireAccess('listProviderAssignments'),
    });
    const assignmentsIndexRoute = createRoute({
      getParentRoute: () => assignmentsRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./AssignmentsPage.tsx'), 'AssignmentsPage'),
    });
    const assignmentNewRoute = createRoute({
      getParentRoute: () => assignmentsRoute,
      path: '/nieuw',
      beforeLoad: requireAccess('createProviderAssignment'),
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
