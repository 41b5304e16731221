import { defineModule } from '../../platform/module.ts';
import * as tables from './workfirst.schema.ts';

/** Work First: benefit applications, the search period, placements, weekly attendance, measures, diagnosis and reports. */
export const workfirstModule = defineModule({
  name: 'workfirst',
  description: 'Work First: benefit applications, the search period, placements, weekly attendance, measures, diagnosis and reports.',
  tables,
  createService: () => ({}),
  routes: () => [],
});
