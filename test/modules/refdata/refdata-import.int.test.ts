import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAdminDatabase } from '../../harness.ts';
import type { AdminSql } from '../../../src/platform/db/admin.ts';
import { ImportRejected } from '../../../src/modules/refdata/refdata.files.ts';
import {
  changedRows,
  describeReport,
  importMunicipalitiesText,
  importOccupationsText,
  importPostcodesText,
  type ImportProgress,
} from '../../../src/modules/refdata/refdata.import.ts';
import {
  FIXTURE_ISCO_GROUPS,
  FIXTURE_MUNICIPALITIES,
  FIXTURE_OCCUPATIONS,
  FIXTURE_POSTCODES,
  importRefdataFixtures,
} from '../../../src/modules/refdata/refdata.fixtures.ts';
import { ISCO_GROUPS_FILE, OCCUPATIONS_FILE } from '../../../src/modules/refdata/refdata.files.ts';
import { runImport } from '../../../src/cli/import-refdata.ts';
import { refdataCounts, refdataSnapshot } from './factories.ts';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const FIXTURE = {
  occupations: read(FIXTURE_OCCUPATIONS),
  iscoGroups: read(FIXTURE_ISCO_GROUPS),
  municipalities: read(FIXTURE_MUNICIPALITIES),
  postcodes: read(FIXTURE_POSTCODES),
};

/** Replaces the n-th (1-based) data line of a simple one-line-per-record CSV. */
function withLine(text: string, n: number, replace: (line: string) => string): string {
  const lines = text.split('\n');
  lines[n] = replace(lines[n]!);
  return lines.join('\n');
}

async function rejectedWith(promise: Promise<unknown>): Promise<ImportRejected> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ImportRejected) return err;
    throw err;
  }
  throw new Error('expected the import to be rejected');
}

