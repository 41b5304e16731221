/**
 * Reading and validating the official reference files, before anything is written. Pure: text in, rows
 * or a list of problems (file, line, Dutch reason) out. A file with any problem is rejected as a whole.
 *
 *  - ESCO CSV export (language nl): occupations_nl.csv and ISCOGroups_nl.csv
 *  - CBS municipalities: name,code,year,corop_code,corop,region_code,region,province_code,province
 *  - PC4 centroids: the CBS-derived file (pc4,lat,lon,…,plaats,gemeente,…) or the 4pp file
 *    (postcode,woonplaats,gemeente,…,latitude,longitude,…)
 */
import { csvRecords, CsvSyntaxError, type CsvRecord } from './csv.ts';
import { isIscoCode, iscoLevel, occupationSearchText } from './refdata.rules.ts';

export interface ImportProblem {
  file: string;
  /** 1-based line number; 1 is the header. */
  line: number;
  reason: string;
}

/** A file (or set of files) that failed validation; nothing was written. */
export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportRejected';
  }
}

export function formatProblem(p: ImportProblem): string {
  return p.line > 0 ? `${p.file}, regel ${p.line}: ${p.reason}` : `${p.file}: ${p.reason}`;
}

/** Stop collecting after this many problems: one bad column would otherwise repeat on every line. */
export const MAX_PROBLEMS = 20;

export interface IscoGroupRow {
  code: string;
  level: number;
  labelNl: string;
}

export interface OccupationRow {
  uri: string;
  code: string;
  iscoCode: string;
  labelNl: string;
  altLabelsNl: string[];
  searchText: string;
}

export interface MunicipalityRow {
  code: string;
  name: string;
  year: number;
  regionCode: string | null;
  regionName: string | null;
  provinceCode: string | null;
  provinceName: string | null;
}

export interface PostcodeAreaRow {
  pc4: string;
  lat: number;
  lon: number;
  place: string | null;
  municipalityName: string | null;
}

export interface Parsed<T> {
  rows: T[];
  /** Records read from the file (data lines, not counting the header). */
  read: number;
  /** Records deliberately left out (e.g. a PC4 without coordinates, an older duplicate); with the reason. */
  skipped: { line: number; reason: string }[];
}

// ---------------------------------------------------------------------------------------------
// Generic table reading: header check, column count per record, problem collection

class Problems {
  readonly list: ImportProblem[] = [];
  constructor(readonly file: string) {}
  add(line: number, reason: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ file: this.file, line, reason });
  }
  get full(): boolean {
    return this.list.length >= MAX_PROBLEMS;
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ImportRejected(this.list);
  }
}

interface Table {
  /** Column index by (lower-cased) name. */
  col: (name: string) => number;
  records: CsvRecord[];
}

/**
 * Reads a CSV text whose header must contain `required` columns (case-insensitive, any order, extra
 * columns allowed). Every record must have as many fields as the header.
 */
function readTable(text: string, problems: Problems, required: readonly string[], expected: string): Table | null {
  let records: CsvRecord[];
  try {
    records = [...csvRecords(text)];
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      problems.add(err.line, err.reason);
      return null;
    }
    throw err;
  }
  const header = records.shift();
  if (!header) {
    problems.add(0, `het bestand is leeg; verwacht een kopregel met ${expected}`);
    return null;
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = required.filter((r) => !names.includes(r.toLowerCase()));
  if (missing.length > 0) {
    problems.add(
      header.line,
      `onjuiste kopregel: ${missing.length === 1 ? 'kolom' : 'kolommen'} ${missing.map((m) => `'${m}'`).join(', ')} ontbreekt; verwacht ${expected}`,
    );
    return null;
  }
  const width = header.fields.length;
  for (const r of records) {
    if (r.fields.length !== width) {
      problems.add(r.line, `${r.fields.length} ${r.fields.length === 1 ? 'veld' : 'velden'} in plaats van ${width} (zoals de kopregel)`);
      if (problems.full) break;
    }
  }
  if (problems.list.length > 0) return null;
  const index = new Map(names.map((n, i) => [n, i] as const));
  return {
    col: (name) => {
      const i = index.get(name.toLowerCase());
      if (i === undefined) throw new Error(`column ${name} not in header`);
      return i;
    },
    records,
  };
}

const get = (r: CsvRecord, i: number): string => (r.fields[i] ?? '').trim();
const orNull = (s: string): string | null => (s === '' ? null : s);

// ---------------------------------------------------------------------------------------------
// ESCO: ISCO groups

