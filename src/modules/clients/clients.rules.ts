import type { Role } from '../../kernel/roles.ts';
import { HEALTH_ROLES } from '../../platform/http/access.ts';

/** "Fatima el Amrani", "Jan van der Berg": how Dutch names are written in running text. */
export function displayName(c: { firstName: string; surnamePrefix: string | null; surname: string }): string {
  return [c.firstName, c.surnamePrefix, c.surname].filter(Boolean).join(' ');
}

/** The lower-case text the caseload search matches against. */
export function searchName(c: { firstName: string; surnamePrefix: string | null; surname: string }): string {
  return displayName(c).toLowerCase();
}

export function mayViewHealth(roles: readonly Role[]): boolean {
  return roles.some((r) => (HEALTH_ROLES as readonly Role[]).includes(r));
}
