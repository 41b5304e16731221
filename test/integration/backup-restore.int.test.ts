import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { Agent, createAdminDatabase, testConfig, type TestApp } from '../harness.ts';
import { clientInput, PASSWORD, type World, nextBsn, openTestWorld } from '../factories.ts';
import { databaseUrlFor, testDatabaseMode } from '../db-mode.ts';
import { adminSqlFromPglite, type AdminSql } from '../../src/platform/db/admin.ts';
import { APP_ROLE, openAppDatabase, type Database } from '../../src/platform/db/database.ts';
import { NOT_BACKED_UP, restoreBackup, writeBackup } from '../../src/platform/backup/backup.ts';
import { verifyAuditChain } from '../../src/platform/audit/verify.ts';
import { createServices } from '../../src/app/services.ts';
import { buildServer } from '../../src/app/server.ts';

/**
 * Backup and restore: a backup restored into a fresh database and backed up again gives the same rows,
 * line for line; the restored installation keeps working (logins, files, audit chain, pseudonyms); a
 * restore never lands on a database that already holds data, and a broken backup restores nothing.
 */

let t: TestApp;
let world: World;
let dir: string;
let backupFile: string;
const clients: { id: string; bsn: string }[] = [];
/** What the migrated schema holds, read independently of the backup code. */
let schemaTables: string[];
let foreignKeys: { child: string; parent: string }[];
beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-backup-test-'));
  const kmA = await world.agent('A', 'klantmanager');
  const kmB = await world.agent('B', 'klantmanager');
  for (const [agent, overrides] of [
    [kmA, { firstName: 'Anna', languages: ['Nederlands', 'Pools'], targetGroups: ['statushouder'] }],
    [kmA, { firstName: 'Bram', surnamePrefix: 'van', healthLimitations: null, email: null, phone: null }],
    [kmA, { firstName: 'Chaïma', healthLimitations: 'Allergie: geen schoonmaakmiddelen. "Quotes" \\ en ünïcödé ✓' }],
    [kmB, { firstName: 'Dirk' }],
  ] as const) {
    const res = await agent.post('/api/v1/clients', clientInput({ bsn: nextBsn(), ...overrides }));
    expect(res.statusCode, res.body).toBe(201);
    clients.push({ id: res.json().id, bsn: res.json().bsn });
  }
  const [c1, c2] = clients;
  const consent = await kmA.post(`/api/v1/clients/${c1!.id}/consents`, { organisationId: world.orgs.R.id, note: 'Traject' });
  expect(consent.statusCode).toBe(201);
  expect((await kmA.post(`/api/v1/clients/${c2!.id}/consents`, { organisationId: world.orgs.R.id })).statusCode).toBe(201);
  expect((await kmA.post(`/api/v1/clients/${c1!.id}/consents/${consent.json().id}/withdraw`)).statusCode).toBe(200);
  for (const [rung, growthPotential, assessedOn] of [
    [2, 4, '2024-10-01'],
    [3, 4, '2025-03-01'],
  ] as const) {
    expect(
      (await kmA.post(`/api/v1/clients/${c2!.id}/ladder-assessments`, { rung, growthPotential, assessedOn, notes: `Trede ${rung}` }))
        .statusCode,
    ).toBe(201);
  }
  expect((await kmA.patch(`/api/v1/clients/${c1!.id}`, { version: 1, hoursAvailable: 32 })).statusCode).toBe(200);
  expect((await (await world.agent('R', 'jobcoach')).get(`/api/v1/clients/${c2!.id}`)).statusCode).toBe(200);
  expect((await kmB.get(`/api/v1/clients/${c1!.id}`)).statusCode).toBe(404);
  // A failed login, so login_attempts holds both kinds.
  expect(
    (await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: world.email('A', 'jobcoach'), password: 'fout' } }))
      .statusCode,
  ).toBe(401);

  backupFile = path.join(dir, 'werkplein.backup.gz');
  const source = await t.admin();
  try {
    const { rows } = await writeBackup(source, backupFile);
    expect(rows).toBeGreaterThan(50);
    schemaTables = (
      await source.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )
    ).map((r) => r.table_name);
    foreignKeys = await source.query<{ child: string; parent: string }>(
      `SELECT tc.table_name AS child, ccu.table_name AS parent
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    );
  } finally {
    await source.close();
  }
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function readLines(file: string): string[] {
  return gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
}

/** Rows per table, from a backup file. */
function tablesOf(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const line of lines.slice(1)) {
    if (line.startsWith('{"table":')) {
      current = JSON.parse(line).table;
      out.set(current, []);
    } else out.get(current)!.push(line);
  }
  return out;
}

async function backupOf(sql: AdminSql, name: string): Promise<string[]> {
  const file = path.join(dir, name);
  await writeBackup(sql, file);
  return readLines(file);
}

function headerWithoutTime(lines: string[]) {
  const { createdAt, ...rest } = JSON.parse(lines[0]!);
  expect(Number.isNaN(Date.parse(createdAt))).toBe(false);
  return rest;
}

/**
 * A fresh restore target (createAdminDatabase) that is dropped without tripping the harness: its drop()
 * ends the admin pool and immediately drops the database WITH (FORCE); a pool connection that is still
 * closing then gets an unhandled 57P01 error. Ending our own backend first leaves nothing to force out.
 */
async function restoreTarget(): Promise<AdminSql & { drop(): Promise<void> }> {
  const target = await createAdminDatabase();
  return {
    ...target,
    async drop() {
      if (testDatabaseMode() === 'postgres') await target.query('SELECT pg_terminate_backend(pg_backend_pid())').catch(() => undefined);
      await target.drop();
    },
  };
}

async function count(sql: AdminSql, table: string): Promise<number> {
  return Number((await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`))[0]!.n);
}

