/**
 * `npm run bench:matching`: the matching benchmark.
 *
 * Generates 1,000,000 job seekers and 50,000 vacancies spread over the Netherlands' PC4 areas (weighted by
 * inhabitants) and ISCO groups, and measures for the same query semantics:
 *   (a) Werkplein's engine (src/modules/matching/matching.engine.ts),
 *   (b) the same ranking as one SQL query on PostgreSQL (a scratch database on 127.0.0.1:5432, dropped after),
 *   (c) the same on PGlite (in memory).
 * It checks that every top 20 of the engine equals the SQL top 20 (ids and scores, ties by id) and fails
 * loudly otherwise.
 *
 * Options: --seekers=N --vacancies=N --queries=N (SQL queries per direction, default 50) --engine-queries=N
 * --pglite-seconds=S (time budget per direction on PGlite, default 120) --no-postgres --no-pglite
 * --cell=METRES. Environment: BENCH_DATABASE_URL (a superuser connection to the server; default
 * postgres://postgres@127.0.0.1:5432/postgres).
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import {
  CREATE_TABLES,
  applyToEngine,
  applyToSql,
  buildEngine,
  changeSeekers,
  engineCandidates,
  engineVacancies,
  generate,
  loadRefData,
  loadSide,
  percentile,
  randomRows,
  sameRanking,
  sqlCandidates,
  sqlVacancies,
  type BenchData,
  type Engine,
  type Ranking,
  type SqlRunner,
} from './matching-bench-lib.ts';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const num = (k: string, d: number) => (args.has(k) ? Number(args.get(k)) : d);
const SEEKERS = num('seekers', 1_000_000);
const VACANCIES = num('vacancies', 50_000);
const SQL_QUERIES = num('queries', 50);
const ENGINE_QUERIES = num('engine-queries', 2000);
const PGLITE_SECONDS = num('pglite-seconds', 120);
const K = 20;

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const log = (s = '') => console.log(s);
/** A full collection, twice with a pause, so that freed array buffers are really released before measuring. */
async function gc(): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return;
  collect();
  await new Promise((resolve) => setTimeout(resolve, 200));
  collect();
}

interface Timed {
  wall: number[];
  cpu: number[];
}

function time<T>(fn: () => T, into: Timed): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = fn();
  into.wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
  return r;
}

async function timeAsync<T>(fn: () => Promise<T>, into: number[]): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  into.push(performance.now() - t0);
  return r;
}

const mismatches: string[] = [];
function check(what: string, engine: Ranking, sql: Ranking): void {
  if (!sameRanking(engine, sql)) {
    mismatches.push(`${what}\n    engine: ${JSON.stringify(engine)}\n    sql:    ${JSON.stringify(sql)}`);
    console.error(`VERSCHIL ${what}`);
  }
}

interface SqlResult {
  name: string;
  candidates: number[];
  vacancies: number[];
  engineCandidates: number[];
  engineVacancies: number[];
  nCandidates: number;
  nVacancies: number;
  loadMs: number;
  note: string;
}

