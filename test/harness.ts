import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { APP_ROLE, openAppDatabase, type Database } from '../src/platform/db/database.ts';
import { adminSqlFromPglite, openAdminSql, type AdminSql } from '../src/platform/db/admin.ts';
import { configFromEnv, type Config } from '../src/platform/config.ts';
import { createServices, type Services } from '../src/app/services.ts';
import { buildServer, type BuiltApp } from '../src/app/server.ts';
import { testDatabaseMode, testServerUrl, databaseUrlFor } from './db-mode.ts';

export interface TestDatabase {
  database: Database;
  /** A superuser view of this database: live on PostgreSQL, a snapshot copy on PGlite. */
  admin(): Promise<AdminSql>;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * Runs with the schema owner's (superuser) rights on the fresh database BEFORE the application role
   * opens it: for rows the application may only read, such as reference data (occupations, PC4 areas).
   */
  beforeOpen?: (admin: AdminSql) => Promise<void>;
}

/** A fresh, migrated, empty database opened as the application role. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (testDatabaseMode() === 'postgres') {
    const name = `werkplein_t_${randomBytes(5).toString('hex')}`;
    const server = new pg.Client({ connectionString: testServerUrl() });
    await server.connect();
    await server.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    if (options.beforeOpen) {
      const owner = await openAdminSql({ url: databaseUrlFor(name) });
      try {
        await options.beforeOpen(owner);
      } finally {
        await owner.close();
      }
    }
    const database = await openAppDatabase({ url: databaseUrlFor(name, APP_ROLE), poolSize: 20 });
    return {
      database,
      admin: () => openAdminSql({ url: databaseUrlFor(name) }),
      async close() {
        await database.close();
        await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await server.end();
      },
    };
  }
  const database = await openAppDatabase({
    loadDataDir: options.beforeOpen ? await preparedBlob(options.beforeOpen) : templateBlob(),
    lock: false,
  });
  return {
    database,
    async admin() {
      const dump = await database.pglite!.dumpDataDir('none');
      const copy = new PGlite({ loadDataDir: dump });
      await copy.waitReady;
      return adminSqlFromPglite(copy, () => copy.close());
    },
    close: () => database.close(),
  };
}

/** A fresh, migrated, empty database opened with superuser rights (restore targets). */
export async function createAdminDatabase(): Promise<AdminSql & { drop(): Promise<void> }> {
  if (testDatabaseMode() === 'postgres') {
    const name = `werkplein_t_${randomBytes(5).toString('hex')}`;
    const server = new pg.Client({ connectionString: testServerUrl() });
    await server.connect();
    await server.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const sql = await openAdminSql({ url: databaseUrlFor(name) });
    return {
      ...sql,
      async drop() {
        await sql.close();
        await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await server.end();
      },
    };
  }
  const client = new PGlite({ loadDataDir: templateBlob() });
  await client.waitReady;
  const sql = adminSqlFromPglite(client, () => client.close());
  return { ...sql, drop: () => sql.close() };
}

/** PGlite: the template opened as superuser, prepared by beforeOpen, dumped again for the app role to open. */
async function preparedBlob(beforeOpen: NonNullable<TestDatabaseOptions['beforeOpen']>): Promise<Blob> {
  const owner = new PGlite({ loadDataDir: templateBlob() });
  await owner.waitReady;
  try {
    await beforeOpen(adminSqlFromPglite(owner, async () => {}));
    return await owner.dumpDataDir('none');
  } finally {
    await owner.close();
  }
}

let cachedTemplate: Blob | null = null;
function templateBlob(): Blob {
  cachedTemplate ??= new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return cachedTemplate;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configFromEnv({}), demo: false, logLevel: 'silent', ...overrides };
}

export interface TestApp extends TestDatabase {
  services: Services;
  app: FastifyInstance;
  built: BuiltApp;
}

export async function createTestApp(configOverrides: Partial<Config> = {}, options: TestDatabaseOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase(options);
  const poolErrors = watchPoolErrors(db.database);
  const services = await createServices(db.database, testConfig(configOverrides));
  const built = await buildServer(services);
  await built.app.ready();
  return {
    ...db,
    services,
    app: built.app,
    built,
    async close() {
      await built.app.close();
      await db.close();
      if (poolErrors.length > 0) throw new Error(`De databaseverbinding gaf fouten: ${poolErrors.map(String).join('; ')}`);
    },
  };
}

/**
 * Collects errors of the application's connection pool, so a test file's close() fails on them. On
 * PostgreSQL the harness drops the test database right after ending the pool; connections still closing
 * then receive "terminating connection due to administrator command" (57P01), which is expected.
 */
function watchPoolErrors(database: Database): unknown[] {
  const errors: unknown[] = [];
  const pool = (database.db as unknown as { $client?: { on?: (e: string, f: (err: { code?: string }) => void) => void } }).$client;
  pool?.on?.('error', (err) => {
    if (err.code !== '57P01') errors.push(err);
  });
  return errors;
}

/** A signed-in browser-like client: keeps the session cookie and sends the CSRF token on mutations. */
export class Agent {
  constructor(
    private readonly app: FastifyInstance,
    public cookie: string,
    public csrfToken: string,
  ) {}

  static async login(app: FastifyInstance, email: string, password: string): Promise<Agent> {
    const res = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
    if (res.statusCode !== 201) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    return new Agent(app, sessionCookieOf(res)!, res.json().csrfToken);
  }

  request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...extraHeaders, cookie: `wp_session=${this.cookie}` };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    return this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown) {
    return this.request('POST', url, payload ?? {});
  }
  patch(url: string, payload: unknown) {
    return this.request('PATCH', url, payload);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export function sessionCookieOf(res: LightMyRequestResponse): string | null {
  const c = res.cookies.find((x) => x.name === 'wp_session');
  return c ? c.value : null;
}
