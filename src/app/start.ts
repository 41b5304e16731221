import type { FastifyInstance } from 'fastify';
import { assertSafeAppRole, openAppDatabase, runMigrations, type Database } from '../platform/db/database.ts';
import type { Config } from '../platform/config.ts';
import { importDemoReferenceData, isEmpty } from '../modules/demo/demo.seed.ts';
import { seedFullDemo } from './demo.ts';
import { buildServer } from './server.ts';
import { createServices } from './services.ts';
import { JobWorker, type JobLog } from '../platform/jobs/worker.ts';

export interface Running {
  app: FastifyInstance;
  database: Database;
  url: string;
  demoLoaded: boolean;
  stop(): Promise<void>;
}

export function databaseTargets(config: Config) {
  return {
    admin: { url: config.databaseAdminUrl ?? config.databaseUrl, dataDir: config.dataDir },
    app: { url: config.databaseUrl, dataDir: config.dataDir },
  };
}

/** Migrates, opens the database as the application role, loads the demo into an empty database, and serves. */
export async function startWerkplein(config: Config, opts: { logger?: boolean } = {}): Promise<Running> {
  const targets = databaseTargets(config);
  await runMigrations(targets.admin);
  let database = await openAppDatabase(targets.app);
  try {
    await assertSafeAppRole(database);
    let demoLoaded = false;
    if (config.demo && (await isEmpty(database.db))) {
      // The demo's reference data (ESCO, CBS, PC4 fixture) is written by the schema owner; the app role may
      // only read it, and on PGlite the two cannot have the data folder open at once: close, import, reopen.
      await database.close();
      await importDemoReferenceData(targets.admin);
      database = await openAppDatabase(targets.app);
      await seedFullDemo(database.db);
      demoLoaded = true;
    }
    const services = await createServices(database, config);
    const { app } = await buildServer(services, opts);
    const address = await app.listen({ port: config.port, host: config.host });
    const sweep = () => services.identity.sweep().catch((err: unknown) => app.log.error({ err }, 'session sweep failed'));
    const sweeper = setInterval(() => void sweep(), 15 * 60_000);
    sweeper.unref();
    void sweep();
    // Background jobs (mail, recurring work): every process runs a worker; they share the jobs table.
    // Without request logging the worker still reports failures (and mail's set-up) on the console.
    const log: JobLog = opts.logger ? app.log : { info() {}, warn: (o, m) => console.warn(m, o), error: (o, m) => console.error(m, o) };
    if (opts.logger) app.log.info(services.mail.describe());
    else console.log(services.mail.describe());
    const worker = config.jobWorker ? new JobWorker(database.db, services.jobs, { pollMs: config.jobPollMs, log }) : null;
    worker?.start();
    const url = address.replace('127.0.0.1', 'localhost');
    return {
      app,
      database,
      url,
      demoLoaded,
      async stop() {
        clearInterval(sweeper);
        await worker?.stop(); // lets the jobs being run finish and record their result
        services.mail.close();
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close().catch(() => {}); // may already be closed (reference-data import failed)
    throw err;
  }
}