export const ISCO_GROUPS_FILE = 'ISCOGroups_nl.csv';
export const OCCUPATIONS_FILE = 'occupations_nl.csv';

export function parseIscoGroups(text: string, file = ISCO_GROUPS_FILE): Parsed<IscoGroupRow> {
  const problems = new Problems(file);
  const t = readTable(
    text,
    problems,
    ['conceptType', 'code', 'preferredLabel'],
    'de ESCO-export (conceptType,conceptUri,code,preferredLabel,…)',
  );
  problems.throwIfAny();
  const [cType, cCode, cLabel] = [t!.col('conceptType'), t!.col('code'), t!.col('preferredLabel')];
  const rows: IscoGroupRow[] = [];
  const seen = new Map<string, number>();
  for (const r of t!.records) {
    if (problems.full) break;
    const type = get(r, cType);
    const code = get(r, cCode);
    const label = get(r, cLabel);
    if (type !== 'ISCOGroup') {
      problems.add(r.line, `conceptType is '${type}', verwacht 'ISCOGroup'`);
      continue;
    }
    if (!isIscoCode(code)) {
      problems.add(r.line, `ongeldige ISCO-code '${code}': verwacht 1 tot 4 cijfers`);
      continue;
    }
    if (!label) {
      problems.add(r.line, `ISCO-groep ${code} heeft geen naam (preferredLabel is leeg)`);
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problems.add(r.line, `ISCO-code ${code} komt twee keer voor (ook op regel ${earlier})`);
      continue;
    }
    seen.set(code, r.line);
    rows.push({ code, level: iscoLevel(code), labelNl: label });
  }
  // Every group below the top level needs its parent group in the same file.
  for (const row of rows) {
    if (problems.full) break;
    if (row.code.length > 1 && !seen.has(row.code.slice(0, -1))) {
      problems.add(seen.get(row.code)!, `ISCO-groep ${row.code} heeft geen bovenliggende groep ${row.code.slice(0, -1)} in het bestand`);
    }
  }
  problems.throwIfAny();
  return { rows, read: t!.records.length, skipped: [] };
}

// ---------------------------------------------------------------------------------------------
// ESCO: occupations