describe('backup file', () => {
  it('holds a header and every application table, with the data built through the API', () => {
    const lines = readLines(backupFile);
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'werkplein-backup', version: 1 });
    // Every table of the migrated schema but the job queue, each after the tables its foreign keys point at.
    expect([...header.tables].sort()).toEqual(schemaTables.filter((t) => !NOT_BACKED_UP.includes(t)));
    for (const { child, parent } of foreignKeys) {
      if (child !== parent) expect(header.tables.indexOf(parent), `${parent} before ${child}`).toBeLessThan(header.tables.indexOf(child));
    }
    expect(header.migrations).toBeGreaterThanOrEqual(2);
    const tables = tablesOf(lines);
    expect([...tables.keys()]).toEqual(header.tables);
    expect(tables.get('clients')).toHaveLength(4);
    expect(tables.get('client_consents')).toHaveLength(2);
    expect(tables.get('ladder_assessments')).toHaveLength(2);
    expect(tables.get('installation')).toHaveLength(1);
    expect(tables.get('audit_head')).toHaveLength(1);
    expect(tables.get('sessions')).toHaveLength(3); // klantmanager A, klantmanager B, jobcoach R
    expect(tables.get('login_attempts')!.some((l) => JSON.parse(l).succeeded === false)).toBe(true);
    expect(tables.get('audit_log')!.length).toBeGreaterThan(15);
    expect(tables.get('processing_log')!.length).toBeGreaterThan(10);
  });
});

