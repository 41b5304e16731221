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

/** A consent is in force on `today` (Amsterdam date) while not withdrawn and not past its last day. */
export function consentInForce(c: { withdrawnAt: Date | null; validUntil: string | null }, today: string): boolean {
  return c.withdrawnAt === null && (c.validUntil === null || c.validUntil >= today);
}

/**
 * Whether a new consent for a partner may be recorded next to the consents for that partner in force now: always
 * when there are none; never next to one without an end ('already_granted'); next to ones with an end only as a
 * renewal, ending later than the latest of them or not at all (otherwise: that latest end).
 */
export function renewalCheck(
  inForce: readonly { validUntil: string | null }[],
  validUntil: string | null,
): 'ok' | 'already_granted' | { until: string } {
  if (inForce.length === 0) return 'ok';
  if (inForce.some((c) => c.validUntil === null)) return 'already_granted';
  const latest = inForce.map((c) => c.validUntil!).reduce((a, b) => (a > b ? a : b));
  return validUntil === null || validUntil > latest ? 'ok' : { until: latest };
}
