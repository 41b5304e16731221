/** PostgreSQL error inspection; Drizzle wraps driver errors, so the code may sit on `cause`. */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } | null {
  for (
    let e = err as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code))
      return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
  }
  return null;
}

/** A unique-index violation (23505), optionally of one named index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const pg = pgErrorOf(err);
  return (
    pg?.code === '23505' && (!constraint || pg.constraint === constraint || String((err as Error)?.message ?? '').includes(constraint))
  );
}
