/**
 * `werkplein import …`: loads the official reference files as the schema owner (the application role may
 * only read them). Validates every file completely first; then writes everything in one transaction with
 * batched multi-row upserts that skip unchanged rows, so a second run changes nothing and reports it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AdminSql } from '../../platform/db/admin.ts';
import {
  decodeUtf8,
  ImportRejected,
  ISCO_GROUPS_FILE,
  OCCUPATIONS_FILE,
  parseIscoGroups,
  parseMunicipalities,
  parseOccupations,
  parsePostcodes,
  type IscoGroupRow,
  type MunicipalityRow,
  type OccupationRow,
  type Parsed,
  type PostcodeAreaRow,
  type PostcodeFormat,
} from './refdata.files.ts';

/** Progress of the writing phase; the CLI shows it as a bar. */
export interface ImportProgress {
  start(label: string, total: number): void;
  advance(rows: number): void;
  finish(): void;
}

export interface TableReport {
  table: string;
  /** Dutch name for messages, e.g. "Beroepen". */
  label: string;
  /** Data records in the file. */
  read: number;
  /** Records left out on purpose (no coordinates, older duplicate), with the first few reasons. */
  skipped: number;
  skippedExamples: string[];
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  tables: TableReport[];
  /** Milliseconds spent reading and validating, and writing. */
  validateMs: number;
  writeMs: number;
}

export interface ImportOptions {
  progress?: ImportProgress | null;
  /** Rows per INSERT statement. */
  batchSize?: number;
}

// ---------------------------------------------------------------------------------------------
// Upsert machinery

/** Column types the importer writes; 'text[]' elements must not contain a line break (they travel joined by one). */
type ColumnType = 'text' | 'int' | 'float8' | 'text[]';

interface TableSpec<T> {
  table: string;
  label: string;
  key: string;
  columns: readonly { name: string; type: ColumnType; value: (row: T) => string | number | null | readonly string[] }[];
}

/**
 * One batched multi-row upsert: INSERT … SELECT FROM unnest(one array parameter per column) ON CONFLICT
 * (key) DO UPDATE … WHERE (stored) IS DISTINCT FROM (new). An unchanged row is not rewritten (no new row
 * version, no RETURNING line); RETURNING xmax = 0 tells an insert from an update. One array per column
 * instead of one parameter per value keeps the statement small: measured about 30% faster on PostgreSQL
 * and on PGlite than VALUES ($1, $2, …), (…) with the same batch size.
 */
export function upsertSql<T>(spec: TableSpec<T>): string {
  const cols = spec.columns.map((c) => c.name);
  const arrays = spec.columns.map((c, i) => `$${i + 1}::${c.type === 'text[]' ? 'text' : c.type}[]`);
  const select = spec.columns.map((c) => (c.type === 'text[]' ? `string_to_array(x.${c.name}, E'\\n')` : `x.${c.name}`));
  const nonKey = cols.filter((c) => c !== spec.key);
  return (
    `INSERT INTO ${spec.table} (${cols.join(', ')}) ` +
    `SELECT ${select.join(', ')} FROM unnest(${arrays.join(', ')}) AS x(${cols.join(', ')}) ` +
    `ON CONFLICT (${spec.key}) DO UPDATE SET ${nonKey.map((c) => `${c} = EXCLUDED.${c}`).join(', ')} ` +
    `WHERE (${nonKey.map((c) => `${spec.table}.${c}`).join(', ')}) IS DISTINCT FROM (${nonKey.map((c) => `EXCLUDED.${c}`).join(', ')}) ` +
    `RETURNING (xmax = 0) AS inserted`
  );
}

/** The array parameters for one batch: one array per column. */
function batchParams<T>(spec: TableSpec<T>, batch: readonly T[]): unknown[] {
  return spec.columns.map((c) =>
    batch.map((row) => {
      const v = c.value(row);
      return c.type === 'text[]' ? (v as readonly string[]).join('\n') : v;
    }),
  );
}

