/**
 * The small reference-data fixture (src/modules/refdata/fixtures, used by the demo at run time): 40 ESCO occupations with their ISCO groups,
 * the municipalities of Noord-Brabant and the PC4 areas of the five demo cities. The demo and the tests
 * load it through the same importer as `werkplein import`, as the schema owner.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdminSql } from '../../platform/db/admin.ts';
import { parseIscoGroups, parseOccupations } from './refdata.files.ts';
import { importMunicipalitiesFile, importOccupationsFiles, importPostcodesFile, type ImportReport } from './refdata.import.ts';

export const REFDATA_FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
// Own sample files in the official formats, named apart from the official files (see fixtures/README.md).
export const FIXTURE_OCCUPATIONS = path.join(REFDATA_FIXTURE_DIR, 'esco-occupations-sample.csv');
export const FIXTURE_ISCO_GROUPS = path.join(REFDATA_FIXTURE_DIR, 'esco-isco-groups-sample.csv');
export const FIXTURE_MUNICIPALITIES = path.join(REFDATA_FIXTURE_DIR, 'cbs-municipalities-noord-brabant.csv');
export const FIXTURE_POSTCODES = path.join(REFDATA_FIXTURE_DIR, 'pc4-centroids-demo-cities.csv');

/** Imports (or, when present, confirms) the whole fixture; idempotent like every import. */
export async function importRefdataFixtures(sql: AdminSql): Promise<ImportReport[]> {
  return [
    await importOccupationsFiles(sql, { occupations: FIXTURE_OCCUPATIONS, iscoGroups: FIXTURE_ISCO_GROUPS }),
    await importMunicipalitiesFile(sql, FIXTURE_MUNICIPALITIES),
    await importPostcodesFile(sql, FIXTURE_POSTCODES),
  ];
}

/** The fixture's occupations (URI, ISCO unit group, Dutch label), read with the importer's own parser. */
export function fixtureOccupations(): { uri: string; iscoCode: string; label: string }[] {
  const isco = parseIscoGroups(fs.readFileSync(FIXTURE_ISCO_GROUPS, 'utf8'));
  const parsed = parseOccupations(fs.readFileSync(FIXTURE_OCCUPATIONS, 'utf8'), new Set(isco.rows.map((r) => r.code)));
  return parsed.rows.map((r) => ({ uri: r.uri, iscoCode: r.iscoCode, label: r.labelNl }));
}
