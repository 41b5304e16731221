import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { AdminSql } from '../db/admin.ts';

/**
 * Logical backup: every application table as JSON lines, gzip-compressed. The same format restores
 * into PGlite or a PostgreSQL server (so it is also the way from the embedded database to a server).
 * Tables are listed parents first, so a restore satisfies foreign keys in order.
 */
/** Tables a backup leaves out: the job queue holds work in flight, not records (a restored installation plans its own). */
export const NOT_BACKED_UP: readonly string[] = ['jobs'];

/**
 * The tables a backup holds, read from the database itself so a module's new table is in the next backup
 * without a list to keep: every table of the public schema except NOT_BACKED_UP, parents before the
 * tables whose foreign keys point at them (alphabetical where the keys leave the order free).
 */
export async function backupTables(query: Query): Promise<string[]> {
  const tables = (await query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`))
    .map((r) => r.name)
    .filter((t) => !NOT_BACKED_UP.includes(t));
  const keys = await query<{ child: string; parent: string }>(
    `SELECT (SELECT relname FROM pg_class WHERE oid = c.conrelid) AS child, (SELECT relname FROM pg_class WHERE oid = c.confrelid) AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of keys) if (k.child !== k.parent && parents.has(k.parent)) parents.get(k.child)?.add(k.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.find((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (!next) throw new Error(`Kringverwijzing in vreemde sleutels tussen: ${tables.filter((t) => !placed.has(t)).join(', ')}`);
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}

const FORMAT = 'werkplein-backup';
const BATCH = 2000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: number;
  tables: string[];
}

type Query = AdminSql['query'];

export async function migrationCount(query: Query): Promise<number> {
  const rows = await query<{ n: string }>(`SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations`);
  return Number(rows[0]?.n ?? 0);
}

async function primaryKey(query: Query, table: string): Promise<string[]> {
  const rows = await query<{ attname: string }>(
    `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [table],
  );
  return rows.map((r) => r.attname);
}

/**
 * Yields the backup as lines: a header, then per table a marker line followed by its rows. Call it inside
 * one REPEATABLE READ transaction so that all tables come from the same snapshot while the app runs.
 */
export async function* backupLines(query: Query): AsyncGenerator<string> {
  const header: Header = {
    format: FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: await migrationCount(query),
    tables: await backupTables(query),
  };
  yield JSON.stringify(header);
  for (const table of header.tables) {
    const order = (await primaryKey(query, table)).map((c) => `"${c}"`).join(', ');
    yield JSON.stringify({ table });
    for (let offset = 0; ; offset += BATCH) {
      const rows = await query<{ j: string }>(
        `SELECT row_to_json(t)::text AS j FROM "${table}" t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`,
      );
      for (const r of rows) yield r.j;
      if (rows.length < BATCH) break;
    }
  }
}

export async function writeBackup(sql: AdminSql, file: string): Promise<{ rows: number }> {
  let rows = 0;
  const tmp = `${file}.partial`;
  await sql.transaction(async (query) => {
    await query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const counted = async function* () {
      for await (const line of backupLines(query)) {
        if (!line.startsWith('{"table":')) rows++;
        yield `${line}\n`;
      }
    };
    await pipeline(Readable.from(counted()), createGzip(), fs.createWriteStream(tmp));
  });
  fs.renameSync(tmp, file); // a crash mid-backup never leaves a truncated file under the real name
  return { rows: rows - 1 }; // less the header line
}

/**
 * Restores into a freshly migrated, empty database, in one transaction: either all of it or nothing.
 * The audit rows keep their original hashes (the chaining trigger is paused while they are copied).
 */
export async function restoreBackup(sql: AdminSql, file: string): Promise<{ rows: number }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (header?.format !== FORMAT) throw new Error(`${file} is geen Werkplein-back-up.`);
  const migrations = await migrationCount((text, params) => sql.query(text, params));
  if (header.migrations !== migrations) {
    throw new Error(
      `De back-up hoort bij databaseversie ${header.migrations}, deze database heeft versie ${migrations}. Gebruik dezelfde Werkplein-versie.`,
    );
  }
  const [{ n } = { n: '0' }] = await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM organisations`);
  if (n !== '0') throw new Error('De doeldatabase is niet leeg. Zet een back-up alleen terug in een nieuwe, lege database.');

  const known = await backupTables((text, params) => sql.query(text, params));
  return sql.transaction(async (q) => {
    await q(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain`);
    // Signed polis versions are restored with their steps: the freeze trigger would refuse those steps.
    await q(`ALTER TABLE polis_steps DISABLE TRIGGER polis_steps_frozen`);
    // The migration created its own installation key and chain head; the backup's replace them.
    await q(`DELETE FROM installation`);
    await q(`DELETE FROM audit_head`);
    let table: string | null = null;
    let batch: string[] = [];
    let rows = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await q(`INSERT INTO "${table}" OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(null::"${table}", $1::json)`, [
        `[${batch.join(',')}]`,
      ]);
      rows += batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (!line) continue;
      if (line.startsWith('{"table":')) {
        await flush();
        table = (JSON.parse(line) as { table: string }).table;
        if (!known.includes(table)) throw new Error(`Onbekende tabel in back-up: ${table}`);
        continue;
      }
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    for (const t of ['audit_log', 'processing_log', 'login_attempts']) {
      await q(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), coalesce((SELECT max(id) FROM "${t}"), 0) + 1, false)`);
    }
    await q(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain`);
    await q(`ALTER TABLE polis_steps ENABLE TRIGGER polis_steps_frozen`);
    return { rows };
  });
}
