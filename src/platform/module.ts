import type { Config } from './config.ts';
import type { Database, Db } from './db/database.ts';
import type { AuditTrail } from './audit/audit.ts';
import type { UseCase } from './audit/audited.ts';
import type { ProcessingActivity } from './audit/processing-activity.ts';
import type { Policy } from './http/access.ts';
import type { RouteSpec } from './http/route.ts';
import type { JobHandler } from './jobs/job.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Mail } from './mail/mail.ts';
import type { DemoSeed } from './demo.ts';
import type { TaskRule } from './task-rules.ts';

/** What every module's service is built from, besides the services of the modules it depends on. */
export interface ModuleContext {
  db: Db;
  database: Database;
  audit: AuditTrail;
  /** Runs a use case in one tenant transaction with its audit line (see audited.ts). */
  useCase: UseCase;
  config: Config;
  /** The durable job queue: enqueue background work, in the caller's transaction where it belongs to a change. */
  jobs: JobQueue;
  /** E-mail through the job queue (`mail.enabled` is false when no SMTP server is configured). */
  mail: Mail;
  /** The task rules of every listed module (`taskRules` below), for the module that runs them (the worklist). */
  taskRules: readonly TaskRule[];
}

/**
 * One capability as a declared unit (see docs/ARCHITECTURE.md, "Adding a capability"). The composition
 * root (`src/app/modules.ts`) builds every service, route list, register of processing activities and
 * the OpenAPI document from a list of these, so a new capability is one folder plus one line there.
 *
 * - `needs`: the modules whose services this one's service is built from; they must come earlier in
 *   the list (checked at start-up). Their services arrive in `createService`'s second argument.
 * - `tables`: the Drizzle tables the module owns (its `*.schema.ts`); a test checks that the Drizzle
 *   schema list holds exactly the tables of the listed modules.
 * - `processingActivities`: the module's entries in the register of processing activities (GDPR art. 30).
 * - `policy`: who may do what (`<name>.policy.ts`, `definePolicy`); every route's access rule is one of
 *   these (a test checks it), and openapi.json carries the rule as `x-access`.
 * - `jobs`: the background work the module runs (job types with their handlers, `handleJob`), including
 *   recurring ones; every server process registers them, and the workers share the queue (ADR 0013).
 * - `taskRules`: what the module knows is due (a placement check in 14 days), as rules the worklist
 *   module runs every day and on request; each rule reads the module's own tables (ADR 0016).
 * - `demo`: the module's part of the demo (`werkplein start` on an empty database, `werkplein seed`),
 *   written on top of the core demo's organisations, users, clients and vacancies (src/platform/demo.ts).
 */
export interface ModuleDefinition<Name extends string = string, Service = unknown, Deps = Record<string, unknown>> {
  name: Name;
  /** One line for the architecture overview and the admin's view of the installation. */
  description: string;
  needs: readonly string[];
  tables: Record<string, unknown>;
  processingActivities: Record<string, ProcessingActivity>;
  policy: Policy;
  createService(ctx: ModuleContext, deps: Deps): Service;
  routes(service: Service, ctx: ModuleContext, deps: Deps): RouteSpec[];
  jobs(service: Service, ctx: ModuleContext, deps: Deps): JobHandler[];
  taskRules: readonly TaskRule[];
  demo: DemoSeed | null;
}

/** Keeps the module's own service and dependency types while listing modules side by side. */
export function defineModule<const Name extends string, Service, Deps extends Record<string, unknown> = Record<string, never>>(
  def: Omit<
    ModuleDefinition<Name, Service, Deps>,
    'needs' | 'tables' | 'processingActivities' | 'policy' | 'jobs' | 'taskRules' | 'demo'
  > & {
    needs?: readonly (keyof Deps & string)[];
    tables?: Record<string, unknown>;
    processingActivities?: Record<string, ProcessingActivity>;
    policy?: Policy;
    jobs?: (service: Service, ctx: ModuleContext, deps: Deps) => JobHandler[];
    taskRules?: readonly TaskRule[];
    demo?: DemoSeed;
  },
): ModuleDefinition<Name, Service, Deps> {
  return { needs: [], tables: {}, processingActivities: {}, policy: {}, jobs: () => [], taskRules: [], demo: null, ...def };
}