/** Runs the SQL baseline on one database: load, query both directions, compare every top 20 with the engine. */
async function runSql(
  name: string,
  db: SqlRunner,
  data: BenchData,
  engine: Engine,
  opts: { queries: number; budgetMs: number; seed: number },
): Promise<SqlResult> {
  const t0 = performance.now();
  for (const statement of CREATE_TABLES.split(';').filter((s) => s.trim())) await db.query(statement);
  let last = 0;
  await loadSide(db, 'bench_seekers', data.seekers, 25_000, (done) => {
    if (performance.now() - last > 5000) {
      last = performance.now();
      process.stdout.write(`  ${name}: ${done.toLocaleString('nl-NL')} werkzoekenden geladen\n`);
    }
  });
  await loadSide(db, 'bench_vacancies', data.vacancies);
  await db.query('ANALYZE bench_seekers');
  await db.query('ANALYZE bench_vacancies');
  const loadMs = performance.now() - t0;
  log(`  ${name}: geladen in ${(loadMs / 1000).toFixed(1)} s`);

  const result: SqlResult = {
    name,
    candidates: [],
    vacancies: [],
    engineCandidates: [],
    engineVacancies: [],
    nCandidates: 0,
    nVacancies: 0,
    loadMs,
    note: '',
  };
  // Warm up (plan cache, buffer cache) with one query per direction, not counted.
  await sqlCandidates(db, data, 0, K);
  await sqlVacancies(db, data, 0, K);
  const vRows = randomRows(data.vacancies.n, opts.queries, opts.seed);
  const start = performance.now();
  for (const v of vRows) {
    const sql = await timeAsync(() => sqlCandidates(db, data, v, K), result.candidates);
    const t = performance.now();
    const eng = engineCandidates(engine, data, v, K);
    result.engineCandidates.push(performance.now() - t);
    check(`${name}: kandidaten voor vacature ${v + 1}`, eng, sql);
    result.nCandidates++;
    if (result.nCandidates % 10 === 0) log(`  ${name}: ${result.nCandidates} kandidatenlijsten vergeleken`);
    if (performance.now() - start > opts.budgetMs && result.nCandidates >= 5) break;
  }
  const sRows = randomRows(data.seekers.n, opts.queries, opts.seed + 1);
  const start2 = performance.now();
  for (const s of sRows) {
    const sql = await timeAsync(() => sqlVacancies(db, data, s, K), result.vacancies);
    const t = performance.now();
    const eng = engineVacancies(engine, data, s, K);
    result.engineVacancies.push(performance.now() - t);
    check(`${name}: vacatures voor werkzoekende ${s + 1}`, eng, sql);
    result.nVacancies++;
    if (result.nVacancies % 10 === 0) log(`  ${name}: ${result.nVacancies} vacaturelijsten vergeleken`);
    if (performance.now() - start2 > opts.budgetMs && result.nVacancies >= 5) break;
  }
  return result;
}

function report(r: SqlResult, engineP50: { cand: number; vac: number }): void {
  log(
    `\n(${r.name === 'PostgreSQL' ? 'b' : 'c'}) ${r.name}: één SQL-query per lijst (${r.nCandidates} + ${r.nVacancies} query's${r.note})`,
  );
  const rows: [string, number[], number[], number][] = [
    ['top 20 kandidaten voor een vacature', r.candidates, r.engineCandidates, engineP50.cand],
    ['top 20 vacatures voor een werkzoekende', r.vacancies, r.engineVacancies, engineP50.vac],
  ];
  for (const [label, sql, eng, engineBig] of rows) {
    const p50 = percentile(sql, 50);
    log(
      `  ${label.padEnd(40)} p50 ${fmt(p50).padStart(8)} ms  p95 ${fmt(percentile(sql, 95)).padStart(8)} ms  ` +
        `motor op dezelfde query's p50 ${fmt(percentile(eng, 50))} ms → motor ${(p50 / percentile(eng, 50)).toFixed(0)}× sneller ` +
        `(t.o.v. motor-p50 over ${ENGINE_QUERIES} query's: ${(p50 / engineBig).toFixed(0)}×)`,
    );
  }
}

