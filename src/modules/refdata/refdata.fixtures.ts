/**
 * The small reference-data fixture (src/modules/refdata/fixtures, used by the demo at run time): 40 ESCO occupations with their ISCO groups,
 * the municipalities of Noord-Brabant and the PC4 areas of the five demo cities. The demo and the tests
 * load it through the same importer as `werkplein import`, as the schema owner.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdminSql } from '../../platform/db/admin.ts';
import { ISCO_GROUPS_FILE, OCCUPATIONS_FILE, parseIscoGroups, parseOccupations } from './refdata.files.ts';
import { importMunicipalitiesFile, importOccupationsDir, importPostcodesFile, type ImportReport } from './refdata.import.ts';

export const REFDATA_FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const FIXTURE_MUNICIPALITIES = path.join(REFDATA_FIXTURE_DIR, 'municipalities.csv');
export const FIXTURE_POSTCODES = path.join(REFDATA_FIXTURE_DIR, 'postcodes.csv');

/** Imports (or, when present, confirms) the whole fixture; idempotent like every import. */
export async function importRefdataFixtures(sql: AdminSql): Promise<ImportReport[]> {
  return [
    await importOccupationsDir(sql, REFDATA_FIXTURE_DIR),
    await importMunicipalitiesFile(sql, FIXTURE_MUNICIPALITIES),
    await importPostcodesFile(sql, FIXTURE_POSTCODES),
  ];
}

/** The fixture's occupations (URI, ISCO unit group, Dutch label), read with the importer's own parser. */
export function fixtureOccupations(): { uri: string; iscoCode: string; label: string }[] {
  const isco = parseIscoGroups(fs.readFileSync(path.join(REFDATA_FIXTURE_DIR, ISCO_GROUPS_FILE), 'utf8'));
  const parsed = parseOccupations(
    fs.readFileSync(path.join(REFDATA_FIXTURE_DIR, OCCUPATIONS_FILE), 'utf8'),
    new Set(isco.rows.map((r) => r.code)),
  );
  return parsed.rows.map((r) => ({ uri: r.uri, iscoCode: r.iscoCode, label: r.labelNl }));
}
