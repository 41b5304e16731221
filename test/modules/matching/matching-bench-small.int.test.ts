import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDatabaseMode, testServerUrl, databaseUrlFor } from '../../db-mode.ts';
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
  sqlCandidates,
  sqlVacancies,
  type BenchData,
  type Engine,
  type SqlRunner,
} from '../../bench/matching-bench-lib.ts';

/**
 * The matching benchmark in small (20,000 job seekers, 1,000 vacancies), so that it keeps working: the
 * engine's top 20 must equal the top 20 of the one-query SQL baseline on PGlite and on PostgreSQL, before
 * and after 200 job seekers change. Prints the speed ratio (not asserted: this is not a timed test).
 */
const QUERIES = 25;

describe('matching benchmark (small): engine top 20 = SQL top 20', () => {
  /** Fresh data and engine for each database (the comparison changes both). */
  async function compare(name: string, db: SqlRunner): Promise<void> {
    const data: BenchData = generate(loadRefData({ warn: () => {} }), { seekers: 20_000, vacancies: 1_000, seed: 7 });
    const engine: Engine = buildEngine(data);
    for (const statement of CREATE_TABLES.split(';').filter((s) => s.trim())) await db.query(statement);
    await loadSide(db, 'bench_seekers', data.seekers, 5_000);
    await loadSide(db, 'bench_vacancies', data.vacancies, 5_000);
    await db.query('ANALYZE bench_seekers');
    await db.query('ANALYZE bench_vacancies');
    const sqlMs: number[] = [];
    const engineMs: number[] = [];
    let compared = 0;
    const run = async (vacancyRows: number[], seekerRows: number[]) => {
      for (const v of vacancyRows) {
        let t = performance.now();
        const sql = await sqlCandidates(db, data, v, 20);
        sqlMs.push(performance.now() - t);
        t = performance.now();
        const eng = engineCandidates(engine, data, v, 20);
        engineMs.push(performance.now() - t);
        expect(eng, `${name}: kandidaten voor vacature ${v + 1}`).toEqual(sql);
        compared++;
      }
      for (const s of seekerRows) {
        expect(engineVacancies(engine, data, s, 20), `${name}: vacatures voor werkzoekende ${s + 1}`).toEqual(
          await sqlVacancies(db, data, s, 20),
        );
        compared++;
      }
    };
    await run(randomRows(data.vacancies.n, QUERIES, 1), randomRows(data.seekers.n, QUERIES, 2));
    // Change 200 job seekers in both, then compare again (the engine updates them one by one).
    const changed = changeSeekers(data, 200, 3);
    applyToEngine(engine, data, changed);
    await applyToSql(db, data, changed);
    await run(randomRows(data.vacancies.n, 10, 4), changed.slice(0, 10));
    const ratio = percentile(sqlMs, 50) / percentile(engineMs, 50);
    console.log(
      `matching-bench-small ${name}: ${compared} top-20-lijsten gelijk; kandidaten p50 SQL ${percentile(sqlMs, 50).toFixed(1)} ms, ` +
        `matcher ${percentile(engineMs, 50).toFixed(3)} ms (${ratio.toFixed(0)}× sneller)`,
    );
    expect(compared).toBe(2 * QUERIES + 20);
  }

  it('on PGlite', async () => {
    const lite = new PGlite();
    try {
      await compare('PGlite', lite);
    } finally {
      await lite.close();
    }
  }, 300_000);

  it('on PostgreSQL (required when the suite runs on PostgreSQL; otherwise when reachable)', async () => {
    const admin = new pg.Client({ connectionString: testServerUrl() });
    try {
      await admin.connect();
    } catch (err) {
      if (testDatabaseMode() === 'postgres') throw err;
      console.log(`matching-bench-small PostgreSQL: niet bereikbaar (${(err as Error).message}); alleen PGlite vergeleken.`);
      return;
    }
    const name = `werkplein_bench_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const client = new pg.Client({ connectionString: databaseUrlFor(name) });
    try {
      await client.connect();
      await compare('PostgreSQL', client);
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 300_000);
});
