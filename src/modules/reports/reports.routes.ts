import type { RouteSpec } from '../../platform/http/route.ts';
import type { Services } from '../../app/services.ts';

export function reportRoutes(_s: Services): RouteSpec[] {
  return [];
}