async function upsertAll<T>(
  q: AdminSql['query'],
  spec: TableSpec<T>,
  parsed: Parsed<T>,
  progress: ImportProgress | null,
  batchSize: number,
): Promise<TableReport> {
  let inserted = 0;
  let updated = 0;
  const rows = parsed.rows;
  progress?.start(spec.label, rows.length);
  const text = upsertSql(spec);
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const changed = await q<{ inserted: boolean }>(text, batchParams(spec, batch));
    for (const r of changed) {
      if (r.inserted) inserted++;
      else updated++;
    }
    progress?.advance(batch.length);
  }
  progress?.finish();
  return {
    table: spec.table,
    label: spec.label,
    read: parsed.read,
    skipped: parsed.skipped.length,
    skippedExamples: parsed.skipped.slice(0, 5).map((s) => `regel ${s.line}: ${s.reason}`),
    inserted,
    updated,
    unchanged: rows.length - inserted - updated,
  };
}

const ISCO_SPEC: TableSpec<IscoGroupRow> = {
  table: 'isco_groups',
  label: 'ISCO-groepen',
  key: 'code',
  columns: [
    { name: 'code', type: 'text', value: (r) => r.code },
    { name: 'level', type: 'int', value: (r) => r.level },
    { name: 'label_nl', type: 'text', value: (r) => r.labelNl },
  ],
};

const OCCUPATION_SPEC: TableSpec<OccupationRow> = {
  table: 'occupations',
  label: 'Beroepen',
  key: 'uri',
  columns: [
    { name: 'uri', type: 'text', value: (r) => r.uri },
    { name: 'code', type: 'text', value: (r) => r.code },
    { name: 'isco_code', type: 'text', value: (r) => r.iscoCode },
    { name: 'label_nl', type: 'text', value: (r) => r.labelNl },
    { name: 'alt_labels_nl', type: 'text[]', value: (r) => r.altLabelsNl },
    { name: 'search_text', type: 'text', value: (r) => r.searchText },
  ],
};

const MUNICIPALITY_SPEC: TableSpec<MunicipalityRow> = {
  table: 'municipalities',
  label: 'Gemeenten',
  key: 'code',
  columns: [
    { name: 'code', type: 'text', value: (r) => r.code },
    { name: 'name', type: 'text', value: (r) => r.name },
    { name: 'year', type: 'int', value: (r) => r.year },
    { name: 'region_code', type: 'text', value: (r) => r.regionCode },
    { name: 'region_name', type: 'text', value: (r) => r.regionName },
    { name: 'province_code', type: 'text', value: (r) => r.provinceCode },
    { name: 'province_name', type: 'text', value: (r) => r.provinceName },
  ],
};

const POSTCODE_SPEC: TableSpec<PostcodeAreaRow> = {
  table: 'postcode_areas',
  label: 'PC4-gebieden',
  key: 'pc4',
  columns: [
    { name: 'pc4', type: 'text', value: (r) => r.pc4 },
    { name: 'lat', type: 'float8', value: (r) => r.lat },
    { name: 'lon', type: 'float8', value: (r) => r.lon },
    { name: 'place', type: 'text', value: (r) => r.place },
    { name: 'municipality_name', type: 'text', value: (r) => r.municipalityName },
  ],
};

const DEFAULT_BATCH = 1000;

// ---------------------------------------------------------------------------------------------
// Imports from text (tests, demo) and from files (CLI)

export async function importOccupationsText(
  sql: AdminSql,
  texts: { occupations: string; iscoGroups: string },
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const t0 = performance.now();
  const isco = parseIscoGroups(texts.iscoGroups);
  const occupations = parseOccupations(texts.occupations, new Set(isco.rows.map((r) => r.code)));
  const t1 = performance.now();
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  const tables = await sql.transaction(async (q) => [
    await upsertAll(q, ISCO_SPEC, isco, opts.progress ?? null, batch),
    await upsertAll(q, OCCUPATION_SPEC, occupations, opts.progress ?? null, batch),
  ]);
  return { tables, validateMs: t1 - t0, writeMs: performance.now() - t1 };
}