describe('restore', () => {
  it('restores into a fresh database; a backup of the restored database has the same rows, line for line', async () => {
    const target = await restoreTarget();
    try {
      const original = readLines(backupFile);
      const { rows } = await restoreBackup(target, backupFile);
      const tableCount = (JSON.parse(original[0]!) as { tables: string[] }).tables.length;
      expect(rows).toBe(original.length - 1 - tableCount);
      const again = await backupOf(target, 'again.backup.gz');
      expect(headerWithoutTime(again)).toEqual(headerWithoutTime(original));
      expect(again.length).toBe(original.length);
      const [a, b] = [tablesOf(original), tablesOf(again)];
      for (const table of a.keys()) expect(b.get(table), table).toEqual(a.get(table));
      expect(again.slice(1)).toEqual(original.slice(1));
    } finally {
      await target.drop();
    }
  });

  it('the audit chain of the restored database verifies', async () => {
    const target = await restoreTarget();
    try {
      await restoreBackup(target, backupFile);
      const result = await verifyAuditChain(target);
      expect(result.problems).toEqual([]);
      expect(result).toMatchObject({ ok: true, rows: tablesOf(readLines(backupFile)).get('audit_log')!.length });
    } finally {
      await target.drop();
    }
  });

  it('the restored installation works: same login, same file, new audit lines chain on, same pseudonyms', async () => {
    const restored = await openRestored();
    try {
      const services = await createServices(restored.app, testConfig());
      const built = await buildServer(services);
      await built.app.ready();
      try {
        const km = await Agent.login(built.app, world.email('A', 'klantmanager'), PASSWORD);
        const before = (await (await world.agent('A', 'klantmanager')).get(`/api/v1/clients/${clients[1]!.id}`)).json();
        const res = await km.get(`/api/v1/clients/${clients[1]!.id}`);
        expect(res.statusCode).toBe(200);
        const { updatedAt: _u1, ...file } = res.json();
        const { updatedAt: _u2, ...expected } = before;
        expect(file).toEqual(expected);
        expect(res.json().latestLadder).toMatchObject({ rung: 3, notes: 'Trede 3' });
        // The partner's consent survived; the withdrawn one stays withdrawn.
        const jcR = await Agent.login(built.app, world.email('R', 'jobcoach'), PASSWORD);
        expect((await jcR.get(`/api/v1/clients/${clients[1]!.id}`)).statusCode).toBe(200);
        expect((await jcR.get(`/api/v1/clients/${clients[0]!.id}`)).statusCode).toBe(404);
      } finally {
        await built.app.close();
      }
      const admin = await restored.admin();
      try {
        const backupAudit = tablesOf(readLines(backupFile))
          .get('audit_log')!
          .map((l) => JSON.parse(l) as { id: number; hash: string });
        const last = backupAudit[backupAudit.length - 1]!;
        const newRows = await admin.query<{ id: string; prev_hash: string }>(
          `SELECT id::text, prev_hash FROM audit_log WHERE id > $1 ORDER BY id`,
          [last.id],
        );
        // Logins and reads after the restore: ids continue after the restored ones, and the first new line links to the restored head.
        expect(newRows.length).toBeGreaterThanOrEqual(4);
        expect(newRows[0]!.prev_hash).toBe(last.hash);
        const [head] = await admin.query<{ row_count: string }>(`SELECT row_count::text FROM audit_head`);
        expect(Number(head!.row_count)).toBe(backupAudit.length + newRows.length);
        // The installation's pseudonym key came along: the same BSN still maps to the same data subject id.
        const subjects = await admin.query<{ data_subject_id: string; n: string }>(
          `SELECT data_subject_id, count(*)::text AS n FROM processing_log WHERE processing_activity_id = 'werkplein:verwerking:klantdossier-inzien' GROUP BY 1`,
        );
        const backupSubjects = new Set(
          tablesOf(readLines(backupFile))
            .get('processing_log')!
            .map((l) => JSON.parse(l).data_subject_id as string),
        );
        for (const s of subjects) expect(backupSubjects.has(s.data_subject_id), s.data_subject_id).toBe(true);
      } finally {
        await admin.close();
      }
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore into a database that already holds data, and changes nothing there', async () => {
    const target = await restoreTarget();
    try {
      await restoreBackup(target, backupFile);
      const before = await backupOf(target, 'before.backup.gz');
      await expect(restoreBackup(target, backupFile)).rejects.toThrow(/niet leeg/);
      const after = await backupOf(target, 'after.backup.gz');
      expect(after.slice(1)).toEqual(before.slice(1));
    } finally {
      await target.drop();
    }
  });

  it('refuses to restore over the running installation', async () => {
    const live = await t.admin();
    try {
      const before = await backupOf(live, 'live-before.backup.gz');
      await expect(restoreBackup(live, backupFile)).rejects.toThrow(/De doeldatabase is niet leeg/);
      const after = await backupOf(live, 'live-after.backup.gz');
      expect(after.slice(1)).toEqual(before.slice(1));
    } finally {
      await live.close();
    }
  });

  it('a backup that breaks halfway restores nothing: the target stays empty and usable', async () => {
    const lines = readLines(backupFile);
    const i = lines.findLastIndex((l) => l.includes('"span_id"'));
    const broken = [...lines];
    broken[i] = broken[i]!.replace(/"start_time":"[^"]+"/, '"start_time":"geen datum"');
    expect(broken[i]).toContain('geen datum');
    const brokenFile = path.join(dir, 'broken.backup.gz');
    fs.writeFileSync(brokenFile, gzipSync(broken.join('\n') + '\n'));

    const target = await restoreTarget();
    try {
      const key = (await target.query<{ k: string }>(`SELECT pseudonym_key AS k FROM installation`))[0]!.k;
      await expect(restoreBackup(target, brokenFile)).rejects.toThrow();
      for (const table of ['organisations', 'users', 'clients', 'client_consents', 'ladder_assessments', 'audit_log', 'processing_log']) {
        expect(await count(target, table), table).toBe(0);
      }
      expect((await target.query<{ k: string }>(`SELECT pseudonym_key AS k FROM installation`)).map((r) => r.k)).toEqual([key]);
      expect(await target.query(`SELECT row_count::text, last_hash FROM audit_head`)).toEqual([{ row_count: '0', last_hash: '' }]);
      // Still a clean target: the intact backup restores afterwards, with the audit trigger in place.
      await restoreBackup(target, backupFile);
      expect(await count(target, 'clients')).toBe(4);
      const [trigger] = await target.query<{ tgenabled: string }>(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'audit_log_chain'`);
      expect(trigger!.tgenabled).toBe('O');
    } finally {
      await target.drop();
    }
  });

  it('refuses a file that is not a Werkplein backup, and a backup of another database version', async () => {
    const notBackup = path.join(dir, 'other.gz');
    fs.writeFileSync(notBackup, gzipSync('{"hello":"world"}\n'));
    const lines = readLines(backupFile);
    const header = JSON.parse(lines[0]!);
    const otherVersion = path.join(dir, 'other-version.backup.gz');
    fs.writeFileSync(
      otherVersion,
      gzipSync([JSON.stringify({ ...header, migrations: header.migrations + 1 }), ...lines.slice(1)].join('\n') + '\n'),
    );
    const target = await restoreTarget();
    try {
      await expect(restoreBackup(target, notBackup)).rejects.toThrow(/geen Werkplein-back-up/);
      await expect(restoreBackup(target, otherVersion)).rejects.toThrow(/databaseversie/);
      expect(await count(target, 'organisations')).toBe(0);
    } finally {
      await target.drop();
    }
  });

  it('a backup taken while requests are running is one consistent snapshot', async () => {
    const km = await world.agent('A', 'klantmanager');
    const jc = await world.agent('A', 'jobcoach');
    const file = path.join(dir, 'busy.backup.gz');
    const live = await t.admin();
    try {
      const traffic = Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? km : jc).get(`/api/v1/clients/${clients[i % 3]!.id}`)));
      await writeBackup(live, file);
      expect((await traffic).every((r) => r.statusCode === 200)).toBe(true);
    } finally {
      await live.close();
    }
    const tables = tablesOf(readLines(file));
    const audit = tables.get('audit_log')!.map((l) => JSON.parse(l) as { trace_id: string; hash: string });
    const [head] = tables.get('audit_head')!.map((l) => JSON.parse(l) as { row_count: number; last_hash: string });
    expect(head!.row_count).toBe(audit.length);
    expect(audit.some((a) => a.hash === head!.last_hash)).toBe(true);
    const traces = new Set(audit.map((a) => a.trace_id));
    for (const line of tables.get('processing_log')!) expect(traces.has(JSON.parse(line).trace_id)).toBe(true);
  });
});

/** A restored copy of the backup, opened both as the app role (to run the app on) and as superuser. */
async function openRestored(): Promise<{ app: Database; admin(): Promise<AdminSql>; close(): Promise<void> }> {
  if (testDatabaseMode() === 'postgres') {
    const target = await restoreTarget();
    await restoreBackup(target, backupFile);
    const [{ name } = { name: '' }] = await target.query<{ name: string }>(`SELECT current_database() AS name`);
    const app = await openAppDatabase({ url: databaseUrlFor(name, APP_ROLE), poolSize: 4 });
    return {
      app,
      // Live: the admin connection sees what the app wrote. Closing it is left to close().
      admin: async () => ({ ...target, close: async () => {} }),
      async close() {
        await app.close();
        await target.drop();
      },
    };
  }
  const superuser = new PGlite({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]) });
  await superuser.waitReady;
  await restoreBackup(
    adminSqlFromPglite(superuser, async () => {}),
    backupFile,
  );
  const app = await openAppDatabase({ loadDataDir: await superuser.dumpDataDir('none'), lock: false });
  await superuser.close();
  return {
    app,
    async admin() {
      const copy = new PGlite({ loadDataDir: await app.pglite!.dumpDataDir('none') });
      await copy.waitReady;
      return adminSqlFromPglite(copy, () => copy.close());
    },
    close: () => app.close(),
  };
}
