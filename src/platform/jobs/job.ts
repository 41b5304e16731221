import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { assertValidSchedule, type Schedule } from './schedule.ts';

/**
 * A kind of background work: its name (`<module>.<what>`, e.g. `mail.send`), the shape of its payload
 * (checked when it is enqueued and again when it runs), and how it is retried. A scheduled job has the
 * payload `{ occurrence }` (the ISO time of the slot it runs for) and is enqueued by the workers
 * themselves, once per occurrence.
 */
export interface JobType<P> {
  name: string;
  payload: z.ZodType<P>;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts: number;
  /** Milliseconds to wait before attempt `attempt + 1`, after attempt `attempt` failed. */
  backoff(attempt: number): number;
  /** How long one attempt may hold the job before another worker may take it over (default 5 minutes). */
  leaseMs: number;
  /** The payload holds personal data (an e-mail address): it is emptied once the job is done or failed. */
  personalData: boolean;
  schedule?: Schedule;
}

export interface JobContext {
  /** The application connection (no tenant context is set: open one with inTenant where a tenant is meant). */
  db: Db;
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** A job type with the code that runs it; modules declare these in `jobs` (see ModuleDefinition). */
export interface JobHandler<P = unknown> {
  job: JobType<P>;
  run(payload: P, ctx: JobContext): Promise<void>;
}

/** Thrown by a handler for a failure that retrying cannot mend (bad configuration, a thing that is gone). */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** Exponential backoff: 30 s, 1 min, 2 min, … up to one hour. */
export function exponentialBackoff(baseMs = 30_000, maxMs = 3_600_000): (attempt: number) => number {
  return (attempt) => Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export function defineJob<P>(def: {
  name: string;
  payload: z.ZodType<P>;
  maxAttempts?: number;
  backoff?: (attempt: number) => number;
  leaseMs?: number;
  personalData?: boolean;
  schedule?: Schedule;
}): JobType<P> {
  if (!NAME.test(def.name)) throw new Error(`Taaknaam "${def.name}" moet de vorm module.werk hebben (kleine letters).`);
  if (def.schedule) {
    assertValidSchedule(def.name, def.schedule);
    if (!def.payload.safeParse({ occurrence: new Date(0).toISOString() }).success)
      throw new Error(`Taak ${def.name} heeft een rooster; de payload moet { occurrence: string } zijn.`);
  }
  return {
    name: def.name,
    payload: def.payload,
    maxAttempts: def.maxAttempts ?? 5,
    backoff: def.backoff ?? exponentialBackoff(),
    leaseMs: def.leaseMs ?? 5 * 60_000,
    personalData: def.personalData ?? false,
    schedule: def.schedule,
  };
}

/** Pairs a job type with the code that runs it. */
export function handleJob<P>(job: JobType<P>, run: (payload: P, ctx: JobContext) => Promise<void>): JobHandler<P> {
  return { job, run };
}
