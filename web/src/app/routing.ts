import { mayCall } from '../api/access-check.ts';
import type { OperationId } from '../api/access-check.ts';
import type { SessionUser } from '../api/index.ts';
import { ForbiddenError } from './errors.ts';

/** A route guard (beforeLoad) for pages under the session route: ForbiddenError unless `check(user)`. */
export function requireRole(check: (user: SessionUser) => boolean) {
  return ({ context }: { context: { user: SessionUser } }) => {
    if (!check(context.user)) throw new ForbiddenError();
  };
}

/** A route guard for a page that is about one API operation: ForbiddenError unless the user may call it. */
export function requireAccess(operationId: OperationId) {
  return requireRole((user) => mayCall(user, operationId));
}

// ---- search-parameter validators (validateSearch coerces the plain query strings) ----

export function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

export function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
