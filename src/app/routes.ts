import type { RouteSpec } from '../platform/http/route.ts';
import type { ModuleDefinition } from '../platform/module.ts';
import { MODULES } from './modules.ts';
import { moduleContext, type Services } from './services.ts';
import { healthRoutes } from './health.routes.ts';

/** Every API route of Werkplein: the health check, then each module's routes in list order. */
export function allRoutes(s: Services): RouteSpec[] {
  const ctx = moduleContext(s);
  const registry = s as unknown as Record<string, unknown>;
  return [
    ...healthRoutes(s),
    ...(MODULES as readonly ModuleDefinition[]).flatMap((m) =>
      m.routes(registry[m.name], ctx, Object.fromEntries(m.needs.map((name) => [name, registry[name]]))),
    ),
  ];
}
