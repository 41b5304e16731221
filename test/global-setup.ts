import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../src/platform/db/database.ts';
import { testDatabaseMode, testServerUrl, databaseUrlFor } from './db-mode.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite mode: path of a dumped, migrated data directory that each test file clones. */
    pgliteTemplate: string;
    /** PostgreSQL mode: name of a migrated template database that each test file copies. */
    pgTemplate: string;
  }
}

/**
 * Migrates once per run; test files clone the result (PGlite: loadDataDir; PostgreSQL: CREATE DATABASE
 * … TEMPLATE), which takes well under a second instead of a full migration each.
 */
export default async function setup(project: TestProject) {
  if (testDatabaseMode() === 'postgres') {
    const name = `werkplein_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testServerUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await runMigrations({ url: databaseUrlFor(name) });
    project.provide('pgTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-tpl-'));
  await runMigrations({ dataDir: path.join(dir, 'data') });
  const pglite = new PGlite({ dataDir: path.join(dir, 'data') });
  await pglite.waitReady;
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplate', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