describe('reference data import', () => {
  let sql: AdminSql & { drop(): Promise<void> };
  beforeAll(async () => {
    sql = await createAdminDatabase();
  });
  afterAll(async () => sql?.drop());
  beforeEach(async () => {
    await sql.query('TRUNCATE isco_groups, occupations, municipalities, postcode_areas');
  });

  it('imports the fixture: occupations with ISCO groups, municipalities, PC4 areas', async () => {
    const reports = await importRefdataFixtures(sql);
    expect(reports.flatMap((r) => r.tables.map((t) => [t.table, t.read, t.inserted, t.updated, t.unchanged]))).toEqual([
      ['isco_groups', 88, 88, 0, 0],
      ['occupations', 40, 40, 0, 0],
      ['municipalities', 56, 56, 0, 0],
      ['postcode_areas', 126, 126, 0, 0],
    ]);
    expect(await refdataCounts(sql)).toEqual({ isco_groups: 88, occupations: 40, municipalities: 56, postcode_areas: 126 });
    const [lasser] = await sql.query<{ isco_code: string; alt_labels_nl: string[]; search_text: string }>(
      "SELECT isco_code, alt_labels_nl, search_text FROM occupations WHERE label_nl = 'kassamedewerker'",
    );
    expect(lasser!.isco_code).toBe('5230');
    expect(lasser!.alt_labels_nl).toContain('hulpcaissière');
    expect(lasser!.search_text.split('\n')).toContain('hulpcaissiere');
    const levels = await sql.query<{ level: number; n: number }>(
      'SELECT level, count(*)::int AS n FROM isco_groups GROUP BY level ORDER BY level',
    );
    expect(levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    const [eindhoven] = await sql.query("SELECT * FROM municipalities WHERE code = 'GM0772'");
    expect(eindhoven).toMatchObject({
      name: 'Eindhoven',
      year: 2026,
      region_code: 'AM28',
      region_name: 'Zuidoost-Brabant',
      province_name: 'Noord-Brabant',
    });
    const [pc] = await sql.query<{ lat: number; lon: number; place: string }>(
      "SELECT lat, lon, place FROM postcode_areas WHERE pc4 = '5611'",
    );
    expect(pc).toEqual({ lat: 51.43691, lon: 5.480813, place: 'Eindhoven' });
  });

  it('is idempotent: a second run reports 0 changed and rewrites no row', async () => {
    await importRefdataFixtures(sql);
    const before = await refdataSnapshot(sql);
    const again = await importRefdataFixtures(sql);
    expect(again.map(changedRows)).toEqual([0, 0, 0]);
    for (const r of again) for (const t of r.tables) expect(t.unchanged).toBe(t.read - t.skipped);
    expect(again.flatMap(describeReport).every((l) => l.includes(' 0 gewijzigd'))).toBe(true);
    // Same contents, and the same row versions (xmin): nothing was rewritten.
    expect(await refdataSnapshot(sql)).toEqual(before);
  });

  it('updates only what changed in a new version of a file', async () => {
    await importRefdataFixtures(sql);
    const before = await refdataSnapshot(sql);
    const changed = withLine(FIXTURE.postcodes, 1, (l) => l.replace(/^(\d{4}),([\d.]+),/, '$1,51.5,'));
    const added = `${changed}9999,51.9,5.9,Testdorp,Testgemeente,Noord-Brabant\n`;
    const report = await importPostcodesText(sql, added);
    expect(report.tables[0]).toMatchObject({ read: 127, inserted: 1, updated: 1, unchanged: 125 });
    const after = await refdataSnapshot(sql);
    const rewritten = after.postcode_areas!.filter(
      (row, i) => i < before.postcode_areas!.length && JSON.stringify(row) !== JSON.stringify(before.postcode_areas![i]),
    );
    expect(rewritten).toHaveLength(1);
    expect(after.occupations).toEqual(before.occupations);
  });

  describe('a malformed file is rejected with the line and a Dutch reason, and nothing changes', () => {
    const cases: { name: string; run: (sql: AdminSql) => Promise<unknown>; line: number; reason: RegExp }[] = [
      {
        name: 'wrong header (municipalities)',
        run: (s) => importMunicipalitiesText(s, FIXTURE.municipalities.replace('region_code', 'regio'), { file: 'municipalities.csv' }),
        line: 1,
        reason: /^onjuiste kopregel: kolom 'region_code' ontbreekt/,
      },
      {
        name: 'bad ISCO code in an occupation',
        run: (s) =>
          importOccupationsText(s, {
            ...FIXTURE,
            occupations: FIXTURE.occupations.replace(',8344,heftruckchauffeur,', ',83X4,heftruckchauffeur,'),
          }),
        line: lineOf(FIXTURE.occupations, ',8344,heftruckchauffeur,'),
        reason: /^ongeldige ISCO-code '83X4' in iscoGroup/,
      },
      {
        name: 'occupation in an ISCO group that is not in ISCOGroups_nl.csv',
        run: (s) =>
          importOccupationsText(s, {
            ...FIXTURE,
            occupations: FIXTURE.occupations.replace(',8344,heftruckchauffeur,', ',8343,heftruckchauffeur,'),
          }),
        line: lineOf(FIXTURE.occupations, ',8344,heftruckchauffeur,'),
        reason: /^ISCO-code 8343 staat niet in ISCOGroups_nl\.csv/,
      },
      {
        name: 'latitude not a number',
        // Line 2 holds a valid change; it must not be written either.
        run: (s) =>
          importPostcodesText(
            s,
            withLine(
              withLine(FIXTURE.postcodes, 1, (l) => l.replace(/^(\d{4}),[\d.]+,/, '$1,51.5,')),
              100,
              (l) => l.replace(/^(\d{4}),[\d.]+,/, '$1,51.4x,'),
            ),
            { file: 'postcodes.csv' },
          ),
        line: 101,
        reason: /^breedtegraad '51\.4x' is geen getal/,
      },
      {
        name: 'wrong column count',
        run: (s) =>
          importMunicipalitiesText(
            s,
            withLine(FIXTURE.municipalities, 30, (l) => `${l},extra`),
            { file: 'municipalities.csv' },
          ),
        line: 31,
        reason: /^10 velden in plaats van 9 \(zoals de kopregel\)/,
      },
      {
        name: 'unterminated quote',
        run: (s) =>
          importPostcodesText(
            s,
            withLine(FIXTURE.postcodes, 120, (l) => l.replace(/,([^,]*),Noord-Brabant$/, ',"$1,Noord-Brabant')),
            { file: 'postcodes.csv' },
          ),
        line: 121,
        reason: /niet afgesloten/,
      },
    ];

    for (const c of cases) {
      it(c.name, async () => {
        await importRefdataFixtures(sql);
        const before = await refdataSnapshot(sql);
        const err = await rejectedWith(c.run(sql));
        expect(err.problems[0]!.line).toBe(c.line);
        expect(err.problems[0]!.reason).toMatch(c.reason);
        expect(await refdataSnapshot(sql)).toEqual(before);
      });
    }

    it('also into an empty database (nothing half-written)', async () => {
      const bad = withLine(FIXTURE.postcodes, 126, (l) => l.replace(/^(\d{4}),([\d.]+),([\d.]+)/, '$1,$3,$2'));
      const err = await rejectedWith(importPostcodesText(sql, bad, { file: 'postcodes.csv' }));
      expect(err.message).toMatch(/^postcodes\.csv, regel 127: coördinaten .* liggen niet in Nederland/);
      expect(await refdataCounts(sql)).toEqual({ isco_groups: 0, occupations: 0, municipalities: 0, postcode_areas: 0 });
    });
  });

  it('writes in one transaction: a failure after the first batch leaves the data as it was', async () => {
    await importRefdataFixtures(sql);
    const before = await refdataSnapshot(sql);
    const changed = FIXTURE.postcodes.replaceAll('Noord-Brabant', 'N-Brabant').replace(/^(\d{4}),[\d.]+,/gm, '$1,51.6,');
    let batches = 0;
    const failing: ImportProgress = {
      start: () => {},
      advance: () => {
        if (++batches === 2) throw new Error('stroomstoring');
      },
      finish: () => {},
    };
    await expect(importPostcodesText(sql, changed, { progress: failing, batchSize: 50 })).rejects.toThrow('stroomstoring');
    expect(batches).toBe(2);
    expect(await refdataSnapshot(sql)).toEqual(before);
  });

  it('the command prints a Dutch summary, or the problems of a rejected file with exit code 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const progress: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      progressStream: { isTTY: false, write: (s: string) => progress.push(s) },
    };
    // The command reads a folder as the ESCO export lays it out, and a CBS file by path: the samples, so named.
    const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-esco-'));
    fs.copyFileSync(FIXTURE_OCCUPATIONS, path.join(exportDir, OCCUPATIONS_FILE));
    fs.copyFileSync(FIXTURE_ISCO_GROUPS, path.join(exportDir, ISCO_GROUPS_FILE));
    const municipalitiesFile = path.join(exportDir, 'municipalities.csv');
    fs.copyFileSync(FIXTURE_MUNICIPALITIES, municipalitiesFile);
    expect(await runImport('occupations', exportDir, sql, io)).toBe(0);
    expect(out[0]).toBe('ISCO-groepen: 88 gelezen; 88 gewijzigd (88 nieuw, 0 bijgewerkt), 0 ongewijzigd.');
    expect(out[1]).toBe('Beroepen: 40 gelezen; 40 gewijzigd (40 nieuw, 0 bijgewerkt), 0 ongewijzigd.');
    expect(out[2]).toMatch(/^Klaar in \d+,\d\d s \(inlezen en controleren \d+,\d\d s, schrijven \d+,\d\d s\)\.$/);
    expect(progress).toContain('Beroepen: 40 rijen schrijven…\n');
    expect(progress.at(-1)).toMatch(/^Beroepen: 40 van 40 rijen \(100%\), [\d.]+ rijen\/s\n$/);

    out.length = 0;
    expect(await runImport('occupations', exportDir, sql, io)).toBe(0);
    expect(out[1]).toBe('Beroepen: 40 gelezen; 0 gewijzigd (0 nieuw, 0 bijgewerkt), 40 ongewijzigd.');

    expect(await runImport('postcodes', municipalitiesFile, sql, io)).toBe(1);
    expect(err).toEqual([
      'Import afgewezen; er is niets gewijzigd.',
      expect.stringMatching(/^ {2}municipalities\.csv, regel 1: onjuiste kopregel: onbekend formaat/),
    ]);
    err.length = 0;
    expect(await runImport('municipalities', '/bestaat/niet.csv', sql, io)).toBe(1);
    expect(err[1]).toBe('  niet.csv: bestand niet gevonden (/bestaat/niet.csv)');
    fs.rmSync(exportDir, { recursive: true, force: true });
  });

  it('accepts the 4pp format (one row per PC4, rows without coordinates skipped)', async () => {
    const text = [
      'id,postcode,"woonplaats","alternatieve_schrijfwijzen","gemeente","provincie","netnummer",latitude,longitude,"soort"',
      '1,5611,"Eindhoven","","Eindhoven","Noord-Brabant","040",51.4370843,5.4802261,"Adres"',
      '2,5611,"Eindhoven","","Eindhoven","Noord-Brabant","040",51.44,5.48,"Postbus"',
      '3,5600,"Eindhoven","","Eindhoven","Noord-Brabant","040",,,"Postbus"',
      '4,5211,"\'s-Hertogenbosch","Den Bosch","\'s-Hertogenbosch","Noord-Brabant","073",51.6880132,5.3003778,"Adres"',
    ].join('\n');
    const report = await importPostcodesText(sql, text);
    expect(report.format).toBe('4pp');
    expect(report.tables[0]).toMatchObject({ read: 4, inserted: 2, skipped: 2 });
    expect(await sql.query('SELECT pc4, lat, lon, place, municipality_name FROM postcode_areas ORDER BY pc4')).toEqual([
      { pc4: '5211', lat: 51.6880132, lon: 5.3003778, place: "'s-Hertogenbosch", municipality_name: "'s-Hertogenbosch" },
      { pc4: '5611', lat: 51.4370843, lon: 5.4802261, place: 'Eindhoven', municipality_name: 'Eindhoven' },
    ]);
  });
});

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
