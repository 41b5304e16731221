/**
 * `npm run bench:worklist`: the work queue's task rules at the size of a large municipality.
 *
 * Generates, with bulk SQL (generate_series) as the schema owner on a freshly migrated database, one
 * municipality with 100,000 clients and 300,000 things due:
 *   - 100,000 placements whose work began 13 months ago, no check recorded (6- and 12-month check: 200,000),
 *   - 50,000 running trajectories past their planned end,
 *   - 50,000 steps of signed polisses due in three days.
 * Then, through the real application services (row-level security on, as the daily job runs them), it times
 *   1. runRules, first run: creates every task (asserted: 300,000),
 *   2. runRules, second run: creates and closes nothing (asserted),
 *   3. runRules after 10% of the trajectories were closed: closes exactly those tasks (asserted).
 * Each run prints where its time went, summed over the rules: the rules' own queries of what is due (with
 * turning rows into tasks), reading and comparing the keys made before, inserting, closing.
 * Ratios printed, both against a baseline measured in the same run on the same database:
 *   - run 2 against run 1: a day when nothing changed against the day that writes everything;
 *   - run 1 against the write floor: the same 300,000 rows copied by one INSERT … SELECT as the organisation
 *     (row-level security on, same indexes and foreign keys, rolled back), the database's own cost of
 *     writing that many tasks with no application work around it.
 *
 * Options: --clients=N (default 100000; the due items scale with it), --postgres (also on the PostgreSQL
 * server: a scratch database on BENCH_DATABASE_URL or TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres, dropped afterwards), --no-pglite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { addDays, todayInAmsterdam } from '../../src/kernel/dates.ts';
import { sql } from 'drizzle-orm';
import { APP_ROLE, inTenant, openAppDatabase, queryRows, runMigrations, type Database } from '../../src/platform/db/database.ts';
import { configFromEnv } from '../../src/platform/config.ts';
import { createServices } from '../../src/app/services.ts';
import type { RuleRunTiming } from '../../src/modules/worklist/index.ts';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const CLIENTS = args.has('clients') ? Number(args.get('clients')) : 100_000;
const TODAY = todayInAmsterdam();
const log = (s = '') => console.log(s);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The bulk SQL: one organisation, a klantmanager, the clients and their due items (ids are uuids from md5). */
function generateSql(n: number): string[] {
  const id = (kind: string, expr = 'i') => `md5('${kind}' || ${expr})::uuid`;
  const org = `md5('org')::uuid`;
  // A version-4 id: it reaches the notifications' input validation.
  const km = `'6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'::uuid`;
  const half = Math.floor(n / 2);
  const started = addDays(TODAY, -400);
  return [
    `INSERT INTO organisations (id, name, kind) VALUES (${org}, 'Benchgemeente', 'municipality')`,
    `INSERT INTO users (id, organisation_id, email, name, password_hash) VALUES (${km}, ${org}, 'km@bench.example', 'Klantmanager', 'x')`,
    `INSERT INTO user_roles (user_id, role) VALUES (${km}, 'klantmanager')`,
    `INSERT INTO clients (id, organisation_id, bsn, first_name, surname, search_name, date_of_birth, gender, street, house_number,
       postcode, city, education_level, benefit_type, hours_available, driving_licence, max_travel_km, languages, target_groups, case_manager_id)
     SELECT ${id('client')}, ${org}, lpad(i::text, 9, '0'), 'Cliënt', 'Bench' || i, 'cliënt bench' || i, '1990-01-01', 'x', 'Straat', 1,
       '5611AA', 'Eindhoven', 'mbo', 'participatiewet', 32, false, 25, '["nl"]', '[]', ${km}
     FROM generate_series(1, ${n}) i`,
    `INSERT INTO employers (id, kvk_number, name, sbi_code, size_class, street, house_number, postcode, city, registered_by_organisation_id)
     VALUES (md5('employer')::uuid, '12345678', 'Bench BV', '4711', 'small', 'Straat', 1, '5611AA', 'Eindhoven', ${org})`,
    `INSERT INTO vacancies (id, employer_id, organisation_id, occupation_uri, isco_code, title, hours_per_week, postcode, positions,
       driving_licence_required, skills, visibility, created_by_id)
     VALUES (md5('vacancy')::uuid, md5('employer')::uuid, ${org}, 'http://data.europa.eu/esco/occupation/x', '9333', 'Orderpicker', 32,
       '5611AA', ${n}, false, '{}', 'own', ${km})`,
    `INSERT INTO candidate_proposals (id, vacancy_id, client_id, organisation_id, status, proposed_by_id, contract_type, placed_hours,
       placed_start_date, wage_subsidy, job_coaching)
     SELECT ${id('proposal')}, md5('vacancy')::uuid, ${id('client')}, ${org}, 'placed', ${km}, 'temporary', 32, '${started}', false, false
     FROM generate_series(1, ${n}) i`,
    `INSERT INTO instruments (id, organisation_id, name, kind) VALUES (md5('instrument')::uuid, ${org}, 'Werkfit', 'training')`,
    `INSERT INTO trajectories (id, organisation_id, client_id, instrument_id, start_date, planned_end_date, cost_cents, goal_rung, created_by_id)
     SELECT ${id('trajectory')}, ${org}, ${id('client')}, md5('instrument')::uuid, '${addDays(TODAY, -200)}', '${addDays(TODAY, -10)}',
       100000, 4, ${km}
     FROM generate_series(1, ${half}) i`,
    `INSERT INTO polisses (id, organisation_id, client_id, created_by_id)
     SELECT ${id('polis')}, ${org}, ${id('client', `(i + ${half})`)}, ${km} FROM generate_series(1, ${half}) i`,
    `INSERT INTO polis_versions (id, polis_id, organisation_id, client_id, version_number, status, municipality_obligations,
       client_obligations, goal_rung, created_by_id)
     SELECT ${id('version')}, ${id('polis')}, ${org}, ${id('client', `(i + ${half})`)}, 1, 'draft', '[]', '[]', 4, ${km}
     FROM generate_series(1, ${half}) i`,
    `INSERT INTO polis_steps (id, version_id, organisation_id, position, description, responsible, start_date, due_date)
     SELECT ${id('step')}, ${id('version')}, ${org}, 1, 'Solliciteren', 'client', '${addDays(TODAY, -30)}', '${addDays(TODAY, 3)}'
     FROM generate_series(1, ${half}) i`,
    `UPDATE polis_versions SET status = 'signed', signed_at = now()`,
    `ANALYZE`,
  ];
}

