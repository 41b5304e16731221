import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { databaseUrlFor, testDatabaseMode, testServerUrl } from '../db-mode.ts';
import { APP_ROLE, inTenant, openAppDatabase, type Database, type Db } from '../../src/platform/db/database.ts';
import { defineJob, handleJob, PermanentJobError, type JobHandler } from '../../src/platform/jobs/job.ts';
import { JobQueue } from '../../src/platform/jobs/queue.ts';
import { JobWorker } from '../../src/platform/jobs/worker.ts';
import { jobs } from '../../src/platform/jobs/jobs.schema.ts';

/**
 * The durable job queue against the real database: retries with backoff, failure after the last attempt,
 * idempotent enqueue, once per scheduled occurrence across workers, exactly-once processing by two workers
 * on two connection pools (PostgreSQL tier), and jobs that outlive the process that enqueued them.
 */

let t: TestDatabase;
let db: Db;
let now: Date;
const clock = () => now;
const seconds = (s: number) => (now = new Date(now.getTime() + s * 1000));

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.database.db;
});
afterAll(() => t?.close());

let n = 0;
/** A job type of its own per test, so tests do not see each other's rows. */
function jobType(opts: { maxAttempts?: number; leaseMs?: number; personalData?: boolean } = {}) {
  return defineJob({ name: `test.job-${n++}`, payload: z.object({ value: z.string() }), backoff: () => 10_000, ...opts });
}
function queueWith(...handlers: JobHandler[]) {
  const q = new JobQueue(db, clock);
  q.register(...handlers);
  return q;
}
async function rowsOf(name: string) {
  return db.select().from(jobs).where(eq(jobs.name, name)).orderBy(jobs.createdAt);
}

describe('retries', () => {
  it('retries a failing job after its backoff and records success', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const job = jobType();
    const seen: { value: string; attempt: number }[] = [];
    const q = queueWith(
      handleJob(job, async (payload, ctx) => {
        seen.push({ value: payload.value, attempt: ctx.attempt });
        if (ctx.attempt < 3) throw new Error(`poging ${ctx.attempt} mislukt`);
      }),
    );
    const worker = new JobWorker(db, q);
    await q.enqueue(job, { value: 'a' });

    expect(await worker.tick()).toMatchObject({ retried: 1, done: 0 });
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: 'queued', attempts: 1, lastError: 'poging 1 mislukt', lockedBy: null });
    // Not due again until the backoff has passed.
    expect(await worker.tick()).toMatchObject({ retried: 0, done: 0, failed: 0 });
    seconds(10);
    expect(await worker.tick()).toMatchObject({ retried: 1 });
    seconds(10);
    expect(await worker.tick()).toMatchObject({ done: 1 });

    expect(seen).toEqual([1, 2, 3].map((attempt) => ({ value: 'a', attempt })));
    const [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: 'done', attempts: 3, lockedBy: null, lockedUntil: null, payload: { value: 'a' } });
    expect(row!.finishedAt).toEqual(now);
  });

  it('marks a job failed with its error once the attempts are used up, and runs it no more', async () => {
    now = new Date('2026-03-02T10:00:00Z');
    const job = jobType({ maxAttempts: 3 });
    let calls = 0;
    const q = queueWith(
      handleJob(job, async () => {
        calls++;
        throw new Error('SMTP-server weigert de verbinding');
      }),
    );
    const worker = new JobWorker(db, q);
    await q.enqueue(job, { value: 'b' });
    for (let i = 0; i < 6; i++) {
      await worker.tick();
      seconds(60);
    }
    expect(calls).toBe(3);
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: 'failed', attempts: 3, lastError: 'SMTP-server weigert de verbinding' });
  });

  it('does not retry a permanent error or a payload that no longer fits the job', async () => {
    now = new Date('2026-03-02T11:00:00Z');
    const job = jobType();
    const q = queueWith(
      handleJob(job, async () => {
        throw new PermanentJobError('E-mail is niet ingesteld.');
      }),
    );
    await q.enqueue(job, { value: 'c' });
    await db.insert(jobs).values({ id: crypto.randomUUID(), name: job.name, payload: { value: 42 }, runAt: now });
    expect(await new JobWorker(db, q).tick()).toMatchObject({ failed: 2, retried: 0 });
    const rows = await rowsOf(job.name);
    expect(rows.map((r) => r.attempts)).toEqual([1, 1]);
    expect(rows.map((r) => r.lastError)).toContain('E-mail is niet ingesteld.');
  });

  it('empties the payload of a job with personal data when it ends, and keeps addresses out of the error', async () => {
    now = new Date('2026-03-02T12:00:00Z');
    const job = jobType({ personalData: true, maxAttempts: 1 });
    const q = queueWith(
      handleJob(job, async (p) => {
        throw new Error(`550 <${p.value}>: mailbox unavailable`);
      }),
    );
    await q.enqueue(job, { value: 'anna.jansen@example.nl' });
    await new JobWorker(db, q).tick();
    const [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: 'failed', payload: {}, lastError: '550 <<e-mailadres>>: mailbox unavailable' });
  });
});

