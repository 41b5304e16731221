import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminDatabase } from '../../harness.ts';
import type { AdminSql } from '../../../src/platform/db/admin.ts';
import {
  changedRows,
  importMunicipalitiesFile,
  importOccupationsDir,
  importPostcodesFile,
} from '../../../src/modules/refdata/refdata.import.ts';

/** The official exports as published (see SOURCE.txt in each folder); read from there at test time, never copied. */
const REFDATA = path.resolve(process.env.WERKPLEIN_REFDATA_DIR ?? '/work/shared/refdata');
const present = fs.existsSync(path.join(REFDATA, 'esco-nl', 'occupations_nl.csv'));

describe('reference data: the real files', () => {
  let sql: AdminSql & { drop(): Promise<void> };
  beforeAll(async () => {
    if (present) sql = await createAdminDatabase();
  });
  afterAll(async () => sql?.drop());

  it.skipIf(!fs.existsSync(path.join(REFDATA, 'esco-nl', 'occupations_nl.csv')))(
    present
      ? `imports ESCO, CBS municipalities and PC4 centroids from ${REFDATA}`
      : `SKIPPED: the real reference files are not in ${REFDATA} (set WERKPLEIN_REFDATA_DIR to the folder with esco-nl, cbs-gemeenten, pc4-cbs, pc4-4pp)`,
    async () => {
      const timings: string[] = [];
      const time = async <T extends { validateMs: number; writeMs: number }>(what: string, run: () => Promise<T>) => {
        const started = performance.now();
        const report = await run();
        timings.push(
          `${what}: ${Math.round(performance.now() - started)} ms (validate ${Math.round(report.validateMs)}, write ${Math.round(report.writeMs)})`,
        );
        return report;
      };
      const occupations = await time('occupations', () => importOccupationsDir(sql, path.join(REFDATA, 'esco-nl')));
      const municipalities = await time('municipalities', () =>
        importMunicipalitiesFile(sql, path.join(REFDATA, 'cbs-gemeenten', 'municipalities.csv')),
      );
      const postcodes = await time('postcodes', () =>
        importPostcodesFile(sql, path.join(REFDATA, 'pc4-cbs', 'pc4_centroids_gemeente.csv')),
      );

      expect(occupations.tables.map((t) => [t.table, t.inserted])).toEqual([
        ['isco_groups', 619],
        ['occupations', 3039],
      ]);
      const [counts] = await sql.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM occupations) AS occupations, (SELECT count(*)::int FROM isco_groups) AS isco,
                (SELECT count(*)::int FROM municipalities WHERE year = 2026) AS current, (SELECT count(*)::int FROM municipalities) AS municipalities,
                (SELECT count(*)::int FROM postcode_areas) AS pc4`,
      );
      expect(counts).toEqual({ occupations: 3039, isco: 619, current: 342, municipalities: 463, pc4: 4067 });
      // 469 rows, 6 of which are an older name of a code that has a newer one; 10 PC4s without a centroid.
      expect(municipalities.tables[0]).toMatchObject({ read: 469, skipped: 6, inserted: 463 });
      expect(postcodes.tables[0]).toMatchObject({ read: 4077, skipped: 10, inserted: 4067 });
      expect(postcodes.format).toBe('cbs');
      const levels = await sql.query<{ level: number; n: number }>(
        'SELECT level, count(*)::int AS n FROM isco_groups GROUP BY level ORDER BY level',
      );
      expect(levels).toEqual([
        { level: 1, n: 10 },
        { level: 2, n: 43 },
        { level: 3, n: 130 },
        { level: 4, n: 436 },
      ]);
      const orphans = await sql.query(
        'SELECT o.uri FROM occupations o LEFT JOIN isco_groups g ON g.code = o.isco_code WHERE g.code IS NULL',
      );
      expect(orphans).toEqual([]);

      // A second run changes nothing.
      const again = [
        await time('occupations again', () => importOccupationsDir(sql, path.join(REFDATA, 'esco-nl'))),
        await time('municipalities again', () => importMunicipalitiesFile(sql, path.join(REFDATA, 'cbs-gemeenten', 'municipalities.csv'))),
        await time('postcodes again', () => importPostcodesFile(sql, path.join(REFDATA, 'pc4-cbs', 'pc4_centroids_gemeente.csv'))),
      ];
      expect(again.map(changedRows)).toEqual([0, 0, 0]);

      // The 4pp file (2014, one row per PC4 including PO-box codes) is accepted as well.
      const fourPp = await time('postcodes 4pp', () => importPostcodesFile(sql, path.join(REFDATA, 'pc4-4pp', '4pp.csv')));
      expect(fourPp.format).toBe('4pp');
      expect(fourPp.tables[0]).toMatchObject({ read: 4699, skipped: 0 });
      expect(fourPp.tables[0]!.inserted).toBe(4699 - 4031);
      console.info(
        `real reference files (${process.env.WERKPLEIN_TEST_DB === 'postgres' ? 'PostgreSQL' : 'PGlite'}):\n  ${timings.join('\n  ')}`,
      );
    },
    300_000,
  );
});
