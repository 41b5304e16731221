import { defineModule } from '../../platform/module.ts';
import { reportRoutes } from './reports.routes.ts';
import { ReportsService } from './reports.service.ts';
import { reportsPolicy } from './reports.policy.ts';

export type { ReportsService };

/** Trajectory results per PRB programme, instrument and provider, exported to CSV and Excel. */
export const reportsModule = defineModule({
  name: 'reports',
  description: 'Trajectory results per PRB programme, instrument and provider, exported to CSV and Excel.',
  policy: reportsPolicy,
  createService: ({ db, audit, useCase }) => new ReportsService(db, audit, useCase),
  routes: (service) => reportRoutes(service),
});
