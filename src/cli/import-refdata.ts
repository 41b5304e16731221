/**
 * `werkplein import occupations <map> | municipalities <bestand> | postcodes <bestand>`: loads official
 * reference files as the schema owner, with a progress bar on stderr and a Dutch summary on stdout.
 */
import path from 'node:path';
import { runMigrations, type DatabaseTarget } from '../platform/db/database.ts';
import { openAdminSql, type AdminSql } from '../platform/db/admin.ts';
import { formatProblem, ImportRejected, MAX_PROBLEMS } from '../modules/refdata/refdata.files.ts';
import {
  describeReport,
  importMunicipalitiesFile,
  importOccupationsDir,
  importPostcodesFile,
  type ImportReport,
} from '../modules/refdata/refdata.import.ts';
import { createProgress, type ProgressStream } from './progress.ts';

export const IMPORT_USAGE = [
  'werkplein import occupations <map>         ESCO-export: <map>/occupations_nl.csv en <map>/ISCOGroups_nl.csv',
  'werkplein import municipalities <bestand>  CBS-gemeenten (name,code,year,…,region_code,region,province_code,province)',
  'werkplein import postcodes <bestand>       PC4-centroïden (pc4,lat,lon,…,plaats,gemeente of 4pp: postcode,woonplaats,gemeente,…,latitude,longitude)',
].join('\n');

export const KINDS = ['occupations', 'municipalities', 'postcodes'] as const;
export type ImportKind = (typeof KINDS)[number];

export interface ImportIo {
  out: (line: string) => void;
  err: (line: string) => void;
  progressStream?: ProgressStream;
}

const defaultIo: ImportIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} s`;

/** Returns the process exit code: 0 imported (or nothing to change), 1 rejected or wrong usage. */
export async function runImportCommand(args: readonly string[], admin: DatabaseTarget, io: ImportIo = defaultIo): Promise<number> {
  const [kind, target] = args;
  if (!kind || !target || !KINDS.includes(kind as ImportKind)) {
    io.err(`Gebruik:\n${IMPORT_USAGE}`);
    return 1;
  }
  let sql = await openAdminSql(admin);
  try {
    // A fresh database is migrated first; an existing one is left alone (on PGlite each open costs seconds).
    if (!(await refdataTablesExist(sql))) {
      await sql.close();
      await runMigrations(admin);
      sql = await openAdminSql(admin);
    }
    return await runImport(kind as ImportKind, path.resolve(target), sql, io);
  } finally {
    await sql.close();
  }
}

async function refdataTablesExist(sql: AdminSql): Promise<boolean> {
  const [row] = await sql.query<{ ok: boolean }>(
    `SELECT to_regclass('public.occupations') IS NOT NULL AND to_regclass('public.isco_groups') IS NOT NULL
        AND to_regclass('public.municipalities') IS NOT NULL AND to_regclass('public.postcode_areas') IS NOT NULL AS ok`,
  );
  return row?.ok === true;
}

/** One import on an open schema-owner connection; prints the summary, or the problems of a rejected file. */
export async function runImport(kind: ImportKind, where: string, sql: AdminSql, io: ImportIo = defaultIo): Promise<number> {
  const started = performance.now();
  try {
    const stream = io.progressStream ?? process.stderr;
    stream.write('Inlezen en controleren…\n');
    const progress = createProgress({ stream });
    let report: ImportReport;
    if (kind === 'occupations') report = await importOccupationsDir(sql, where, { progress });
    else if (kind === 'municipalities') report = await importMunicipalitiesFile(sql, where, { progress });
    else {
      const r = await importPostcodesFile(sql, where, { progress });
      io.out(
        `Formaat: ${r.format === '4pp' ? '4pp (postcode, woonplaats, gemeente, latitude, longitude)' : 'CBS-PC4-centroïden (pc4, lat, lon, plaats, gemeente)'}`,
      );
      report = r;
    }
    for (const line of describeReport(report)) io.out(line);
    io.out(
      `Klaar in ${seconds(performance.now() - started)} (inlezen en controleren ${seconds(report.validateMs)}, schrijven ${seconds(report.writeMs)}).`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ImportRejected) {
      io.err('Import afgewezen; er is niets gewijzigd.');
      for (const p of err.problems) io.err(`  ${formatProblem(p)}`);
      if (err.problems.length >= MAX_PROBLEMS) io.err(`  (alleen de eerste ${MAX_PROBLEMS} problemen)`);
      return 1;
    }
    throw err;
  }
}
