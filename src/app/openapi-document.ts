import { buildOpenApi } from '../platform/http/openapi.ts';
import { allRoutes } from './routes.ts';
import type { Services } from './services.ts';

/**
 * The API description as the code declares it. Route specs only use services inside their handlers,
 * so the document can be built without a database.
 */
export function currentOpenApi(): Record<string, unknown> {
  const offline = { database: {}, config: {} } as unknown as Services;
  return buildOpenApi(allRoutes(offline));
}

export function openApiText(): string {
  return `${JSON.stringify(currentOpenApi(), null, 2)}\n`;
}