interface Target {
  name: string;
  /** Runs the bulk SQL as the schema owner. */
  seed(statements: string[]): Promise<void>;
  /** The database as the application opens it (the application role, row-level security on). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-bench-worklist-'));
  const dataDir = path.join(dir, 'data');
  await runMigrations({ dataDir });
  return {
    name: 'PGlite',
    async seed(statements) {
      const owner = new PGlite({ dataDir });
      await owner.waitReady;
      for (const s of statements) await owner.exec(s);
      await owner.close();
    },
    open: () => openAppDatabase({ dataDir }),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `werkplein_bench_${randomBytes(4).toString('hex')}`;
  const urlFor = (user: string) => {
    const u = new URL(serverUrl);
    u.username = user;
    u.pathname = `/${name}`;
    return u.toString();
  };
  const server = new pg.Client({ connectionString: serverUrl });
  await server.connect();
  await server.query(`CREATE DATABASE ${name}`);
  await runMigrations({ url: urlFor(new URL(serverUrl).username || 'postgres') });
  return {
    name: 'PostgreSQL',
    async seed(statements) {
      const owner = new pg.Client({ connectionString: urlFor(new URL(serverUrl).username || 'postgres') });
      await owner.connect();
      for (const s of statements) await owner.query(s);
      await owner.end();
    },
    open: () => openAppDatabase({ url: urlFor(APP_ROLE) }),
    async drop() {
      await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.end();
    },
  };
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await f();
  return [value, performance.now() - start];
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: ${JSON.stringify(actual)}, verwacht ${JSON.stringify(expected)}`);
  }
}

async function bench(target: Target): Promise<void> {
  const half = Math.floor(CLIENTS / 2);
  const expected = 2 * CLIENTS + 2 * half;
  log(`\n== ${target.name}: ${CLIENTS.toLocaleString('nl-NL')} cliënten, ${expected.toLocaleString('nl-NL')} dingen te doen ==`);
  const [, seedMs] = await timed(() => target.seed(generateSql(CLIENTS)));
  log(`genereren (bulk SQL):                ${secs(seedMs)}`);
  const database = await target.open();
  try {
    const services = await createServices(database, { ...configFromEnv({}), demo: false, logLevel: 'silent' });
    const [org] = await queryRows<{ id: string }>(database.db, sql`SELECT md5('org')::uuid AS id`);
    const organisationIds = [org!.id];
    let timings: RuleRunTiming[] = [];
    const run = () => {
      timings = [];
      return services.worklist.runRules({ today: TODAY, organisationIds, onTiming: (x) => timings.push(x) });
    };
    const phases = () => {
      const sum = (f: (x: RuleRunTiming) => number) => secs(timings.reduce((a, x) => a + f(x), 0));
      const slowest = [...timings].sort((a, b) => b.dueMs + b.insertMs - (a.dueMs + a.insertMs))[0]!;
      return (
        `    regels: te doen ${sum((x) => x.dueMs)}, sleutels vergelijken ${sum((x) => x.compareMs)}, ` +
        `invoegen ${sum((x) => x.insertMs)}, sluiten ${sum((x) => x.closeMs)}; traagste ${slowest.ruleId} ` +
        `(te doen ${secs(slowest.dueMs)} voor ${slowest.due.toLocaleString('nl-NL')}, invoegen ${secs(slowest.insertMs)} voor ${slowest.created.toLocaleString('nl-NL')})`
      );
    };

    const [first, firstMs] = await timed(run);
    expectEqual('eerste run', first, { organisations: 1, created: expected, closed: 0 });
    log(`runRules, eerste run (maakt alles):  ${secs(firstMs)}  (${first.created.toLocaleString('nl-NL')} taken)`);
    log(phases());
    // The write floor: the same rows once more in one statement, as the organisation, rolled back.
    const rollback = new Error('terugdraaien');
    let floorMs = 0;
    await inTenant(database.db, { organisationId: organisationIds[0]!, userId: null }, async (tx) => {
      const start = performance.now();
      await tx.execute(sql`INSERT INTO tasks (id, organisation_id, assignee_user_id, assignee_role, subject_type, subject_id, client_id,
          title, due_on, reason, rule_id, rule_key, created_at)
        SELECT gen_random_uuid(), organisation_id, assignee_user_id, assignee_role, subject_type, subject_id, client_id,
          title, due_on, reason, rule_id, rule_key || ':kopie', created_at
        FROM tasks WHERE organisation_id = ${organisationIds[0]!}`);
      floorMs = performance.now() - start;
      throw rollback;
    }).catch((err: unknown) => {
      if (err !== rollback) throw err;
    });
    log(`schrijfvloer (zelfde rijen, één INSERT … SELECT, RLS aan): ${secs(floorMs)}`);
    const [second, secondMs] = await timed(run);
    expectEqual('tweede run', second, { organisations: 1, created: 0, closed: 0 });
    log(`runRules, tweede run (niets nieuws): ${secs(secondMs)}  (0 taken, 0 gesloten)`);
    log(phases());

    // A tenth of the trajectories closed (as the municipality, through row-level security): their tasks go.
    const tenth = Math.floor(half / 10);
    await inTenant(database.db, { organisationId: organisationIds[0]!, userId: null }, (tx) =>
      tx.execute(sql`UPDATE trajectories SET status = 'closed', end_date = ${TODAY}, outcome = 'no_result'
        WHERE id IN (SELECT md5('trajectory' || i)::uuid FROM generate_series(1, ${tenth}) i)`),
    );
    const [third, thirdMs] = await timed(run);
    expectEqual('derde run', third, { organisations: 1, created: 0, closed: tenth });
    log(
      `runRules, na ${tenth.toLocaleString('nl-NL')} gesloten trajecten:  ${secs(thirdMs)}  (${third.closed.toLocaleString('nl-NL')} taken vanzelf gesloten)`,
    );
    log(phases());
    log(
      `verhouding eerste run/schrijfvloer: ${(firstMs / floorMs).toFixed(2)} ` +
        `(wat de regels, de vergelijking en het invoegen in blokken bovenop het schrijven zelf kosten)`,
    );
    log(
      `verhouding tweede/eerste run: ${(secondMs / firstMs).toFixed(2)} ` +
        `(een dag zonder wijzigingen tegen de dag die alles moet schrijven; doorvoer eerste run ${Math.round(expected / (firstMs / 1000)).toLocaleString('nl-NL')} taken/s)`,
    );
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const targets: (() => Promise<Target>)[] = [];
  if (args.get('pglite') !== 'false' && !args.has('no-pglite')) targets.push(pgliteTarget);
  if (args.has('postgres')) targets.push(postgresTarget);
  for (const make of targets) {
    const target = await make();
    try {
      await bench(target);
    } finally {
      await target.drop();
    }
  }
}

await main();