describe('enqueueing', () => {
  it('is idempotent by key: the second enqueue returns the first job and nothing runs twice', async () => {
    now = new Date('2026-03-03T09:00:00Z');
    const job = jobType();
    let calls = 0;
    const q = queueWith(handleJob(job, async () => void calls++));
    const first = await q.enqueue(job, { value: 'x' }, { key: 'mail:notification:1' });
    const second = await q.enqueue(job, { value: 'y' }, { key: 'mail:notification:1' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    await new JobWorker(db, q).drain();
    // Also after the first has run.
    expect((await q.enqueue(job, { value: 'z' }, { key: 'mail:notification:1' })).created).toBe(false);
    await new JobWorker(db, q).drain();
    expect(calls).toBe(1);
    expect((await rowsOf(job.name)).map((r) => r.payload)).toEqual([{ value: 'x' }]);
  });

  it("belongs to the caller's transaction: a rolled-back change leaves no job", async () => {
    now = new Date('2026-03-03T10:00:00Z');
    const job = jobType();
    const q = queueWith(handleJob(job, async () => {}));
    await expect(
      inTenant(db, null, async (tx) => {
        await q.enqueue(job, { value: 'weg' }, { tx });
        throw new Error('de wijziging mislukt');
      }),
    ).rejects.toThrow('de wijziging mislukt');
    expect(await rowsOf(job.name)).toEqual([]);
  });

  it('refuses a payload that does not fit, a job without a handler, and a badly named job', async () => {
    const job = jobType();
    const q = queueWith(handleJob(job, async () => {}));
    await expect(q.enqueue(job, { value: 1 } as unknown as { value: string })).rejects.toThrow();
    await expect(q.enqueue(jobType(), { value: 'x' })).rejects.toThrow(/geen handler/);
    expect(() => defineJob({ name: 'Zonder punt', payload: z.object({}) })).toThrow(/module\.werk/);
  });

  it('waits until runAt', async () => {
    now = new Date('2026-03-03T11:00:00Z');
    const job = jobType();
    let calls = 0;
    const q = queueWith(handleJob(job, async () => void calls++));
    await q.enqueue(job, { value: 'later' }, { runAt: new Date('2026-03-03T12:00:00Z') });
    const worker = new JobWorker(db, q);
    await worker.drain();
    expect(calls).toBe(0);
    now = new Date('2026-03-03T12:00:00Z');
    await worker.drain();
    expect(calls).toBe(1);
  });
});

describe('schedules', () => {
  it('runs an occurrence once, also when two workers (two processes) see the same slot', async () => {
    now = new Date('2026-03-04T09:07:00Z');
    const job = defineJob({ name: `test.every-${n++}`, payload: z.object({ occurrence: z.string() }), schedule: { everyMinutes: 15 } });
    const runs: string[] = [];
    const handler = handleJob(job, async (p) => void runs.push(p.occurrence));
    const a = new JobWorker(db, queueWith(handler), { id: 'a' });
    const b = new JobWorker(db, queueWith(handler), { id: 'b' });

    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect(ra.scheduled + rb.scheduled).toBe(1);
    await Promise.all([a.drain(), b.drain()]);
    seconds(5 * 60); // 09:12, same slot
    await Promise.all([a.drain(), b.drain()]);
    // A worker that starts later (a third process, or a restart) in the same slot does not run it again.
    await new JobWorker(db, queueWith(handler), { id: 'c' }).drain();
    expect(runs).toEqual(['2026-03-04T09:00:00.000Z']);

    now = new Date('2026-03-04T09:15:00Z');
    await Promise.all([a.drain(), b.drain()]);
    expect(runs).toEqual(['2026-03-04T09:00:00.000Z', '2026-03-04T09:15:00.000Z']);
    expect((await rowsOf(job.name)).map((r) => r.uniqueKey)).toEqual([
      `schedule:${job.name}:every15:2026-03-04T09:00:00.000Z`,
      `schedule:${job.name}:every15:2026-03-04T09:15:00.000Z`,
    ]);
  });

  it('runs a daily job once per Amsterdam date at its wall-clock time', async () => {
    const job = defineJob({ name: `test.daily-${n++}`, payload: z.object({ occurrence: z.string() }), schedule: { dailyAt: '02:00' } });
    const runs: string[] = [];
    const handler = handleJob(job, async (p) => void runs.push(p.occurrence));
    now = new Date('2026-03-05T00:30:00Z'); // 01:30 in Amsterdam: the occurrence of 4 March is the latest
    const worker = new JobWorker(db, queueWith(handler));
    await worker.drain();
    now = new Date('2026-03-05T00:59:00Z');
    await worker.drain();
    now = new Date('2026-03-05T01:00:00Z'); // 02:00 in Amsterdam
    await worker.drain();
    now = new Date('2026-03-05T22:00:00Z');
    await new JobWorker(db, queueWith(handler)).drain();
    expect(runs).toEqual(['2026-03-04T01:00:00.000Z', '2026-03-05T01:00:00.000Z']);
  });
});

describe('restarts', () => {
  it('runs a job enqueued before a restart, in a new worker on a new connection', async () => {
    now = new Date('2026-03-06T09:00:00Z');
    const job = jobType();
    const first = await openPair();
    const q1 = new JobQueue(first.a.db, clock);
    q1.register(handleJob(job, async () => {}));
    const { id } = await q1.enqueue(job, { value: 'voor de herstart' });
    const reopened = await first.restart();
    try {
      const ran: string[] = [];
      const q2 = new JobQueue(reopened.db, clock);
      q2.register(handleJob(job, async (p, ctx) => void ran.push(`${ctx.jobId}:${p.value}`)));
      await new JobWorker(reopened.db, q2).drain();
      expect(ran).toEqual([`${id}:voor de herstart`]);
    } finally {
      await reopened.close();
    }
  });

  it('takes over a job whose worker died, once its lease has ended', async () => {
    now = new Date('2026-03-06T10:00:00Z');
    const job = jobType({ leaseMs: 60_000 });
    let calls = 0;
    const q = queueWith(handleJob(job, async () => void calls++));
    const { id } = await q.enqueue(job, { value: 'verweesd' });
    // As if a worker claimed it and the process was killed.
    await db.execute(
      sql`UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'dood', locked_until = ${new Date(now.getTime() + 60_000).toISOString()}::timestamptz WHERE id = ${id}`,
    );
    const worker = new JobWorker(db, q);
    await worker.drain();
    expect(calls).toBe(0);
    seconds(61);
    await worker.drain();
    expect(calls).toBe(1);
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: 'done', attempts: 2 });
  });
});

