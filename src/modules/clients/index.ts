import { defineModule } from '../../platform/module.ts';
import { CLIENTS_ACTIVITIES } from './clients.activities.ts';
import { clientRoutes } from './clients.routes.ts';
import * as tables from './clients.schema.ts';
import { ClientsService } from './clients.service.ts';
import { clientsPolicy } from './clients.policy.ts';
import { consentLapseRule } from './clients.tasks.ts';

export type { ClientsService };

/** The client file: caseload, BSN search, register and edit, consents for partner organisations. */
export const clientsModule = defineModule({
  name: 'clients',
  description: 'The client file: caseload, BSN search, register and edit, consents for partner organisations.',
  policy: clientsPolicy,
  tables,
  processingActivities: CLIENTS_ACTIVITIES,
  createService: ({ db, audit, useCase }) => new ClientsService(db, audit, useCase),
  routes: (service) => clientRoutes(service),
  taskRules: [consentLapseRule],
});

/** Published rules and contract parts. */
export { displayName } from './clients.rules.ts';
export { EDUCATION_LEVELS } from './clients.api.ts';