/** `iscoCodes`: the ISCO groups that exist (from ISCOGroups_nl.csv); every occupation's unit group must be among them. */
export function parseOccupations(text: string, iscoCodes: ReadonlySet<string>, file = OCCUPATIONS_FILE): Parsed<OccupationRow> {
  const problems = new Problems(file);
  const t = readTable(
    text,
    problems,
    ['conceptType', 'conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'code'],
    'de ESCO-export (conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,…,code)',
  );
  problems.throwIfAny();
  const c = {
    type: t!.col('conceptType'),
    uri: t!.col('conceptUri'),
    isco: t!.col('iscoGroup'),
    label: t!.col('preferredLabel'),
    alt: t!.col('altLabels'),
    code: t!.col('code'),
  };
  const rows: OccupationRow[] = [];
  const seen = new Map<string, number>();
  for (const r of t!.records) {
    if (problems.full) break;
    const type = get(r, c.type);
    const uri = get(r, c.uri);
    const isco = get(r, c.isco);
    const label = get(r, c.label);
    const code = get(r, c.code);
    if (type !== 'Occupation') {
      problems.add(r.line, `conceptType is '${type}', verwacht 'Occupation'`);
      continue;
    }
    if (!/^https?:\/\/\S+$/.test(uri)) {
      problems.add(r.line, uri ? `conceptUri '${uri}' is geen URI` : 'conceptUri is leeg');
      continue;
    }
    if (!/^\d{4}$/.test(isco)) {
      problems.add(r.line, `ongeldige ISCO-code '${isco}' in iscoGroup: verwacht 4 cijfers (een beroepsgroep)`);
      continue;
    }
    if (!iscoCodes.has(isco)) {
      problems.add(r.line, `ISCO-code ${isco} staat niet in ${ISCO_GROUPS_FILE}`);
      continue;
    }
    if (!/^\d{4}(\.\d+)*$/.test(code) || !code.startsWith(isco)) {
      problems.add(r.line, `ongeldige ESCO-code '${code}': verwacht de ISCO-code ${isco} gevolgd door .nummers, bijvoorbeeld ${isco}.1`);
      continue;
    }
    if (!label) {
      problems.add(r.line, 'het beroep heeft geen naam (preferredLabel is leeg)');
      continue;
    }
    const earlier = seen.get(uri);
    if (earlier !== undefined) {
      problems.add(r.line, `conceptUri komt twee keer voor (ook op regel ${earlier})`);
      continue;
    }
    seen.set(uri, r.line);
    const altLabelsNl = splitAltLabels(r.fields[c.alt] ?? '', label);
    rows.push({ uri, code, iscoCode: isco, labelNl: label, altLabelsNl, searchText: occupationSearchText(label, altLabelsNl) });
  }
  problems.throwIfAny();
  return { rows, read: t!.records.length, skipped: [] };
}

/** ESCO puts one alternative label per line; trimmed, without blanks, duplicates or the preferred label itself. */
export function splitAltLabels(value: string, preferred: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([preferred.trim()]);
  for (const raw of value.includes('\r') ? value.split(/\r\n?|\n/) : value.split('\n')) {
    const trimmed = raw.trim();
    const label = /\s\s|\t/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
    if (label && !seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CBS municipalities

export const MUNICIPALITY_COLUMNS = ['name', 'code', 'year', 'region_code', 'region', 'province_code', 'province'] as const;

/**
 * One row per municipality code. The CBS file holds one row per name, with the last year the name
 * existed; a code that occurs twice (a renamed municipality) keeps its newest name.
 */
export function parseMunicipalities(text: string, file = 'gemeenten'): Parsed<MunicipalityRow> {
  const problems = new Problems(file);
  const t = readTable(text, problems, MUNICIPALITY_COLUMNS, 'name,code,year,corop_code,corop,region_code,region,province_code,province');
  problems.throwIfAny();
  const c = Object.fromEntries(MUNICIPALITY_COLUMNS.map((n) => [n, t!.col(n)])) as Record<(typeof MUNICIPALITY_COLUMNS)[number], number>;
  const byCode = new Map<string, { row: MunicipalityRow; line: number }>();
  const skipped: Parsed<MunicipalityRow>['skipped'] = [];
  for (const r of t!.records) {
    if (problems.full) break;
    const name = get(r, c.name);
    const code = get(r, c.code);
    const yearText = get(r, c.year);
    const regionCode = get(r, c.region_code);
    const provinceCode = get(r, c.province_code);
    if (!name) {
      problems.add(r.line, 'de naam van de gemeente is leeg');
      continue;
    }
    if (!/^GM\d{4}$/.test(code)) {
      problems.add(r.line, `ongeldige gemeentecode '${code}': verwacht GM en 4 cijfers, bijvoorbeeld GM0772`);
      continue;
    }
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1800 || Number(yearText) > 2200) {
      problems.add(r.line, `ongeldig jaar '${yearText}': verwacht een jaartal, bijvoorbeeld 2026`);
      continue;
    }
    if (regionCode && !/^AM\d{2}$/.test(regionCode)) {
      problems.add(r.line, `ongeldige arbeidsmarktregiocode '${regionCode}': verwacht AM en 2 cijfers, bijvoorbeeld AM28`);
      continue;
    }
    if (provinceCode && !/^PV\d{2}$/.test(provinceCode)) {
      problems.add(r.line, `ongeldige provinciecode '${provinceCode}': verwacht PV en 2 cijfers, bijvoorbeeld PV30`);
      continue;
    }
    const row: MunicipalityRow = {
      code,
      name,
      year: Number(yearText),
      regionCode: orNull(regionCode),
      regionName: orNull(get(r, c.region)),
      provinceCode: orNull(provinceCode),
      provinceName: orNull(get(r, c.province)),
    };
    const earlier = byCode.get(code);
    if (earlier) {
      if (earlier.row.year === row.year) {
        problems.add(r.line, `gemeentecode ${code} komt in ${row.year} twee keer voor (ook op regel ${earlier.line})`);
        continue;
      }
      const [keep, drop] = row.year > earlier.row.year ? [{ row, line: r.line }, earlier] : [earlier, { row, line: r.line }];
      byCode.set(code, keep);
      skipped.push({
        line: drop.line,
        reason: `oudere naam '${drop.row.name}' (${drop.row.year}) van ${code}; de nieuwste naam '${keep.row.name}' blijft`,
      });
      continue;
    }
    byCode.set(code, { row, line: r.line });
  }
  problems.throwIfAny();
  return { rows: [...byCode.values()].map((v) => v.row), read: t!.records.length, skipped };
}

// ---------------------------------------------------------------------------------------------
// PC4 centroids

export type PostcodeFormat = 'cbs' | '4pp';

/** Mainland Netherlands with a margin; a centroid outside is a data error (e.g. swapped lat/lon). */
const LAT_RANGE = [50.6, 53.7] as const;
const LON_RANGE = [3.2, 7.3] as const;

export function detectPostcodeFormat(headerFields: readonly string[]): PostcodeFormat | null {
  const names = new Set(headerFields.map((f) => f.trim().toLowerCase()));
  if (names.has('pc4') && names.has('lat') && names.has('lon')) return 'cbs';
  if (names.has('postcode') && names.has('latitude') && names.has('longitude')) return '4pp';
  return null;
}

/**
 * PC4 areas with their centroid. Rows without coordinates are skipped (both formats have some); a
 * PC4 that occurs again is skipped too (the first row with coordinates wins).
 */
export function parsePostcodes(text: string, file = 'postcodes'): Parsed<PostcodeAreaRow> & { format: PostcodeFormat } {
  const problems = new Problems(file);
  let first: CsvRecord | undefined;
  try {
    first = csvRecords(text).next().value ?? undefined;
  } catch {
    // A syntax error in the header is reported by readTable below.
  }
  const format = first ? detectPostcodeFormat(first.fields) : null;
  const expected = 'pc4,lat,lon,…,plaats,gemeente (CBS) of postcode,woonplaats,gemeente,…,latitude,longitude (4pp)';
  if (first && !format) {
    problems.add(first.line, `onjuiste kopregel: onbekend formaat; verwacht ${expected}`);
    problems.throwIfAny();
  }
  const names =
    format === '4pp'
      ? { pc4: 'postcode', lat: 'latitude', lon: 'longitude', place: 'woonplaats', municipality: 'gemeente' }
      : { pc4: 'pc4', lat: 'lat', lon: 'lon', place: 'plaats', municipality: 'gemeente' };
  const t = readTable(text, problems, Object.values(names), expected);
  problems.throwIfAny();
  const c = {
    pc4: t!.col(names.pc4),
    lat: t!.col(names.lat),
    lon: t!.col(names.lon),
    place: t!.col(names.place),
    municipality: t!.col(names.municipality),
  };
  const rows: PostcodeAreaRow[] = [];
  const skipped: Parsed<PostcodeAreaRow>['skipped'] = [];
  const seen = new Map<string, number>();
  for (const r of t!.records) {
    if (problems.full) break;
    const pc4 = get(r, c.pc4);
    const latText = get(r, c.lat);
    const lonText = get(r, c.lon);
    if (!/^[1-9]\d{3}$/.test(pc4)) {
      problems.add(r.line, `ongeldige PC4 '${pc4}': verwacht 4 cijfers, niet beginnend met 0`);
      continue;
    }
    if (latText === '' || lonText === '') {
      skipped.push({ line: r.line, reason: `PC4 ${pc4} heeft geen coördinaten` });
      continue;
    }
    const lat = parseDecimal(latText);
    const lon = parseDecimal(lonText);
    if (lat === null) {
      problems.add(r.line, `breedtegraad '${latText}' is geen getal (gebruik een punt als decimaalteken, bijvoorbeeld 51.4416)`);
      continue;
    }
    if (lon === null) {
      problems.add(r.line, `lengtegraad '${lonText}' is geen getal (gebruik een punt als decimaalteken, bijvoorbeeld 5.4697)`);
      continue;
    }
    if (lat < LAT_RANGE[0] || lat > LAT_RANGE[1] || lon < LON_RANGE[0] || lon > LON_RANGE[1]) {
      problems.add(
        r.line,
        `coördinaten ${latText}, ${lonText} van PC4 ${pc4} liggen niet in Nederland (zijn breedte- en lengtegraad verwisseld?)`,
      );
      continue;
    }
    const earlier = seen.get(pc4);
    if (earlier !== undefined) {
      skipped.push({ line: r.line, reason: `PC4 ${pc4} kwam al voor op regel ${earlier}` });
      continue;
    }
    seen.set(pc4, r.line);
    rows.push({ pc4, lat, lon, place: orNull(get(r, c.place)), municipalityName: orNull(get(r, c.municipality)) });
  }
  problems.throwIfAny();
  return { rows, read: t!.records.length, skipped, format: format ?? 'cbs' };
}

/** A plain decimal number with a point ("51.4416", "-0.5"); null for anything else. */
export function parseDecimal(value: string): number | null {
  if (!/^[+-]?\d+(\.\d+)?$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Decodes file bytes as UTF-8, rejecting anything else (a file saved as Windows-1252 would garble labels). */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRejected([{ file, line: 0, reason: 'het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8' }]);
  }
}
