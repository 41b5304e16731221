import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Access, Actor, SignedInAccess } from './access.ts';
import type { Trail } from '../audit/trail.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteContext<P, Q, B, H = undefined, A extends Access = Access> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  /** The declared request headers (lower-case names), parsed. */
  headers: Infer<H>;
  /** The signed-in user: always there on a signed-in route (the server refused the request otherwise), null or a user on a public one. */
  actor: A extends SignedInAccess ? Actor : Actor | null;
  trail: Trail;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * One API operation: its contract (zod schemas, which also feed openapi.json), its access rule, and
 * a thin handler that calls a service. Routes never touch the database.
 */
export interface RouteSpec<
  P = unknown,
  Q = unknown,
  B = unknown,
  R extends z.ZodType | null = z.ZodType | null,
  H = unknown,
  A extends Access = Access,
> {
  method: Method;
  /** Fastify path syntax (/api/v1/clients/:id). */
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * Request headers the route reads (an object schema with lower-case names, e.g. 'idempotency-key'). Only
   * these are parsed; a bad or missing one is a 400 naming the header. Documented as header parameters.
   */
  headers?: H;
  /** Success status (200, 201, 204 or 302) and the response schema (null: no body). */
  status?: 200 | 201 | 204 | 302;
  response: R;
  /**
   * For downloads (PDF, CSV, Excel): the content types the route can answer with. The handler then
   * returns a FileResult and `response` must be null.
   */
  produces?: readonly string[];
  /** Problem codes this route can answer with, documented in openapi.json. */
  errors?: number[];
  handler(ctx: RouteContext<P, Q, B, H, A>): Promise<R extends z.ZodType ? z.input<R> : void | FileResult>;
}

/** A downloadable file returned by a route that declares `produces`. */
export interface FileResult {
  contentType: string;
  /** Suggested file name for Content-Disposition (ASCII letters, digits, '-', '_', '.'). */
  filename: string;
  body: Buffer | string;
}

/** Keeps the generic types of a route while letting modules export plain arrays of routes. */
export function route<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | null = null,
  H extends z.ZodObject | undefined = undefined,
  A extends Access = Access,
>(spec: RouteSpec<P, Q, B, R, H, A>): RouteSpec {
  return spec;
}
