/**
 * The matching benchmark, as a library: generate job seekers and vacancies spread over the Netherlands'
 * PC4 areas and ISCO groups, build the engine, load the same data into PostgreSQL or PGlite, and run the
 * same ranking as one SQL query, checking that the top k are identical (ids and scores, ties by id).
 * Used by `npm run bench:matching` (test/bench/matching.bench.ts) and the small version in the test suite
 * (test/integration/matching-bench-small.int.test.ts).
 */
import fs from 'node:fs';
import { createPrng, type Prng } from '../../src/kernel/prng.ts';
import { MatchIndex, type EntityInput, type MatchResult } from '../../src/modules/matching/matching.engine.ts';
import { NO_DAY, dayNumber, educationOrdinal, project } from '../../src/modules/matching/matching.rules.ts';

export const PC4_FILE = '/work/shared/refdata/pc4-cbs/pc4_centroids_gemeente.csv';
export const OCCUPATIONS_FILE = '/work/shared/refdata/esco-nl/occupations_nl.csv';
export const BENCH_TODAY = dayNumber('2026-06-01');

// Reference data ------------------------------------------------------------------------------------

export interface RefData {
  source: { pc4: 'file' | 'synthetic'; occupations: 'file' | 'synthetic' };
  pc4: { code: string[]; x: Int32Array; y: Int32Array; weight: Float64Array };
  occupations: { uri: string[]; isco: Int32Array };
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readTable(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  return rows.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** Reads the PC4 centroids (weights = inhabitants) and ESCO occupations; synthetic data when absent. */
export function loadRefData(opts: { pc4File?: string; occupationsFile?: string; warn?: (msg: string) => void } = {}): RefData {
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const pc4File = opts.pc4File ?? PC4_FILE;
  const occFile = opts.occupationsFile ?? OCCUPATIONS_FILE;
  const rnd = createPrng(7);
  let pc4: RefData['pc4'];
  let pc4Source: 'file' | 'synthetic' = 'file';
  if (fs.existsSync(pc4File)) {
    const rows = readTable(pc4File).filter((r) => r.lat && r.lon && Number(r.inwoners) > 0);
    pc4 = { code: [], x: new Int32Array(rows.length), y: new Int32Array(rows.length), weight: new Float64Array(rows.length) };
    rows.forEach((r, i) => {
      const p = project(Number(r.lat), Number(r.lon));
      pc4.code.push(r.pc4!);
      pc4.x[i] = p.x;
      pc4.y[i] = p.y;
      pc4.weight[i] = Number(r.inwoners);
    });
  } else {
    warn(`WAARSCHUWING: ${pc4File} ontbreekt; synthetische PC4-gebieden (rooster over Nederland, willekeurige inwonertallen).`);
    pc4Source = 'synthetic';
    const n = 4000;
    pc4 = { code: [], x: new Int32Array(n), y: new Int32Array(n), weight: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const p = project(50.8 + rnd.next() * 2.6, 3.5 + rnd.next() * 3.6);
      pc4.code.push(String(1000 + i));
      pc4.x[i] = p.x;
      pc4.y[i] = p.y;
      pc4.weight[i] = Math.floor(500 + 20000 * rnd.next() ** 3);
    }
  }
  let occupations: RefData['occupations'];
  let occSource: 'file' | 'synthetic' = 'file';
  if (fs.existsSync(occFile)) {
    const rows = readTable(occFile).filter((r) => /^\d{4}$/.test(r.iscoGroup ?? ''));
    occupations = { uri: rows.map((r) => r.conceptUri!), isco: Int32Array.from(rows, (r) => Number(r.iscoGroup)) };
  } else {
    warn(`WAARSCHUWING: ${occFile} ontbreekt; synthetische beroepen (420 ISCO-eenheidsgroepen × 7 beroepen).`);
    occSource = 'synthetic';
    const uri: string[] = [];
    const isco: number[] = [];
    for (let u = 0; u < 420; u++) {
      const code = 1000 + ((u * 2111) % 9000);
      for (let j = 0; j < 7; j++) {
        uri.push(`urn:synthetic:occupation:${code}.${j}`);
        isco.push(code);
      }
    }
    occupations = { uri, isco: Int32Array.from(isco) };
  }
  return { source: { pc4: pc4Source, occupations: occSource }, pc4, occupations };
}

// Generated population --------------------------------------------------------------------------------

/** One side's entities, columnar; occupations and skills as CSR (start offsets into flat arrays). */
export interface Entities {
  n: number;
  org: Uint16Array;
  occStart: Int32Array;
  occ: Int32Array;
  isco: Int32Array;
  hasLoc: Uint8Array;
  x: Int32Array;
  y: Int32Array;
  reach: Int32Array;
  hours: Uint8Array;
  edu: Int8Array;
  lic: Uint8Array;
  skillStart: Int32Array;
  skills: Int32Array;
  day: Int32Array;
}

export interface BenchData {
  ref: RefData;
  today: number;
  seekers: Entities;
  vacancies: Entities;
}

/** Cumulative-weight sampler (binary search). */
function sampler(weights: ArrayLike<number>): (r: Prng) => number {
  const cum = new Float64Array(weights.length);
  let t = 0;
  for (let i = 0; i < weights.length; i++) cum[i] = t += weights[i]!;
  return (r) => {
    const v = r.next() * t;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > v) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function table<T>(r: Prng, items: readonly (readonly [T, number])[]): () => T {
  const pick = sampler(items.map((i) => i[1]));
  return () => items[pick(r)]![0];
}

// Share of ISCO major groups (0..9): a heuristic for Dutch job seekers (more elementary, sales and
// clerical occupations) and vacancies (more professionals and technicians).
const SEEKER_MAJOR = [0.001, 0.03, 0.09, 0.1, 0.14, 0.2, 0.02, 0.1, 0.1, 0.22];
const VACANCY_MAJOR = [0.001, 0.04, 0.17, 0.14, 0.1, 0.17, 0.02, 0.12, 0.09, 0.14];
const GENERIC_SKILLS = 40;
const SKILLS_PER_MAJOR = 50;

function occupationWeights(ref: RefData, major: number[], r: Prng): Float64Array {
  const w = new Float64Array(ref.occupations.uri.length);
  const byMajor = new Map<number, number[]>();
  ref.occupations.isco.forEach((c, i) => {
    const m = Math.floor(c / 1000);
    byMajor.set(m, [...(byMajor.get(m) ?? []), i]);
  });
  for (const [m, idx] of byMajor) {
    const order = r.shuffle(idx);
    let total = 0;
    const z = order.map((_, rank) => ((total += 1 / (rank + 1) ** 0.7), 1 / (rank + 1) ** 0.7));
    order.forEach((o, rank) => (w[o] = ((major[m] ?? 0.001) * z[rank]!) / total));
  }
  return w;
}

function skillPicker(r: Prng): (major: number) => number {
  const zipf = (n: number) => sampler(Array.from({ length: n }, (_, i) => 1 / (i + 1)));
  const generic = zipf(GENERIC_SKILLS);
  const specific = zipf(SKILLS_PER_MAJOR);
  return (major) => (r.next() < 0.65 ? GENERIC_SKILLS + major * SKILLS_PER_MAJOR + specific(r) : generic(r));
}

function newEntities(n: number, occCap: number, skillCap: number): Entities {
  return {
    n,
    org: new Uint16Array(n),
    occStart: new Int32Array(n + 1),
    occ: new Int32Array(occCap),
    isco: new Int32Array(occCap),
    hasLoc: new Uint8Array(n),
    x: new Int32Array(n),
    y: new Int32Array(n),
    reach: new Int32Array(n),
    hours: new Uint8Array(n),
    edu: new Int8Array(n),
    lic: new Uint8Array(n),
    skillStart: new Int32Array(n + 1),
    skills: new Int32Array(skillCap),
    day: new Int32Array(n),
  };
}

/** Generates the population deterministically from the seed. */
export function generate(ref: RefData, opts: { seekers: number; vacancies: number; seed?: number; today?: number }): BenchData {
  const r = createPrng(opts.seed ?? 2026);
  const today = opts.today ?? BENCH_TODAY;
  const pickPc4 = sampler(ref.pc4.weight);
  const nOcc = ref.occupations.uri.length;
  const pickSeekerOcc = sampler(occupationWeights(ref, SEEKER_MAJOR, r.fork('so')));
  const pickVacancyOcc = sampler(occupationWeights(ref, VACANCY_MAJOR, r.fork('vo')));
  // Occupations by ISCO sub-major group, for the related second and third wishes of a job seeker.
  const bySubMajor = new Map<number, number[]>();
  for (let i = 0; i < nOcc; i++) {
    const sm = Math.floor(ref.occupations.isco[i]! / 100);
    let list = bySubMajor.get(sm);
    if (!list) bySubMajor.set(sm, (list = []));
    list.push(i);
  }
  const skill = skillPicker(r.fork('skills'));

  // Job seekers.
  const S = newEntities(opts.seekers, opts.seekers * 3, opts.seekers * 8);
  const wishes = table(r, [
    [0, 0.03],
    [1, 0.55],
    [2, 0.3],
    [3, 0.12],
  ] as const);
  const reachKm = table(r, [
    [5, 0.08],
    [10, 0.17],
    [15, 0.2],
    [20, 0.17],
    [25, 0.1],
    [30, 0.1],
    [40, 0.08],
    [50, 0.06],
    [75, 0.03],
    [100, 0.01],
  ] as const);
  const seekerHours = table(r, [
    [40, 0.2],
    [36, 0.2],
    [32, 0.15],
    [24, 0.15],
    [20, 0.1],
    [16, 0.08],
    [12, 0.05],
    [8, 0.04],
    [0, 0.03],
  ] as const);
  const seekerEdu = table(r, [
    ['geen', 0.06],
    ['basisonderwijs', 0.08],
    ['vmbo', 0.18],
    ['mbo1', 0.08],
    ['mbo2', 0.18],
    ['mbo3', 0.1],
    ['mbo4', 0.12],
    ['havo', 0.05],
    ['vwo', 0.03],
    ['hbo', 0.09],
    ['wo', 0.03],
  ] as const);
  const seekerSkillCount = table(r, [
    [0, 0.1],
    [1, 0.1],
    [2, 0.15],
    [3, 0.2],
    [4, 0.15],
    [5, 0.12],
    [6, 0.08],
    [7, 0.05],
    [8, 0.05],
  ] as const);
  let oc = 0;
  let sc = 0;
  for (let i = 0; i < S.n; i++) {
    S.org[i] = r.int(0, 29);
    S.occStart[i] = oc;
    const w = wishes();
    let major = r.int(1, 9);
    for (let j = 0; j < w; j++) {
      let o: number;
      if (j > 0 && r.next() < 0.6) {
        const list = bySubMajor.get(Math.floor(S.isco[S.occStart[i]!]! / 100))!;
        o = r.pick(list);
      } else o = pickSeekerOcc(r);
      if (j === 0) major = Math.floor(ref.occupations.isco[o]! / 1000);
      let dup = false;
      for (let k = S.occStart[i]!; k < oc; k++) if (S.occ[k] === o) dup = true;
      if (dup) continue;
      S.occ[oc] = o;
      S.isco[oc] = ref.occupations.isco[o]!;
      oc++;
    }
    placeAt(S, i, r, ref, pickPc4, 0.003);
    S.reach[i] = reachKm() * 1000;
    S.hours[i] = seekerHours();
    S.edu[i] = educationOrdinal(seekerEdu());
    S.lic[i] = r.next() < 0.58 ? 1 : 0;
    S.skillStart[i] = sc;
    sc = addSkills(S, sc, seekerSkillCount(), () => skill(major));
    const a = r.next();
    S.day[i] = a < 0.75 ? NO_DAY : a < 0.85 ? today - r.int(1, 100) : today + r.int(1, 120);
  }
  S.occStart[S.n] = oc;
  S.skillStart[S.n] = sc;

  // Vacancies.
  const V = newEntities(opts.vacancies, opts.vacancies, opts.vacancies * 5);
  const vacancyHours = table(r, [
    [40, 0.3],
    [38, 0.15],
    [36, 0.2],
    [32, 0.1],
    [24, 0.1],
    [20, 0.07],
    [16, 0.05],
    [12, 0.03],
  ] as const);
  const vacancySkillCount = table(r, [
    [0, 0.25],
    [1, 0.2],
    [2, 0.25],
    [3, 0.15],
    [4, 0.1],
    [5, 0.05],
  ] as const);
  const typicalEdu: Record<number, string[]> = {
    0: ['mbo2', 'mbo4'],
    1: ['hbo', 'mbo4'],
    2: ['hbo', 'wo'],
    3: ['mbo4', 'hbo'],
    4: ['mbo3', 'mbo4'],
    5: ['vmbo', 'mbo2'],
    6: ['vmbo', 'mbo2'],
    7: ['mbo2', 'mbo3'],
    8: ['mbo2', 'vmbo'],
    9: ['basisonderwijs', 'vmbo'],
  };
  oc = 0;
  sc = 0;
  for (let i = 0; i < V.n; i++) {
    V.org[i] = r.int(0, 29);
    const o = pickVacancyOcc(r);
    V.occStart[i] = oc;
    V.occ[oc] = o;
    V.isco[oc] = ref.occupations.isco[o]!;
    oc++;
    const major = Math.floor(ref.occupations.isco[o]! / 1000);
    placeAt(V, i, r, ref, pickPc4, 0.002);
    V.reach[i] = 0;
    V.hours[i] = vacancyHours();
    V.edu[i] = r.next() < 0.35 ? -1 : educationOrdinal(r.pick(typicalEdu[major]!));
    V.lic[i] = r.next() < 0.22 ? 1 : 0;
    V.skillStart[i] = sc;
    sc = addSkills(V, sc, vacancySkillCount(), () => skill(major));
    const a = r.next();
    V.day[i] = a < 0.4 ? NO_DAY : a < 0.5 ? today - r.int(1, 30) : today + r.int(7, 90);
  }
  V.occStart[V.n] = oc;
  V.skillStart[V.n] = sc;
  return { ref, today, seekers: S, vacancies: V };
}

function placeAt(E: Entities, i: number, r: Prng, ref: RefData, pickPc4: (r: Prng) => number, unknownShare: number): void {
  if (r.next() < unknownShare) {
    E.hasLoc[i] = 0;
    return;
  }
  const p = pickPc4(r);
  E.hasLoc[i] = 1;
  E.x[i] = ref.pc4.x[p]!;
  E.y[i] = ref.pc4.y[p]!;
}

function addSkills(E: Entities, sc: number, count: number, next: () => number): number {
  const start = sc;
  for (let j = 0; j < count; j++) {
    const t = next();
    let dup = false;
    for (let k = start; k < sc; k++) if (E.skills[k] === t) dup = true;
    if (!dup) E.skills[sc++] = t;
  }
  return sc;
}

// Engine ---------------------------------------------------------------------------------------------

/** A reusable EntityInput filled from row i (no allocation per row). */
export function entityReader(E: Entities): (i: number) => EntityInput {
  const occupations: number[] = [];
  const iscoCodes: number[] = [];
  const skills: number[] = [];
  const e: EntityInput = {
    keyHi: 0,
    keyLo: 0,
    organisation: 0,
    occupations,
    iscoCodes,
    hasLocation: false,
    x: 0,
    y: 0,
    reach: 0,
    hours: 0,
    education: -1,
    licence: false,
    skills,
    day: NO_DAY,
  };
  return (i) => {
    e.keyHi = i + 1; // ids are 1-based row numbers, in the engine and in SQL
    e.organisation = E.org[i]!;
    occupations.length = 0;
    iscoCodes.length = 0;
    for (let k = E.occStart[i]!; k < E.occStart[i + 1]!; k++) {
      occupations.push(E.occ[k]!);
      iscoCodes.push(E.isco[k]!);
    }
    e.hasLocation = E.hasLoc[i] === 1;
    e.x = E.x[i]!;
    e.y = E.y[i]!;
    e.reach = E.reach[i]!;
    e.hours = E.hours[i]!;
    e.education = E.edu[i]!;
    e.licence = E.lic[i] === 1;
    skills.length = 0;
    for (let k = E.skillStart[i]!; k < E.skillStart[i + 1]!; k++) skills.push(E.skills[k]!);
    e.day = E.day[i]!;
    return e;
  };
}

export interface Engine {
  seekers: MatchIndex;
  vacancies: MatchIndex;
  /** Slot of row i (rows are added in order, so slot i = row i until something is removed). */
  seekerSlot: Int32Array;
  vacancySlot: Int32Array;
}

export function buildEngine(data: BenchData, opts: { cellSize?: number } = {}): Engine {
  const seekers = new MatchIndex('seekers', { cellSize: opts.cellSize, capacity: data.seekers.n });
  const vacancies = new MatchIndex('vacancies', { cellSize: opts.cellSize, capacity: data.vacancies.n });
  // addAll gives entity i slot i.
  seekers.addAll(data.seekers.n, entityReader(data.seekers));
  vacancies.addAll(data.vacancies.n, entityReader(data.vacancies));
  const seekerSlot = Int32Array.from({ length: data.seekers.n }, (_, i) => i);
  const vacancySlot = Int32Array.from({ length: data.vacancies.n }, (_, i) => i);
  return { seekers, vacancies, seekerSlot, vacancySlot };
}

/** Top k as [id, score] pairs. */
export type Ranking = [number, number][];

export function engineCandidates(engine: Engine, data: BenchData, vacancyRow: number, k: number): Ranking {
  const v = entityReader(data.vacancies)(vacancyRow);
  return toRanking(engine.seekers.topForVacancy(v, { k, today: data.today }));
}

export function engineVacancies(engine: Engine, data: BenchData, seekerRow: number, k: number): Ranking {
  const s = entityReader(data.seekers)(seekerRow);
  return toRanking(engine.vacancies.topForSeeker(s, { k, today: data.today }));
}

function toRanking(results: MatchResult[]): Ranking {
  return results.map((r) => [r.keyHi, r.score]);
}

/**
 * Changes n random job seekers (new PC4, wanted occupation, hours, skills, availability) in the data and
 * returns the changed rows; applyToEngine then updates the engine in place.
 */
export function changeSeekers(data: BenchData, n: number, seed = 99): number[] {
  const r = createPrng(seed);
  const S = data.seekers;
  const pickPc4 = sampler(data.ref.pc4.weight);
  const rows = new Set<number>();
  while (rows.size < Math.min(n, S.n)) rows.add(r.int(0, S.n - 1));
  for (const i of rows) {
    placeAt(S, i, r, data.ref, pickPc4, 0.003);
    const first = S.occStart[i]!;
    if (S.occStart[i + 1]! > first) {
      const o = r.int(0, data.ref.occupations.uri.length - 1);
      let dup = false;
      for (let k = first + 1; k < S.occStart[i + 1]!; k++) if (S.occ[k] === o) dup = true;
      if (!dup) {
        S.occ[first] = o;
        S.isco[first] = data.ref.occupations.isco[o]!;
      }
    }
    S.hours[i] = r.pick([8, 16, 24, 32, 36, 40]);
    S.reach[i] = r.pick([5, 10, 15, 20, 30, 50]) * 1000;
    S.lic[i] = r.next() < 0.6 ? 1 : 0;
    S.day[i] = r.next() < 0.7 ? NO_DAY : data.today + r.int(-30, 60);
    // Skills: replace the first one with another tag (keeps the CSR layout).
    const s0 = S.skillStart[i]!;
    if (S.skillStart[i + 1]! > s0) {
      const t = r.int(0, GENERIC_SKILLS - 1);
      let dup = false;
      for (let k = s0 + 1; k < S.skillStart[i + 1]!; k++) if (S.skills[k] === t) dup = true;
      if (!dup) S.skills[s0] = t;
    }
  }
  return [...rows];
}

export function applyToEngine(engine: Engine, data: BenchData, rows: number[]): void {
  const read = entityReader(data.seekers);
  for (const i of rows) engine.seekers.update(engine.seekerSlot[i]!, read(i));
}

// SQL baseline ---------------------------------------------------------------------------------------

/** Anything that runs a parameterised query and returns rows (pg.Client, pg.Pool or PGlite). */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export const CREATE_TABLES = `
CREATE TABLE bench_seekers (
  id integer PRIMARY KEY, org integer NOT NULL, occ integer[] NOT NULL, isco integer[] NOT NULL,
  x integer, y integer, reach integer NOT NULL, hours integer NOT NULL, edu integer NOT NULL,
  lic boolean NOT NULL, skills integer[] NOT NULL, day integer);
CREATE TABLE bench_vacancies (
  id integer PRIMARY KEY, org integer NOT NULL, occ integer[] NOT NULL, isco integer[] NOT NULL,
  x integer, y integer, reach integer NOT NULL, hours integer NOT NULL, edu integer,
  lic boolean NOT NULL, skills integer[] NOT NULL, day integer);`;

const INSERT = (table: string) => `
INSERT INTO ${table} (id, org, occ, isco, x, y, reach, hours, edu, lic, skills, day)
SELECT id, org, occ::integer[], isco::integer[], x, y, reach, hours, edu, lic, skills::integer[], day
FROM unnest($1::integer[], $2::integer[], $3::text[], $4::text[], $5::integer[], $6::integer[], $7::integer[],
            $8::integer[], $9::integer[], $10::boolean[], $11::text[], $12::integer[])
  AS t(id, org, occ, isco, x, y, reach, hours, edu, lic, skills, day)`;

/** Loads one side with multi-row INSERTs from unnest arrays, in batches. */
export async function loadSide(
  db: SqlRunner,
  table: 'bench_seekers' | 'bench_vacancies',
  E: Entities,
  batch = 25_000,
  onProgress?: (done: number) => void,
): Promise<void> {
  const isVacancy = table === 'bench_vacancies';
  for (let start = 0; start < E.n; start += batch) {
    const end = Math.min(E.n, start + batch);
    const cols: unknown[][] = Array.from({ length: 12 }, () => []);
    for (let i = start; i < end; i++) {
      cols[0]!.push(i + 1);
      cols[1]!.push(E.org[i]);
      cols[2]!.push(`{${Array.from(E.occ.subarray(E.occStart[i], E.occStart[i + 1])).join(',')}}`);
      cols[3]!.push(`{${Array.from(E.isco.subarray(E.occStart[i], E.occStart[i + 1])).join(',')}}`);
      cols[4]!.push(E.hasLoc[i] ? E.x[i] : null);
      cols[5]!.push(E.hasLoc[i] ? E.y[i] : null);
      cols[6]!.push(E.reach[i]);
      cols[7]!.push(E.hours[i]);
      cols[8]!.push(isVacancy && E.edu[i]! < 0 ? null : E.edu[i]);
      cols[9]!.push(E.lic[i] === 1);
      cols[10]!.push(`{${Array.from(E.skills.subarray(E.skillStart[i], E.skillStart[i + 1])).join(',')}}`);
      cols[11]!.push(E.day[i] === NO_DAY ? null : E.day[i]);
    }
    await db.query(INSERT(table), cols);
    onProgress?.(end);
  }
}

/** Writes the changed job seekers (changeSeekers) to the SQL tables too. */
export async function applyToSql(db: SqlRunner, data: BenchData, rows: number[]): Promise<void> {
  const S = data.seekers;
  const cols: unknown[][] = Array.from({ length: 9 }, () => []);
  for (const i of rows) {
    cols[0]!.push(i + 1);
    cols[1]!.push(`{${Array.from(S.occ.subarray(S.occStart[i], S.occStart[i + 1])).join(',')}}`);
    cols[2]!.push(`{${Array.from(S.isco.subarray(S.occStart[i], S.occStart[i + 1])).join(',')}}`);
    cols[3]!.push(S.hasLoc[i] ? S.x[i] : null);
    cols[4]!.push(S.hasLoc[i] ? S.y[i] : null);
    cols[5]!.push(S.reach[i]);
    cols[6]!.push(S.hours[i]);
    cols[7]!.push(S.lic[i] === 1);
    cols[8]!.push(`{${Array.from(S.skills.subarray(S.skillStart[i], S.skillStart[i + 1])).join(',')}}`);
  }
  const days = rows.map((i) => (S.day[i] === NO_DAY ? null : S.day[i]));
  await db.query(
    `UPDATE bench_seekers s SET occ = t.occ::integer[], isco = t.isco::integer[], x = t.x, y = t.y, reach = t.reach,
       hours = t.hours, lic = t.lic, skills = t.skills::integer[], day = t.day
     FROM unnest($1::integer[], $2::text[], $3::text[], $4::integer[], $5::integer[], $6::integer[], $7::integer[], $8::boolean[], $9::text[], $10::integer[])
       AS t(id, occ, isco, x, y, reach, hours, lic, skills, day)
     WHERE s.id = t.id`,
    [...cols, days],
  );
}

/**
 * The ranking as one SQL query, the same rules as matching.rules.ts in integer arithmetic: the job
 * seeker s against the vacancy v; `who` picks the side that is given ($1) and the side that is ranked.
 */
function rankingSql(given: 's' | 'v'): string {
  const ranked = given === 's' ? 'v' : 's';
  return `
SELECT id, score FROM (
  SELECT m.id,
      m.occ_pts
    + CASE WHEN m.d IS NULL THEN 0 WHEN m.reach = 0 THEN 20 ELSE (20 * (m.reach - m.d)) / m.reach END
    + CASE WHEN m.s_hours >= m.v_hours THEN 15 ELSE (15 * m.s_hours) / m.v_hours END
    + CASE WHEN m.v_edu IS NULL OR m.s_edu >= m.v_edu THEN 10 WHEN m.s_edu = m.v_edu - 1 THEN 5 ELSE 0 END
    + CASE WHEN NOT m.v_lic OR m.s_lic THEN 5 ELSE 0 END
    + CASE WHEN m.asked = 0 THEN 10 ELSE (10 * m.covered) / m.asked END
    + CASE WHEN m.s_day IS NULL OR m.s_day <= coalesce(m.v_day, $2) THEN 5 ELSE 0 END
    AS score, m.d, m.reach
  FROM (
    SELECT ${ranked}.id, s.reach, s.hours AS s_hours, v.hours AS v_hours, s.edu AS s_edu, v.edu AS v_edu,
      s.lic AS s_lic, v.lic AS v_lic, s.day AS s_day, v.day AS v_day,
      (SELECT coalesce(max(
         CASE WHEN so.occ = vo.occ THEN 35
              WHEN so.isco < 0 OR vo.isco < 0 THEN 0
              WHEN so.isco = vo.isco THEN 28
              WHEN so.isco / 10 = vo.isco / 10 THEN 20
              WHEN so.isco / 100 = vo.isco / 100 THEN 12
              WHEN so.isco / 1000 = vo.isco / 1000 THEN 6
              ELSE 0 END), 0)
         FROM unnest(s.occ, s.isco) AS so(occ, isco), unnest(v.occ, v.isco) AS vo(occ, isco)) AS occ_pts,
      CASE WHEN s.x IS NULL OR v.x IS NULL THEN NULL
           ELSE floor(sqrt(((s.x - v.x)::bigint * (s.x - v.x) + (s.y - v.y)::bigint * (s.y - v.y))::float8))::integer END AS d,
      (SELECT count(*) FROM unnest(v.skills) AS t(tag) WHERE t.tag = ANY (s.skills))::integer AS covered,
      cardinality(v.skills) AS asked
    FROM bench_seekers s, bench_vacancies v
    WHERE ${given}.id = $1
  ) m
) r
WHERE r.d IS NULL OR r.d <= r.reach
ORDER BY score DESC, id
LIMIT $3`;
}

export const CANDIDATES_SQL = rankingSql('v');
export const VACANCIES_SQL = rankingSql('s');

export async function sqlCandidates(db: SqlRunner, data: BenchData, vacancyRow: number, k: number): Promise<Ranking> {
  const res = await db.query(CANDIDATES_SQL, [vacancyRow + 1, data.today, k]);
  return res.rows.map((r) => [Number(r.id), Number(r.score)]);
}

export async function sqlVacancies(db: SqlRunner, data: BenchData, seekerRow: number, k: number): Promise<Ranking> {
  const res = await db.query(VACANCIES_SQL, [seekerRow + 1, data.today, k]);
  return res.rows.map((r) => [Number(r.id), Number(r.score)]);
}

export function sameRanking(a: Ranking, b: Ranking): boolean {
  return a.length === b.length && a.every(([id, s], i) => b[i]![0] === id && b[i]![1] === s);
}

// Statistics -----------------------------------------------------------------------------------------

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export function randomRows(n: number, count: number, seed: number): number[] {
  const r = createPrng(seed);
  return Array.from({ length: count }, () => r.int(0, n - 1));
}
