import { eq } from 'drizzle-orm';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../db/database.ts';
import type { JobHandler, JobType } from './job.ts';
import { jobs } from './jobs.schema.ts';

export interface EnqueueOptions {
  /** Enqueue inside this transaction, so the job exists exactly when the caller's change commits. */
  tx?: Db;
  /**
   * Idempotency key: a second enqueue with the same key adds nothing and returns the first job's id.
   * Keys are kept as long as the job row is (finished rows are cleaned up after a week, failed after 30 days).
   */
  key?: string;
  /** Not before this moment (default: now). */
  runAt?: Date;
}

/**
 * The job queue's one contract, the same on PGlite and on a PostgreSQL server: job types are registered
 * with their handler (each process registers the same set, from the module list), enqueued into the
 * `jobs` table, and run by a JobWorker.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly db: Db,
    /** The queue's clock; tests move it to make retries and schedules due without waiting. */
    readonly clock: () => Date = () => new Date(),
  ) {}

  register(...handlers: JobHandler[]): void {
    for (const h of handlers) {
      if (this.handlers.has(h.job.name)) throw new Error(`Taak ${h.job.name} is twee keer geregistreerd.`);
      this.handlers.set(h.job.name, h);
    }
  }

  handler(name: string): JobHandler | undefined {
    return this.handlers.get(name);
  }

  get registered(): JobHandler[] {
    return [...this.handlers.values()];
  }

  async enqueue<P>(job: JobType<P>, payload: NoInfer<P>, options: EnqueueOptions = {}): Promise<{ id: string; created: boolean }> {
    if (!this.handlers.has(job.name)) throw new Error(`Taak ${job.name} heeft geen handler in deze installatie.`);
    const checked = job.payload.parse(payload);
    const db = options.tx ?? this.db;
    const id = newId();
    const inserted = await db
      .insert(jobs)
      .values({
        id,
        name: job.name,
        payload: checked,
        runAt: options.runAt ?? this.clock(),
        maxAttempts: job.maxAttempts,
        uniqueKey: options.key ?? null,
        createdAt: this.clock(),
      })
      .onConflictDoNothing({ target: jobs.uniqueKey })
      .returning({ id: jobs.id });
    if (inserted.length > 0) return { id, created: true };
    const [existing] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.uniqueKey, options.key!));
    return { id: existing!.id, created: false };
  }
}
