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
export const BACKUP_TABLES = [
  'installation',
  'organisations',
  'users',
  'user_roles',
  'sessions',
  'login_attempts',
  'oidc_login_states',
  'notifications',
  'clients',
  'client_consents',
  'ladder_assessments',
  'isco_groups',
  'occupations',
  'municipalities',
  'postcode_areas',
  'employers',
  'employer_contacts',
  'employer_contact_moments',
  'employer_agreements',
  'vacancies',
  'candidate_proposals',
  'placement_checks',
  'client_portal_accounts',
  'instruments',
  'provider_assignments',
  'assignment_clients',
  'trajectories',
  'trajectory_progress_reports',
  'polisses',
  'polis_versions',
  'polis_steps',
  'polis_signatures',
  'prb_programmes',
  'prb_advisors',
  'prb_participants',
  'prb_proposals',
  'prb_cost_lines',
  'prb_decisions',
  'prb_commitments',
  'prb_invoices',
  'tasks',
  'appointments',
  'appointment_participants',
  'audit_head',
  'audit_log',
  'processing_log',
] as const;

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
    tables: [...BACKUP_TABLES],
  };
  yield JSON.stringify(header);
  for (const table of BACKUP_TABLES) {
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
        rows++;
        yield `${line}\n`;
      }
    };
    await pipeline(Readable.from(counted()), createGzip(), fs.createWriteStream(tmp));
  });
  fs.renameSync(tmp, file); // a crash mid-backup never leaves a truncated file under the real name
  return { rows: rows - 1 - BACKUP_TABLES.length };
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
        if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(`Onbekende tabel in back-up: ${table}`);
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