describe('two workers', () => {
  it(`process 50 jobs exactly once between them (${testDatabaseMode() === 'postgres' ? 'two connection pools on PostgreSQL' : 'one PGlite connection'})`, async () => {
    now = new Date('2026-03-07T09:00:00Z');
    const pair = await openPair();
    try {
      const job = jobType();
      const done: { worker: string; value: string }[] = [];
      const handler = (worker: string) =>
        handleJob(job, async (p) => {
          await new Promise((r) => setTimeout(r, 3));
          done.push({ worker, value: p.value });
        });
      const qa = new JobQueue(pair.a.db, clock);
      qa.register(handler('a'));
      const qb = new JobQueue(pair.b.db, clock);
      qb.register(handler('b'));
      for (let i = 0; i < 50; i++) await qa.enqueue(job, { value: String(i) });
      const a = new JobWorker(pair.a.db, qa, { id: 'a', pollMs: 5, batchSize: 4 });
      const b = new JobWorker(pair.b.db, qb, { id: 'b', pollMs: 5, batchSize: 4 });
      a.start();
      b.start();
      const deadline = Date.now() + 20_000;
      while (done.length < 50 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await Promise.all([a.stop(), b.stop()]);

      expect(done.map((d) => d.value).sort((x, y) => +x - +y)).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
      const rows = await pair.a.db.select().from(jobs).where(eq(jobs.name, job.name));
      expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
      if (testDatabaseMode() === 'postgres') {
        // Both pools took part: SKIP LOCKED let each claim rows the other was not holding.
        expect(new Set(done.map((d) => d.worker))).toEqual(new Set(['a', 'b']));
      }
    } finally {
      await pair.close();
    }
  }, 30_000);

  it('stop() waits for the job being run and records its result', async () => {
    now = new Date('2026-03-07T10:00:00Z');
    const job = jobType();
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const q = queueWith(
      handleJob(job, async () => {
        started();
        await new Promise<void>((r) => (release = r));
      }),
    );
    await q.enqueue(job, { value: 'lang' });
    const worker = new JobWorker(db, q, { pollMs: 5 });
    worker.start();
    await running;
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: 'done' });
  });
});

/**
 * Two application connections to one fresh database: on PostgreSQL two pools (as two server processes
 * would have), on PGlite the one embedded connection twice. `restart` closes them and opens a new one.
 */
async function openPair(): Promise<{ a: Database; b: Database; restart(): Promise<Database>; close(): Promise<void> }> {
  if (testDatabaseMode() === 'postgres') {
    const name = `werkplein_t_${randomBytes(5).toString('hex')}`;
    const server = new pg.Client({ connectionString: testServerUrl() });
    await server.connect();
    await server.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const url = databaseUrlFor(name, APP_ROLE);
    const a = await openAppDatabase({ url, poolSize: 4 });
    const b = await openAppDatabase({ url, poolSize: 4 });
    const drop = async () => {
      await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.end();
    };
    return {
      a,
      b,
      async restart() {
        await a.close();
        await b.close();
        const again = await openAppDatabase({ url, poolSize: 4 });
        return {
          ...again,
          async close() {
            await again.close();
            await drop();
          },
        };
      },
      async close() {
        await a.close();
        await b.close();
        await drop();
      },
    };
  }
  const fresh = await createTestDatabase();
  return {
    a: fresh.database,
    b: fresh.database,
    async restart() {
      // The embedded database's files, as a stopped process leaves them, opened by a new engine.
      const files = await fresh.database.pglite!.dumpDataDir('none');
      await fresh.close();
      return openAppDatabase({ loadDataDir: files, lock: false });
    },
    close: () => fresh.close(),
  };
}
