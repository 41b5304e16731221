import type { AdminSql } from '../../../src/platform/db/admin.ts';
import type { Config } from '../../../src/platform/config.ts';
import { importRefdataFixtures } from '../../../src/modules/refdata/refdata.fixtures.ts';
import { createTestApp, type TestApp } from '../../harness.ts';

/**
 * Reference-data helpers: the fixture in src/modules/refdata/fixtures (40 ESCO occupations and their ISCO
 * groups, the Noord-Brabant municipalities, the PC4 areas of the five demo cities), loaded through the
 * real importer as the schema owner before the application role opens the database.
 */

export async function loadRefdataFixtures(admin: AdminSql): Promise<void> {
  await importRefdataFixtures(admin);
}

/** A test app whose database holds the reference-data fixture. */
export function createRefdataTestApp(config: Partial<Config> = {}): Promise<TestApp> {
  return createTestApp(config, { beforeOpen: loadRefdataFixtures });
}

/** URIs of a few fixture occupations (real ESCO concept URIs). */
export const FIXTURE_OCCUPATIONS = {
  lasser: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  pijplasser: 'http://data.europa.eu/esco/occupation/2ff73126-7aff-4233-9d9c-d8725e1c6822',
  heftruckchauffeur: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
  schoonmakerGebouwen: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
} as const;

/** Every row of the four reference tables, in key order: for "nothing changed" assertions. */
export async function refdataSnapshot(admin: AdminSql): Promise<Record<string, unknown[]>> {
  return {
    isco_groups: await admin.query('SELECT xmin::text AS xmin, * FROM isco_groups ORDER BY code'),
    occupations: await admin.query('SELECT xmin::text AS xmin, * FROM occupations ORDER BY uri'),
    municipalities: await admin.query('SELECT xmin::text AS xmin, * FROM municipalities ORDER BY code'),
    postcode_areas: await admin.query('SELECT xmin::text AS xmin, * FROM postcode_areas ORDER BY pc4'),
  };
}

export async function refdataCounts(admin: AdminSql): Promise<Record<string, number>> {
  const [row] = await admin.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM isco_groups) AS isco_groups, (SELECT count(*)::int FROM occupations) AS occupations,
            (SELECT count(*)::int FROM municipalities) AS municipalities, (SELECT count(*)::int FROM postcode_areas) AS postcode_areas`,
  );
  return row!;
}
