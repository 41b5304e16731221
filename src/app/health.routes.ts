import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { anyone } from '../platform/http/access.ts';
import { route, type RouteSpec } from '../platform/http/route.ts';
import type { Services } from './services.ts';

export function healthRoutes(s: Services): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/health',
      operationId: 'health',
      summary: 'Gezondheid van de dienst (voor de load balancer)',
      tag: 'Beheer',
      access: anyone,
      response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
      async handler() {
        await s.database.db.execute(sql`SELECT 1`);
        return { status: 'ok' as const, database: s.database.kind };
      },
    }),
  ];
}
