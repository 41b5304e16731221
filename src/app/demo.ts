import { todayInAmsterdam } from '../kernel/dates.ts';
import type { Db } from '../platform/db/database.ts';
import type { ModuleDefinition } from '../platform/module.ts';
import { generateDemo } from '../modules/demo/demo-data.ts';
import { seedDemo } from '../modules/demo/demo.seed.ts';
import { MODULES } from './modules.ts';

/**
 * The whole demo: the core demo (organisations, users, clients, employers, vacancies, routes to work),
 * then each module's own part (`defineModule({ demo })`) in module list order.
 */
export async function seedFullDemo(db: Db, data = generateDemo(), modules: readonly ModuleDefinition[] = MODULES) {
  const counts = await seedDemo(db, data);
  const ctx = { ...counts.refs, db, today: todayInAmsterdam() };
  const seeded: string[] = [];
  for (const m of modules) {
    if (!m.demo) continue;
    await m.demo(ctx);
    seeded.push(m.name);
  }
  return { ...counts, modules: seeded };
}
