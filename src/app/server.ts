import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { AppError } from '../kernel/errors.ts';
import { roleAllowed, type Actor } from '../platform/http/access.ts';
import { toProblem, zodToInvalidParams } from '../platform/http/problem.ts';
import type { FileResult, RouteSpec } from '../platform/http/route.ts';
import { SESSION_COOKIE } from '../platform/http/cookies.ts';
import { newTrail, type Trail } from '../platform/audit/trail.ts';
import { inTenant } from '../platform/db/database.ts';
import { buildOpenApi } from '../platform/http/openapi.ts';
import { allRoutes } from './routes.ts';
import type { Services } from './services.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'web/dist');
const SWAGGER_UI = path.join(ROOT, 'node_modules/swagger-ui-dist');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    trail: Trail;
  }
  interface FastifyContextConfig {
    spec?: RouteSpec;
  }
}

export interface BuiltApp {
  app: FastifyInstance;
  routes: RouteSpec[];
  /** Every route Fastify registered, so tests can prove each API route declares an access rule. */
  registered: { method: string; url: string; hasSpec: boolean }[];
}

export async function buildServer(services: Services, opts: { logger?: boolean } = {}): Promise<BuiltApp> {
  const { config } = services;
  const app = Fastify({
    logger: opts.logger ? { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] } : false,
    bodyLimit: 64 * 1024,
    // Trust only as many X-Forwarded-For hops as there are proxies: a client cannot fake its address.
    trustProxy: config.trustProxyHops > 0 ? (_address: string, hop: number) => hop < config.trustProxyHops : false,
    // Ids in URLs are UUIDs; keep routing strict and predictable.
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 100 },
  });
  const registered: BuiltApp['registered'] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) registered.push({ method: m, url: r.url, hasSpec: Boolean(r.config?.spec) });
  });

  // JSON only: a text/plain body gets 415, not a parse attempt.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.publicUrl?.startsWith('https://') ? [] : null,
      },
    },
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new AppError('too_many_requests', 'Te veel verzoeken vanaf dit adres. Wacht een minuut en probeer het opnieuw.'),
  });

  app.decorateRequest('trail', null as unknown as Trail);
  app.addHook('onRequest', async (request) => {
    const tp = request.headers.traceparent;
    request.trail = newTrail(request.ip, typeof tp === 'string' ? tp : undefined);
  });
  app.addHook('onSend', async (request, reply) => {
    // Nothing from the API (personal data) may be stored by browsers or proxies.
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((err: unknown, request, reply) => sendError(err, request, reply));
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method)) {
      return sendError(AppError.notFound(`Geen route voor ${request.method} ${request.url.split('?')[0]}.`), request, reply);
    }
    // Single-page app: every other GET gets index.html, the client router takes over.
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) return reply.code(503).type('text/plain').send('De webapp is niet gebouwd: voer "npm run build" uit.');
    return reply.type('text/html').header('cache-control', 'no-cache').send(fs.createReadStream(index));
  });

  const routes = allRoutes(services);
  for (const spec of routes) registerRoute(app, spec, services);

  const openapi = buildOpenApi(routes);
  app.get('/api/v1/openapi.json', { config: { spec: DOCS_SPEC } }, async () => openapi);
  registerDocs(app);
  if (fs.existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: cacheHeaders,
    });
  }
  return { app, routes, registered };
}

/** The API description and reference page are public, like any published API contract. */
const DOCS_SPEC = { access: { kind: 'public' } } as unknown as RouteSpec;

function registerRoute(app: FastifyInstance, spec: RouteSpec, services: Services): void {
  const isLogin = spec.operationId === 'login';
  app.route({
    method: spec.method,
    url: spec.url,
    config: {
      spec,
      ...(isLogin ? { rateLimit: { max: services.config.loginMaxPerIpPerMinute, timeWindow: 60_000 } } : {}),
    },
    handler: async (request, reply) => {
      const actor = await authorise(spec, request, services);
      const params = parsePart(spec.params, request.params, 'path');
      const query = parsePart(spec.query, request.query, 'query');
      const body = parsePart(spec.body, spec.body ? (request.body ?? {}) : undefined, 'body');
      const headers = parseHeaders(spec.headers, request.headers);
      const result = await spec.handler({ params, query, body, headers, actor, trail: request.trail, request, reply } as never);
      if (spec.status === 302) return reply;
      reply.code(spec.status ?? 200);
      if (spec.produces) {
        const file = result as FileResult;
        const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
        return reply.type(file.contentType).header('content-disposition', `attachment; filename="${safeName}"`).send(file.body);
      }
      if (spec.response === null) return reply.send();
      // Responses go through their schema: only declared fields leave the server.
      return reply.send(spec.response.parse(result));
    },
  });
}

