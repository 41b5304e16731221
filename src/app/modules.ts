import type { ModuleDefinition } from '../platform/module.ts';
import type { ProcessingActivity } from '../platform/audit/processing-activity.ts';
import { organisationsModule } from '../modules/organisations/index.ts';
import { identityModule } from '../modules/identity/index.ts';
import { oidcModule } from '../modules/identity/oidc/index.ts';
import { clientsModule } from '../modules/clients/index.ts';
import { ladderModule } from '../modules/ladder/index.ts';
import { refdataModule } from '../modules/refdata/index.ts';
import { vacanciesModule } from '../modules/vacancies/index.ts';
import { placementsModule } from '../modules/placements/index.ts';
import { resultsModule } from '../modules/results/index.ts';
import { employersModule } from '../modules/employers/index.ts';
import { matchingModule } from '../modules/matching/index.ts';
import { clientPortalModule } from '../modules/client-portal/index.ts';
import { trajectoriesModule } from '../modules/trajectories/index.ts';
import { polisModule } from '../modules/polis/index.ts';
import { prbModule } from '../modules/prb/index.ts';
import { reportsModule } from '../modules/reports/index.ts';
import { notificationsModule } from '../modules/notifications/index.ts';
import { worklistModule } from '../modules/worklist/index.ts';
import { agendaModule } from '../modules/agenda/index.ts';
import { notesModule } from '../modules/notes/index.ts';
import { workfirstModule } from '../modules/workfirst/index.ts';
import { aftercareModule } from '../modules/aftercare/index.ts';

/**
 * Every capability of Werkplein, in dependency order (a module comes after the modules it needs) and in
 * the order its routes appear in openapi.json. A new capability is one folder under src/modules with an
 * index.ts exporting its `defineModule(...)`, plus one line here.
 */
export const MODULES = [
  identityModule,
  oidcModule,
  organisationsModule,
  clientsModule,
  ladderModule,
  refdataModule,
  vacanciesModule,
  placementsModule,
  resultsModule,
  employersModule,
  matchingModule,
  clientPortalModule,
  trajectoriesModule,
  polisModule,
  prbModule,
  reportsModule,
  notificationsModule,
  worklistModule,
  agendaModule,
  notesModule,
  workfirstModule,
  aftercareModule,
] as const;

type AnyModule = (typeof MODULES)[number];

/** The service of each module, under the module's name (services.clients, services.prb, …). */
export type ModuleServices = { [M in AnyModule as M['name']]: ReturnType<M['createService']> };

/** The installation's register of processing activities (verwerkingsregister), joined from every module. */
export function processingActivities(modules: readonly ModuleDefinition[] = MODULES): ProcessingActivity[] {
  return modules.flatMap((m) => Object.values(m.processingActivities));
}
