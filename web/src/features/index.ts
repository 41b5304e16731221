/**
 * The web app's capabilities, one folder each. The dictionary (app/messages.ts) and the main navigation
 * (app/Layout.tsx) are built from this list; app/router.tsx hangs each feature's routes in the route tree.
 * A new capability: a folder with an index.ts(x) that calls defineFeature, plus one line here.
 */
import { admin } from './admin/index.tsx';
import { aftercare } from './aftercare/index.tsx';
import { agenda } from './agenda/index.tsx';
import { assignments } from './assignments/index.tsx';
import { auth } from './auth/index.ts';
import { clientPortal } from './client-portal/index.tsx';
import { clients } from './clients/index.tsx';
import { consents } from './consents/index.ts';
import { employers } from './employers/index.tsx';
import { instruments } from './instruments/index.tsx';
import { ladder } from './ladder/index.tsx';
import { matching } from './matching/index.ts';
import { notes } from './notes/index.ts';
import { notifications } from './notifications/index.ts';
import { placements } from './placements/index.ts';
import { polis } from './polis/index.tsx';
import { portal } from './portal/index.tsx';
import { prb } from './prb/index.tsx';
import { publicSite } from './public/index.tsx';
import { reports } from './reports/index.tsx';
import { results } from './results/index.tsx';
import { trajectories } from './trajectories/index.tsx';
import { vacancies } from './vacancies/index.tsx';
import { worklist } from './worklist/index.tsx';
import { workfirst } from './workfirst/index.tsx';

export const features = [
  auth,
  clients,
  ladder,
  consents,
  trajectories,
  assignments,
  instruments,
  polis,
  clientPortal,
  employers,
  vacancies,
  matching,
  placements,
  portal,
  publicSite,
  results,
  prb,
  reports,
  notifications,
  agenda,
  worklist,
  notes,
  workfirst,
  aftercare,
  admin,
] as const;

export {
  admin,
  aftercare,
  agenda,
  assignments,
  auth,
  clientPortal,
  clients,
  consents,
  employers,
  instruments,
  ladder,
  matching,
  notes,
  notifications,
  placements,
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
};
