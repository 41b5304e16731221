import type { Database } from '../platform/db/database.ts';
import type { Config } from '../platform/config.ts';
import type { ModuleContext, ModuleDefinition } from '../platform/module.ts';
import { AuditTrail } from '../platform/audit/audit.ts';
import { useCaseRunner } from '../platform/audit/audited.ts';
import { loadPseudonymKey } from '../platform/audit/installation.ts';
import { JobQueue } from '../platform/jobs/queue.ts';
import { cleanupHandler } from '../platform/jobs/cleanup.ts';
import { Mail } from '../platform/mail/mail.ts';
import { collectTaskRules } from '../platform/task-rules.ts';
import { MODULES, type ModuleServices } from './modules.ts';

/** The composition root: the platform's shared parts and every module's service, wired once per process. */
export type Services = ModuleServices & {
  config: Config;
  database: Database;
  audit: AuditTrail;
  jobs: JobQueue;
  mail: Mail;
};

/**
 * Builds each module's service in list order from the shared context and the services of the modules it
 * declares in `needs`. A module listed before one it needs is a programming error and fails at start-up.
 */
export function buildModuleServices(ctx: ModuleContext, modules: readonly ModuleDefinition[]): Record<string, unknown> {
  const built: Record<string, unknown> = {};
  for (const m of modules) {
    if (m.name in built) throw new Error(`Module "${m.name}" staat twee keer in de lijst.`);
    const missing = m.needs.filter((name) => !(name in built));
    if (missing.length > 0) throw new Error(`Module "${m.name}" heeft ${missing.join(', ')} nodig; zet die eerder in de lijst.`);
    const deps = Object.fromEntries(m.needs.map((name) => [name, built[name]]));
    built[m.name] = m.createService(ctx, deps);
  }
  return built;
}

/** Registers the platform's own jobs and every module's (each with the services its module was built from). */
export function registerJobs(
  queue: JobQueue,
  ctx: ModuleContext,
  modules: readonly ModuleDefinition[],
  built: Record<string, unknown>,
): void {
  queue.register(cleanupHandler(queue), ctx.mail.handler());
  for (const m of modules) queue.register(...m.jobs(built[m.name], ctx, Object.fromEntries(m.needs.map((name) => [name, built[name]]))));
}

export async function createServices(database: Database, config: Config): Promise<Services> {
  const db = database.db;
  const audit = new AuditTrail(await loadPseudonymKey(db));
  const jobs = new JobQueue(db);
  const mail = new Mail(config, jobs);
  const taskRules = collectTaskRules(MODULES);
  const ctx: ModuleContext = { db, database, audit, useCase: useCaseRunner(db, audit), config, jobs, mail, taskRules };
  const built = buildModuleServices(ctx, MODULES);
  registerJobs(jobs, ctx, MODULES, built);
  // The cast is checked by type: ModuleServices is derived from the same list the loop walked.
  return { ...(built as ModuleServices), config, database, audit, jobs, mail };
}

/** The context the services were built from, for building route lists. */
export function moduleContext(services: Services): ModuleContext {
  const db = services.database.db;
  return {
    db,
    database: services.database,
    audit: services.audit,
    useCase: useCaseRunner(db, services.audit),
    config: services.config,
    jobs: services.jobs,
    mail: services.mail,
    taskRules: collectTaskRules(MODULES),
  };
}
