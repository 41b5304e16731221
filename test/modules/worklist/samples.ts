import { ownTaskFor, taskInput } from './factories.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the worklist module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('worklist', {
  listTasks: { query: '?due=week&status=open' },
  createTask: { body: (c) => taskInput(c) },
  completeTask: { params: async (c) => ({ id: await ownTaskFor(c) }), body: () => ({ note: 'Gedaan.' }) },
  cancelTask: { params: async (c) => ({ id: await ownTaskFor(c) }), body: () => ({ reason: 'Niet meer nodig.' }) },
  completeTasks: { body: async (c) => ({ taskIds: [await ownTaskFor(c)] }) },
});
