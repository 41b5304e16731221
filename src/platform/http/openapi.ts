import { z } from 'zod';
import type { RouteSpec } from './route.ts';
import { ERROR_TABLE } from './problem.ts';

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Aangemaakt',
  204: 'Geen inhoud',
  302: 'Doorverwijzing',
  400: 'Ongeldige invoer (invalidParams noemt de velden)',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden (of niet zichtbaar voor uw organisatie)',
  409: 'Conflict',
  413: 'Verzoek te groot',
  429: 'Te veel verzoeken',
};

/**
 * Builds the OpenAPI 3.1 description from the routes' zod schemas: the schemas are the one contract,
 * openapi.json is derived (and committed; a test fails when it drifts).
 */
export function buildOpenApi(routes: RouteSpec[]): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const convert = (schema: unknown, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema as z.ZodType, { io, unrepresentable: 'any' }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    delete json.$schema;
    // Hoist named schemas into components; an input and output shape of one name get distinct names.
    const renames: Record<string, string> = {};
    for (const [name, def] of Object.entries(defs)) {
      let target = name;
      if (components[target] && JSON.stringify(components[target]) !== JSON.stringify(def))
        target = `${name}${io === 'input' ? 'Request' : 'Response'}`;
      renames[name] = target;
    }
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (node && typeof node === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(node)) {
          out[k] =
            k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${renames[v.slice(8)]}` : rewrite(v);
        }
        return out;
      }
      return node;
    };
    for (const [name, def] of Object.entries(defs)) components[renames[name]!] = rewrite(def) as JsonSchema;
    return rewrite(json) as JsonSchema;
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema) continue;
      const json = convert(schema, 'input');
      const props = (json.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((json.required ?? []) as string[]);
      for (const [name, s] of Object.entries(props))
        parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: s });
    }
    if (r.headers) {
      const json = convert(r.headers, 'input');
      const required = new Set((json.required ?? []) as string[]);
      for (const [name, s] of Object.entries((json.properties ?? {}) as Record<string, JsonSchema>)) {
        const headerName = name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
        parameters.push({ name: headerName, in: 'header', required: required.has(name), schema: s });
      }
    }
    const responses: Record<string, unknown> = {};
    const status = r.status ?? 200;
    responses[String(status)] = r.produces
      ? {
          description: STATUS_TEXT[status],
          content: Object.fromEntries(r.produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
        }
      : r.response === null
        ? { description: STATUS_TEXT[status] }
        : { description: STATUS_TEXT[status], content: { 'application/json': { schema: convert(r.response, 'output') } } };
    for (const code of r.errors ?? []) {
      responses[String(code)] = {
        description: STATUS_TEXT[code] ?? 'Fout',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const operation: Record<string, unknown> = {
      operationId: r.operationId,
      summary: r.summary,
      tags: [r.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: convert(r.body, 'input') } } } } : {}),
      responses,
      ...(r.access.kind === 'public' ? { security: [] } : {}),
      'x-access': r.access,
    };
    (paths[path] ??= {})[r.method.toLowerCase()] = operation;
  }
  components.Problem = {
    type: 'object',
    required: ['type', 'title', 'status', 'detail', 'code'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      code: { type: 'string', enum: Object.keys(ERROR_TABLE) },
      invalidParams: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'code', 'reason'],
          properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Werkplein API',
      version: '1.0.0',
      description:
        'REST-API van Werkplein. Fouten volgen application/problem+json (RFC 9457) met invalidParams, volgens de API Design Rules.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'wp_session',
          description: 'Sessiecookie; muterende verzoeken sturen ook X-CSRF-Token.',
        },
      },
    },
    security: [{ session: [] }],
  };
}