export async function importMunicipalitiesText(
  sql: AdminSql,
  text: string,
  opts: ImportOptions & { file?: string } = {},
): Promise<ImportReport> {
  const t0 = performance.now();
  const parsed = parseMunicipalities(text, opts.file);
  const t1 = performance.now();
  const tables = await sql.transaction(async (q) => [
    await upsertAll(q, MUNICIPALITY_SPEC, parsed, opts.progress ?? null, opts.batchSize ?? DEFAULT_BATCH),
  ]);
  return { tables, validateMs: t1 - t0, writeMs: performance.now() - t1 };
}

export async function importPostcodesText(
  sql: AdminSql,
  text: string,
  opts: ImportOptions & { file?: string } = {},
): Promise<ImportReport & { format: PostcodeFormat }> {
  const t0 = performance.now();
  const parsed = parsePostcodes(text, opts.file);
  const t1 = performance.now();
  const tables = await sql.transaction(async (q) => [
    await upsertAll(q, POSTCODE_SPEC, parsed, opts.progress ?? null, opts.batchSize ?? DEFAULT_BATCH),
  ]);
  return { tables, validateMs: t1 - t0, writeMs: performance.now() - t1, format: parsed.format };
}

function readText(file: string, name = path.basename(file)): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportRejected([
      {
        file: name,
        line: 0,
        reason:
          code === 'ENOENT'
            ? `bestand niet gevonden (${file})`
            : code === 'EISDIR'
              ? `${file} is een map, geen bestand`
              : `kan ${file} niet lezen (${code})`,
      },
    ]);
  }
  return decodeUtf8(bytes, name);
}

/** `werkplein import occupations <dir>`: <dir>/occupations_nl.csv and <dir>/ISCOGroups_nl.csv of the ESCO CSV export. */
export async function importOccupationsDir(sql: AdminSql, dir: string, opts: ImportOptions = {}): Promise<ImportReport> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new ImportRejected([
      { file: dir, line: 0, reason: `map niet gevonden; verwacht een map met ${OCCUPATIONS_FILE} en ${ISCO_GROUPS_FILE}` },
    ]);
  }
  return importOccupationsFiles(sql, { occupations: path.join(dir, OCCUPATIONS_FILE), iscoGroups: path.join(dir, ISCO_GROUPS_FILE) }, opts);
}

/** The two ESCO files given by path (whatever they are called), e.g. the small samples of the demo. */
export async function importOccupationsFiles(
  sql: AdminSql,
  files: { occupations: string; iscoGroups: string },
  opts: ImportOptions = {},
): Promise<ImportReport> {
  return importOccupationsText(sql, { occupations: readText(files.occupations), iscoGroups: readText(files.iscoGroups) }, opts);
}

export async function importMunicipalitiesFile(sql: AdminSql, file: string, opts: ImportOptions = {}): Promise<ImportReport> {
  return importMunicipalitiesText(sql, readText(file), { ...opts, file: path.basename(file) });
}

export async function importPostcodesFile(
  sql: AdminSql,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportReport & { format: PostcodeFormat }> {
  return importPostcodesText(sql, readText(file), { ...opts, file: path.basename(file) });
}

// ---------------------------------------------------------------------------------------------
// Messages

const nl = (n: number) => n.toLocaleString('nl-NL');

/** One Dutch line per table, e.g. "Beroepen: 3.039 gelezen; 0 gewijzigd (0 nieuw, 0 bijgewerkt), 3.039 ongewijzigd." */
export function describeReport(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const t of report.tables) {
    const changed = t.inserted + t.updated;
    let line = `${t.label}: ${nl(t.read)} gelezen; ${nl(changed)} gewijzigd (${nl(t.inserted)} nieuw, ${nl(t.updated)} bijgewerkt), ${nl(t.unchanged)} ongewijzigd`;
    if (t.skipped > 0) line += `, ${nl(t.skipped)} overgeslagen`;
    lines.push(`${line}.`);
    for (const example of t.skippedExamples) lines.push(`  overgeslagen: ${example}`);
    if (t.skipped > t.skippedExamples.length) lines.push(`  … en nog ${nl(t.skipped - t.skippedExamples.length)} overgeslagen`);
  }
  return lines;
}

export function changedRows(report: ImportReport): number {
  return report.tables.reduce((sum, t) => sum + t.inserted + t.updated, 0);
}
