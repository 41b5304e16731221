import type { Actor } from '../../platform/http/access.ts';

/** A functioneel beheerder manages the users of their own organisation; the platform's beheerder, of all. */
export function canManageUsersOf(actor: Actor, organisationId: string): boolean {
  if (!actor.roles.includes('functioneel_beheerder')) return false;
  return actor.organisationKind === 'platform' || actor.organisationId === organisationId;
}
