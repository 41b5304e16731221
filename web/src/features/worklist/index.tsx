import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { mayCall } from '../../app/auth.tsx';
import { defineFeature } from '../../app/feature.ts';
import type { AuthRoute } from '../../app/router.tsx';
import { requireAccess } from '../../app/routing.ts';
import { SUBJECT_TYPES, type WorklistSearch } from './groups.ts';
import { worklistEn, worklistNl } from './messages.ts';
import './worklist.css';

/** "Mijn werkvoorraad": the professional's tasks, the case manager's start page. */
export const worklist = defineFeature({
  name: 'worklist',
  messages: { nl: worklistNl, en: worklistEn },
  nav: [
    {
      to: '/werkvoorraad',
      labelKey: 'nav.worklist',
      visible: (user) => mayCall(user, 'listTasks'),
      activeOptions: { includeSearch: false },
      order: 1,
    },
  ],
  routes: ({ authRoute }: { authRoute: AuthRoute }) =>
    [
      createRoute({
        getParentRoute: () => authRoute,
        path: '/werkvoorraad',
        beforeLoad: requireAccess('listTasks'),
        validateSearch: (search: Record<string, unknown>): WorklistSearch => ({
          type: (SUBJECT_TYPES as readonly unknown[]).includes(search.type) ? (search.type as WorklistSearch['type']) : undefined,
        }),
        component: lazyRouteComponent(() => import('./WorklistPage.tsx'), 'WorklistPage'),
      }),
    ] as const,
});
