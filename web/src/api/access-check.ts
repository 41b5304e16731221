import { OPERATION_ACCESS } from './access.ts';
import type { OperationId } from './access.ts';
import type { operations } from './schema.d.ts';
import type { SessionUser } from './index.ts';

export type { OperationId };

// The generated access table and the generated operation types name the same operations.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameOperations: Same<OperationId, keyof operations> = true;

/** The parts of a signed-in user an access rule looks at. */
export type AccessUser = Pick<SessionUser, 'roles'> & { organisation: Pick<SessionUser['organisation'], 'kind'> };

/**
 * Whether `user` passes the role part of an operation's access rule, with the semantics of the
 * server's roleAllowed (src/platform/http/access.ts): a public operation is open to anyone; otherwise
 * the user must be signed in, of the platform organisation if the rule says platformOnly, and hold
 * one of its roles ('any' = every signed-in user), for a rule with organisationRoles one admitted in its
 * organisation's kind. Object-level rules (own organisation, assigned
 * provider, programme advisor) are the server's: check the fields the API returns beside this.
 */
export function mayCall(user: AccessUser | null | undefined, operationId: OperationId): boolean {
  const access = OPERATION_ACCESS[operationId];
  if (access.kind === 'public') return true;
  if (!user) return false;
  if (access.platformOnly && user.organisation.kind !== 'platform') return false;
  if ('organisationRoles' in access) {
    const perKind = access.organisationRoles as Partial<Record<string, readonly string[]>>;
    const admitted = perKind[user.organisation.kind] ?? [];
    return user.roles.some((role) => admitted.includes(role));
  }
  if (access.roles === 'any') return true;
  const roles: readonly string[] = access.roles;
  return user.roles.some((role) => roles.includes(role));
}
