import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob, handleJob } from './job.ts';
import type { JobQueue } from './queue.ts';

/** Days a finished job row is kept (its unique key keeps deduplicating that long), and a failed one. */
export const DONE_RETENTION_DAYS = 7;
export const FAILED_RETENTION_DAYS = 30;

/** The queue's own upkeep: every night, finished and failed rows past their retention are removed. */
export const cleanupJob = defineJob({
  name: 'jobs.cleanup',
  payload: z.object({ occurrence: z.string() }),
  schedule: { dailyAt: '03:15' },
});

export function cleanupHandler(queue: JobQueue) {
  return handleJob(cleanupJob, async (_payload, { db }) => {
    const now = queue.clock().getTime();
    const done = new Date(now - DONE_RETENTION_DAYS * 86_400_000).toISOString();
    const failed = new Date(now - FAILED_RETENTION_DAYS * 86_400_000).toISOString();
    await db.execute(sql`
      DELETE FROM jobs
      WHERE (status = 'done' AND finished_at < ${done}::timestamptz) OR (status = 'failed' AND finished_at < ${failed}::timestamptz)`);
  });
}