async function authorise(spec: RouteSpec, request: FastifyRequest, services: Services): Promise<Actor | null> {
  if (!SAFE_METHODS.has(request.method)) checkOrigin(request);
  if (spec.access.kind === 'public') return null;
  const actor = await services.identity.resolve(request.cookies[SESSION_COOKIE]);
  if (!actor) throw new AppError('not_authenticated', 'U bent niet (meer) ingelogd.');
  if (!SAFE_METHODS.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    if (!services.identity.csrfMatches(actor, typeof header === 'string' ? header : undefined)) {
      throw new AppError('csrf_failed', 'Het verzoek mist een geldig CSRF-token. Laad de pagina opnieuw.');
    }
  }
  if (!roleAllowed(spec.access, actor)) {
    await inTenant(services.database.db, { organisationId: actor.organisationId, userId: actor.userId }, (tx) =>
      services.audit.audit(tx, actor, request.trail, {
        action: spec.operationId,
        objectType: 'route',
        objectId: spec.url,
        result: 'denied',
      }),
    );
    throw AppError.forbidden();
  }
  return actor;
}

/** A state-changing request from another site is refused, even before the cookie is looked at. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf_failed', 'Ongeldige Origin-header.');
  }
  if (host !== request.host) throw new AppError('csrf_failed', 'Verzoeken van een andere website worden geweigerd.');
}

function parsePart(schema: unknown, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  // PostgreSQL cannot store the NUL character; refuse it here, for every field, with the field named.
  const nul = findNulPath(value);
  if (nul !== null) {
    if (where === 'path') throw AppError.notFound('Niet gevonden.');
    throw AppError.invalid([{ name: nul || '(body)', code: 'invalid_character', reason: 'Bevat een ongeldig teken (NUL).' }]);
  }
  const result = (schema as z.ZodType).safeParse(value);
  if (result.success) return result.data;
  if (where === 'path') throw AppError.notFound('Niet gevonden.');
  throw AppError.invalid(zodToInvalidParams(result.error, value), 'Een of meer velden zijn niet goed ingevuld.');
}

/** Only the declared headers are parsed; invalidParams name them as clients write them (Idempotency-Key). */
function parseHeaders(schema: unknown, raw: Record<string, string | string[] | undefined>): unknown {
  if (!schema) return undefined;
  const shape = (schema as z.ZodObject).shape as Record<string, unknown>;
  const picked: Record<string, string | undefined> = {};
  for (const name of Object.keys(shape)) {
    const v = raw[name];
    picked[name] = Array.isArray(v) ? v[0] : v;
  }
  const result = (schema as z.ZodType).safeParse(picked);
  if (result.success) return result.data;
  const titleCase = (n: string) => n.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
  throw AppError.invalid(
    zodToInvalidParams(result.error, picked).map((p) => ({ ...p, name: titleCase(p.name) })),
    'Een of meer request-headers ontbreken of zijn ongeldig.',
  );
}

function findNulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = k.includes('\u0000') ? [...path, k].join('.') : findNulPath(v, [...path, k]);
      if (found !== null) return found;
    }
  }
  return null;
}

function sendError(err: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(err);
  if (appError.code === 'internal') request.log.error({ err }, 'unhandled error');
  const problem = toProblem(appError, request.url.split('?')[0]);
  if (appError.code === 'too_many_requests') reply.header('retry-after', String(appError.retryAfterSeconds ?? 60));
  return reply.code(problem.status).type('application/problem+json').header('cache-control', 'no-store').send(problem);
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; statusCode?: number; message?: string };
  switch (e.code ?? '') {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'Het verzoek is te groot.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Stuur de gegevens als application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return AppError.invalid([{ name: '(body)', code: 'required', reason: 'De body ontbreekt.' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return AppError.invalid([{ name: '(body)', code: 'invalid_json', reason: 'De body is geen geldige JSON.' }]);
  }
  if (e.statusCode === 429) return new AppError('too_many_requests', 'Te veel verzoeken. Wacht even en probeer het opnieuw.');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return AppError.invalid([{ name: '(body)', code: 'invalid', reason: 'Het verzoek is ongeldig.' }]);
  }
  return new AppError('internal', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}

function cacheHeaders(res: unknown, filePath: string): void {
  // Vite puts a content hash in asset names: those may be cached for a year.
  const value = filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const target = res as { setHeader?: (n: string, v: string) => void; header?: (n: string, v: string) => void };
  if (target.setHeader) target.setHeader('cache-control', value);
  else target.header?.('cache-control', value);
}

function registerDocs(app: FastifyInstance): void {
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Werkplein API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head><body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
  const init = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui' });`;
  // The reference page renders with inline styles; it gets a CSP of its own that allows them, nothing else.
  const docsCsp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
  app.get('/api/docs', { config: { spec: DOCS_SPEC } }, async (_req, reply) =>
    reply.header('content-security-policy', docsCsp).type('text/html').send(page),
  );
  app.get('/api/docs/init.js', { config: { spec: DOCS_SPEC } }, async (_req, reply) => reply.type('text/javascript').send(init));
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
    app.get(`/api/docs/${file}`, { config: { spec: DOCS_SPEC } }, async (_req, reply) =>
      reply
        .header('content-security-policy', docsCsp)
        .type(file.endsWith('.css') ? 'text/css' : 'text/javascript')
        .send(fs.createReadStream(path.join(SWAGGER_UI, file))),
    );
  }
}