async function main() {
  log(`Werkplein matching-benchmark — ${new Date().toISOString()}`);
  log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, belasting (1 min) ${os.loadavg()[0]!.toFixed(1)}`);
  if (!(globalThis as { gc?: unknown }).gc) log('Let op: zonder --expose-gc is de geheugenmeting onnauwkeurig.');

  // Data ---------------------------------------------------------------------------------------------
  let t = performance.now();
  const ref = loadRefData({ warn: (m) => log(m) });
  const data = generate(ref, { seekers: SEEKERS, vacancies: VACANCIES });
  log(
    `Gegenereerd: ${SEEKERS.toLocaleString('nl-NL')} werkzoekenden en ${VACANCIES.toLocaleString('nl-NL')} vacatures over ` +
      `${ref.pc4.code.length} PC4-gebieden (${ref.source.pc4 === 'file' ? 'CBS, gewogen naar inwoners' : 'synthetisch'}) en ` +
      `${ref.occupations.uri.length} ESCO-beroepen in ${new Set(ref.occupations.isco).size} ISCO-eenheidsgroepen (${ref.source.occupations === 'file' ? 'ESCO-bestand' : 'synthetisch'}) ` +
      `in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  // (a) Engine ---------------------------------------------------------------------------------------
  await gc();
  const before = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  t = performance.now();
  const engine = buildEngine(data, { cellSize: num('cell', 30_000) });
  const buildMs = performance.now() - t;
  const buildCpu = process.cpuUsage(cpu0);
  await gc();
  const after = process.memoryUsage();
  const heapDelta = after.heapUsed - before.heapUsed;
  const bufDelta = after.arrayBuffers - before.arrayBuffers;
  log(`\n(a) Werkplein-matcher`);
  log(
    `  opbouwen (${SEEKERS.toLocaleString('nl-NL')} werkzoekenden + ${VACANCIES.toLocaleString('nl-NL')} vacatures): ${fmt(buildMs)} ms (cpu ${fmt((buildCpu.user + buildCpu.system) / 1000)} ms)`,
  );
  log(
    `  geheugen: JS-heap +${mb(heapDelta)}, ArrayBuffers +${mb(bufDelta)}, samen ${mb(heapDelta + bufDelta)} ` +
      `(typed arrays werkzoekenden ${mb(engine.seekers.byteSize())}, vacatures ${mb(engine.vacancies.byteSize())}; ` +
      `${engine.seekers.bucketTotal.toLocaleString('nl-NL')} + ${engine.vacancies.bucketTotal.toLocaleString('nl-NL')} emmers)`,
  );

  const bench = (label: string, n: number, fn: (i: number) => void, index: Engine['seekers'], seed: number) => {
    const rows = randomRows(n, ENGINE_QUERIES, seed);
    for (const i of rows.slice(0, 200)) fn(i); // warm-up (JIT)
    const timed: Timed = { wall: [], cpu: [] };
    const stats = { tiers: 0, bucketsConsidered: 0, bucketsVisited: 0, membersScanned: 0, membersScored: 0 };
    for (const i of rows) {
      time(() => fn(i), timed);
      for (const key of Object.keys(stats) as (keyof typeof stats)[]) stats[key] += index.stats[key];
    }
    const avg = (v: number) => (v / rows.length).toFixed(0);
    log(
      `  ${label.padEnd(40)} p50 ${fmt(percentile(timed.wall, 50))} ms  p95 ${fmt(percentile(timed.wall, 95))} ms  ` +
        `(cpu-tijd p50 ${fmt(percentile(timed.cpu, 50))} ms  p95 ${fmt(percentile(timed.cpu, 95))} ms; ${rows.length} query's)`,
    );
    log(
      `    gemiddeld per query: ${avg(stats.tiers)} beroepsniveaus, ${avg(stats.bucketsConsidered)} emmers begrensd, ${avg(stats.bucketsVisited)} bezocht, ` +
        `${avg(stats.membersScanned)} leden bekeken, ${avg(stats.membersScored)} volledig gescoord`,
    );
    return percentile(timed.wall, 50);
  };
  const engineP50 = {
    cand: bench('top 20 kandidaten voor een vacature', VACANCIES, (i) => engineCandidates(engine, data, i, K), engine.seekers, 11),
    vac: bench('top 20 vacatures voor een werkzoekende', SEEKERS, (i) => engineVacancies(engine, data, i, K), engine.vacancies, 12),
  };

  // (b) PostgreSQL -----------------------------------------------------------------------------------
  const results: SqlResult[] = [];
  let changedRows: number[] | null = null;
  const updateMs: number[] = [];
  /**
   * Batches of 1,000 changed clients: the first runs the update code cold (not yet optimised by the JIT),
   * later ones show the steady state of a running server. Garbage of the SQL loading is collected first,
   * so that its collection is not counted here.
   */
  const doUpdate = async () => {
    const rows = new Set<number>();
    for (const seed of [99, 98, 97, 96, 95, 94, 93, 92]) {
      const batch = changeSeekers(data, 1000, seed);
      await gc();
      const timed: Timed = { wall: [], cpu: [] };
      time(() => applyToEngine(engine, data, batch), timed);
      updateMs.push(timed.wall[0]!);
      for (const r of batch) rows.add(r);
    }
    log(
      `\n  bijwerken van 1.000 gewijzigde cliënten in de matcher, ${updateMs.length} keer na elkaar: ${updateMs.map(fmt).join(', ')} ms ` +
        `(de eerste keer is de code nog niet door de JIT geoptimaliseerd)`,
    );
    changedRows = [...rows];
  };
  if (args.get('postgres') !== 'false' && !args.has('no-postgres')) {
    const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = new pg.Client({ connectionString: url });
    let connected = false;
    try {
      await admin.connect();
      connected = true;
    } catch (err) {
      log(`\nPostgreSQL niet bereikbaar op ${url}: ${(err as Error).message} — overgeslagen.`);
    }
    if (connected) {
      const name = `werkplein_bench_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: u.toString() });
      try {
        await client.connect();
        const version = (await client.query('SHOW server_version')).rows[0]!.server_version;
        const workers = (await client.query('SHOW max_parallel_workers_per_gather')).rows[0]!.max_parallel_workers_per_gather;
        log(`\nPostgreSQL ${version} (max_parallel_workers_per_gather = ${workers}), scratch-database ${name}`);
        const r = await runSql('PostgreSQL', client, data, engine, { queries: SQL_QUERIES, budgetMs: Infinity, seed: 21 });
        results.push(r);
        report(r, engineP50);
        // Update 1,000 clients in the engine and in the database, then check again.
        await doUpdate();
        await applyToSql(client, data, changedRows!);
        for (const v of randomRows(data.vacancies.n, 10, 31))
          check(
            `PostgreSQL na bijwerken: kandidaten voor vacature ${v + 1}`,
            engineCandidates(engine, data, v, K),
            await sqlCandidates(client, data, v, K),
          );
        for (const row of changedRows!.slice(0, 10))
          check(
            `PostgreSQL na bijwerken: vacatures voor werkzoekende ${row + 1}`,
            engineVacancies(engine, data, row, K),
            await sqlVacancies(client, data, row, K),
          );
        log(`  na het bijwerken (${changedRows!.length} cliënten): 20 query's opnieuw vergeleken met PostgreSQL`);
      } finally {
        await client.end();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
  }
  if (!changedRows) await doUpdate();

  // (c) PGlite ---------------------------------------------------------------------------------------
  if (!args.has('no-pglite')) {
    const lite = new PGlite();
    await lite.waitReady;
    log(
      `\nPGlite ${(await lite.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v.split(' ').slice(0, 2).join(' ')} (in het geheugen, één thread)`,
    );
    try {
      const r = await runSql('PGlite', lite, data, engine, { queries: SQL_QUERIES, budgetMs: PGLITE_SECONDS * 1000, seed: 41 });
      if (r.nCandidates < SQL_QUERIES || r.nVacancies < SQL_QUERIES) r.note = `; gestopt na ${PGLITE_SECONDS} s per richting`;
      results.push(r);
      report(r, engineP50);
    } finally {
      await lite.close();
    }
  }

  // Summary ------------------------------------------------------------------------------------------
  log(`\nSamenvatting`);
  log(
    `  matcher p50: kandidaten ${fmt(engineP50.cand)} ms, vacatures ${fmt(engineP50.vac)} ms; opbouwen ${fmt(buildMs)} ms; ` +
      `1.000 cliënten bijwerken ${fmt(updateMs[0]!)} ms (eerste keer) tot ${fmt(updateMs.at(-1)!)} ms (${updateMs.length}e keer); geheugen ${mb(heapDelta + bufDelta)}`,
  );
  for (const r of results) {
    log(
      `  ${r.name}: kandidaten p50 ${fmt(percentile(r.candidates, 50))} ms (${(percentile(r.candidates, 50) / engineP50.cand).toFixed(0)}×), ` +
        `vacatures p50 ${fmt(percentile(r.vacancies, 50))} ms (${(percentile(r.vacancies, 50) / engineP50.vac).toFixed(0)}×); ` +
        `${r.nCandidates + r.nVacancies} top-20-lijsten vergeleken`,
    );
  }
  if (mismatches.length > 0) {
    console.error(`\nFOUT: ${mismatches.length} top-20-lijsten van de matcher wijken af van SQL:\n${mismatches.slice(0, 10).join('\n')}`);
    process.exitCode = 1;
  } else {
    log(`  Alle top-20-lijsten van de matcher zijn gelijk aan die van SQL (ids en scores, gelijke scores op id).`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
