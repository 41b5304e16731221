import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export const APP_ROLE = 'werkplein_app';
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** The typed Drizzle handle; a transaction has the same type, so repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** The embedded engine itself (tests dump it to inspect it with superuser rights). */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  /** PostgreSQL server connection string; when absent the embedded PGlite in dataDir is used. */
  url?: string;
  dataDir?: string;
  /** A PGlite data directory dump to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
  /** Hold a lock file so a second process cannot open the same embedded data folder. */
  lock?: boolean;
  poolSize?: number;
}

/** Opens the database as the application role. */
export async function openAppDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection the server ends (restart, fail-over) must not crash the process; the pool reconnects.
    pool.on('error', (err) => console.warn(`database: verbinding verbroken (${err.message}); er wordt opnieuw verbonden`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { kind: 'postgres', db, close: () => pool.end() };
  }
  const lock = target.lock === false ? null : prepareDataDir(target);
  try {
    const client = new PGlite({
      dataDir: target.loadDataDir ? undefined : target.dataDir,
      loadDataDir: target.loadDataDir,
      username: APP_ROLE,
    });
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return { kind: 'pglite', db, pglite: client, close: closer(client, lock) };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Runs all pending migrations as the schema owner (a superuser on PGlite). */
export async function runMigrations(target: DatabaseTarget): Promise<void> {
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: 1 });
    pool.on('error', () => {});
    try {
      await migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await pool.end();
    }
    return;
  }
  const lock = target.lock === false ? null : prepareDataDir(target);
  const client = new PGlite({ dataDir: target.dataDir });
  try {
    await client.waitReady;
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await closer(client, lock)();
  }
}

/** Opens a migrated PGlite as its superuser, for tooling that must see past row-level security (audit verify, backup). */
export async function openAdminPglite(dataDir: string, lock = true): Promise<{ client: PGlite; close(): Promise<void> }> {
  const held = lock ? prepareDataDir({ dataDir }) : null;
  const client = new PGlite({ dataDir });
  await client.waitReady;
  return { client, close: closer(client, held) };
}

function prepareDataDir(target: DatabaseTarget): DataDirLock | null {
  if (!target.dataDir || target.loadDataDir) return null;
  fs.mkdirSync(target.dataDir, { recursive: true });
  return acquireDataDirLock(target.dataDir);
}

function closer(client: PGlite, lock: DataDirLock | null): () => Promise<void> {
  return async () => {
    try {
      if (!client.closed) await client.close();
    } finally {
      lock?.release();
    }
  };
}

/**
 * Refuses to run as a role that would make row-level security meaningless. Called at startup.
 */
export async function assertSafeAppRole(database: Database): Promise<void> {
  const rows = await queryRows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
    database.db,
    sql`SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
  );
  const role = rows[0];
  if (!role) throw new Error('Kan de databaserol niet bepalen.');
  if (role.rolsuper || role.rolbypassrls) {
    throw new Error(
      `Werkplein weigert te starten als databaserol "${role.rolname}": die rol is superuser of heeft BYPASSRLS, ` +
        `waardoor de scheiding tussen organisaties niet door de database wordt afgedwongen. ` +
        `Verbind met de rol ${APP_ROLE} (DATABASE_URL) en gebruik DATABASE_ADMIN_URL voor migraties.`,
    );
  }
}

export interface TenantContext {
  organisationId: string;
  userId: string | null;
  /** Labour-market region (AMxx) of the organisation, for region-wide visibility (vacancies). */
  regionCode?: string | null;
}

/**
 * Runs fn in one transaction with the tenant context set for row-level security. Everything a request
 * writes (data, audit line, processing-log lines) commits or rolls back together.
 */
export async function inTenant<T>(db: Db, ctx: TenantContext | null, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('app.organisation_id', ${ctx?.organisationId ?? ''}, true), set_config('app.user_id', ${ctx?.userId ?? ''}, true), set_config('app.region_code', ${ctx?.regionCode ?? ''}, true)`,
    );
    return fn(tx);
  });
}

export async function queryRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers (PGlite and node-postgres) return { rows }.
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
