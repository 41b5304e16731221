import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ZodError } from 'zod';
import { queryRows, type Db } from '../db/database.ts';
import { PermanentJobError, type JobHandler } from './job.ts';
import type { JobQueue } from './queue.ts';
import { latestOccurrence } from './schedule.ts';

/** The logger a worker reports to (Fastify's logger fits). */
export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const SILENT: JobLog = { info() {}, warn() {}, error() {} };

export interface WorkerOptions {
  /** Shown in locked_by; unique per process by default. */
  id?: string;
  /** Pause between polls when no job was due (default 1 s). */
  pollMs?: number;
  /** Jobs claimed per poll (default 10). */
  batchSize?: number;
  log?: JobLog;
}

export interface TickResult {
  /** Scheduled occurrences this tick enqueued (0 when another process had already done so). */
  scheduled: number;
  done: number;
  retried: number;
  failed: number;
}

interface Claimed {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/**
 * Runs due jobs. Every server process starts one; they share the work through the `jobs` table:
 * a poll claims due rows with FOR UPDATE SKIP LOCKED (a row another worker holds is skipped, never waited
 * for), marks them running with a lease, and runs their handlers outside that short transaction. A job
 * whose worker died is taken over when its lease ends. Recurring jobs are enqueued by every worker under
 * one key per occurrence, so exactly one row, and one run, exists per occurrence.
 */
export class JobWorker {
  readonly id: string;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly log: JobLog;
  private readonly lastSlot = new Map<string, string>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly queue: JobQueue,
    options: WorkerOptions = {},
  ) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 10;
    this.log = options.log ?? SILENT;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  /** Stops polling and waits for the jobs being run to finish (their results are recorded). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      let busy = false;
      try {
        const r = await this.tick();
        busy = r.done + r.retried + r.failed >= this.batchSize;
      } catch (err) {
        this.log.error({ err, worker: this.id }, 'taken: ophalen mislukt');
      }
      if (this.running && !busy) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollMs);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** One poll: enqueue due occurrences of scheduled jobs, then claim and run what is due. */
  async tick(): Promise<TickResult> {
    const result: TickResult = { scheduled: 0, done: 0, retried: 0, failed: 0 };
    const handlers = this.queue.registered;
    if (handlers.length === 0) return result;
    result.scheduled = await this.enqueueOccurrences(handlers);
    const now = this.queue.clock();
    const names = sql.join(
      handlers.map((h) => sql`${h.job.name}`),
      sql`, `,
    );
    // A job still marked running after its lease, with no attempts left, was interrupted for the last time.
    await this.db.execute(sql`
      UPDATE jobs SET status = 'failed', finished_at = ${now.toISOString()}::timestamptz, locked_by = NULL, locked_until = NULL,
        last_error = coalesce(last_error || ' / ', '') || 'Onderbroken: de verwerking stopte voordat de taak klaar was.'
      WHERE status = 'running' AND locked_until < ${now.toISOString()}::timestamptz AND attempts >= max_attempts AND name IN (${names})`);
    const claimed = await queryRows<Claimed>(
      this.db,
      sql`
      WITH next AS (
        SELECT id FROM jobs
        WHERE name IN (${names})
          AND ((status = 'queued' AND run_at <= ${now.toISOString()}::timestamptz)
            OR (status = 'running' AND locked_until < ${now.toISOString()}::timestamptz AND attempts < max_attempts))
        ORDER BY run_at, id
        LIMIT ${this.batchSize}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE jobs j SET status = 'running', attempts = j.attempts + 1, locked_by = ${this.id},
        locked_until = ${now.toISOString()}::timestamptz + (CASE j.name ${sql.join(
          handlers.map((h) => sql`WHEN ${h.job.name} THEN ${h.job.leaseMs}::float8`),
          sql` `,
        )} END) * interval '1 millisecond'
      FROM next WHERE j.id = next.id
      RETURNING j.id, j.name, j.payload, j.attempts, j.max_attempts`,
    );
    const outcomes = await Promise.all(claimed.map((job) => this.run(job)));
    for (const o of outcomes) result[o]++;
    return result;
  }

  /** Runs ticks until nothing is due (tests; a CLI that works off the queue once). */
  async drain(maxTicks = 100): Promise<TickResult> {
    const total: TickResult = { scheduled: 0, done: 0, retried: 0, failed: 0 };
    for (let i = 0; i < maxTicks; i++) {
      const r = await this.tick();
      for (const k of Object.keys(total) as (keyof TickResult)[]) total[k] += r[k];
      if (r.done + r.retried + r.failed === 0) break;
    }
    return total;
  }

  private async enqueueOccurrences(handlers: JobHandler[]): Promise<number> {
    let created = 0;
    const now = this.queue.clock();
    for (const h of handlers) {
      if (!h.job.schedule) continue;
      const occurrence = latestOccurrence(h.job.schedule, now);
      if (this.lastSlot.get(h.job.name) === occurrence.key) continue;
      const r = await this.queue.enqueue(
        h.job,
        { occurrence: occurrence.at.toISOString() },
        { key: `schedule:${h.job.name}:${occurrence.key}`, runAt: occurrence.at },
      );
      this.lastSlot.set(h.job.name, occurrence.key);
      if (r.created) created++;
    }
    return created;
  }

  private async run(job: Claimed): Promise<'done' | 'retried' | 'failed'> {
    const handler = this.queue.handler(job.name)!;
    const started = Date.now();
    try {
      const payload = handler.job.payload.parse(job.payload);
      await handler.run(payload, { db: this.db, jobId: job.id, attempt: job.attempts });
    } catch (err) {
      const permanent = err instanceof PermanentJobError || err instanceof ZodError;
      const last = permanent || job.attempts >= job.max_attempts;
      const message = describe(err, handler.job.personalData);
      const now = this.queue.clock();
      const retryAt = new Date(now.getTime() + handler.job.backoff(job.attempts));
      await this.db.execute(sql`
        UPDATE jobs SET status = ${last ? 'failed' : 'queued'}, last_error = ${message}, locked_by = NULL, locked_until = NULL,
          run_at = ${last ? sql`run_at` : sql`${retryAt.toISOString()}::timestamptz`},
          finished_at = ${last ? sql`${now.toISOString()}::timestamptz` : sql`NULL`},
          payload = ${last && handler.job.personalData ? sql`'{}'::jsonb` : sql`payload`}
        WHERE id = ${job.id} AND locked_by = ${this.id}`);
      const log = { worker: this.id, job: job.id, name: job.name, attempt: job.attempts, error: message };
      if (last) this.log.error(log, 'taak mislukt');
      else this.log.warn({ ...log, retryAt }, 'taak mislukt; volgt opnieuw');
      return last ? 'failed' : 'retried';
    }
    await this.db.execute(sql`
      UPDATE jobs SET status = 'done', finished_at = ${this.queue.clock().toISOString()}::timestamptz, locked_by = NULL, locked_until = NULL,
        payload = ${handler.job.personalData ? sql`'{}'::jsonb` : sql`payload`}
      WHERE id = ${job.id} AND locked_by = ${this.id}`);
    this.log.info({ worker: this.id, job: job.id, name: job.name, ms: Date.now() - started }, 'taak klaar');
    return 'done';
  }
}

/** The error as stored in last_error: the message only, without e-mail addresses for jobs about a person. */
function describe(err: unknown, personalData: boolean): string {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
  return personalData ? message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<e-mailadres>') : message;
}
