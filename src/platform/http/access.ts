import type { Role, OrganisationKind } from '../../kernel/roles.ts';

/** Who is making the request, resolved from the session. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** Labour-market region code (AMxx) of the organisation, if known. */
  organisationRegion?: string | null;
  roles: Role[];
  csrfToken: string;
  sessionTokenHash: string;
  sessionExpiresAt: Date;
}

/**
 * How a route relates to the client file it addresses, so the access table can say what an
 * organisation without the file, or with a consent only, gets:
 *  - none: not about one client;
 *  - client-read: the owner and partners with consent may read; others get 404;
 *  - client-write: only the owner may change; a partner with consent gets 403, others 404;
 *  - portal: the client's own portal (werkzoekende); a user without a linked client file gets 403.
 */
export type ClientScope = 'none' | 'client-read' | 'client-write' | 'portal';

/** The access rule every route must declare. The access-table test enumerates these. */
export type Access = PublicAccess | SignedInAccess;
export interface PublicAccess {
  kind: 'public';
  /** The policy rule this is ("<module>.<action>"), set by definePolicy. */
  policy?: string;
}
export interface SignedInAccess {
  kind: 'signed-in';
  /** Roles that may call the route at all ('any' = every signed-in user). */
  roles: readonly Role[] | 'any';
  scope: ClientScope;
  /** Only users of the platform organisation (the installation's operator). */
  platformOnly?: boolean;
  /**
   * Per organisation kind, the roles admitted in it (`roles` is then their union): a user of another kind,
   * or holding the role in an organisation of another kind, is refused.
   */
  organisationRoles?: Partial<Record<OrganisationKind, readonly Role[]>>;
  /** The policy rule this is ("<module>.<action>"), set by definePolicy. */
  policy?: string;
}

export const anyone: PublicAccess = { kind: 'public' };
export function signedIn(roles: readonly Role[] | 'any', scope: ClientScope = 'none', platformOnly = false): SignedInAccess {
  return { kind: 'signed-in', roles, scope, platformOnly };
}

/** Signed in with a role that counts only in organisations of a given kind (nazorg: gemeente and inrichting). */
export function signedInAt(
  organisationRoles: Partial<Record<OrganisationKind, readonly Role[]>>,
  scope: ClientScope = 'none',
): SignedInAccess {
  const roles = [...new Set(Object.values(organisationRoles).flat())];
  return { kind: 'signed-in', roles, scope, platformOnly: false, organisationRoles };
}

/** A signed-in user of the client's own portal (the werkzoekende with a linked client file). */
export function portalOnly(): SignedInAccess {
  return signedIn(['werkzoekende'], 'portal');
}

/** The functioneel beheerder of the platform organisation (the installation's operator). */
export function platformAdmin(): SignedInAccess {
  return signedIn(['functioneel_beheerder'], 'none', true);
}

/** A module's named access rules, one per action; each rule knows its name ("clients.register"). */
export type Policy<R extends Record<string, Access> = Record<string, Access>> = { readonly [K in keyof R]: R[K] & { policy: string } };

/**
 * Declares who may do what in one module (`<name>.policy.ts`). Routes reference these rules
 * (`access: clientsPolicy.register`), openapi.json carries them as `x-access`, and a test checks that
 * every route's rule is one of its module's.
 */
export function definePolicy<const R extends Record<string, Access>>(module: string, rules: R): Policy<R> {
  return Object.fromEntries(
    Object.entries(rules).map(([action, rule]) => [action, { ...rule, policy: `${module}.${action}` }]),
  ) as Policy<R>;
}

/** The organisation kinds a rule admits ('any', or the platform only). */
export function organisationKindsOf(access: Access): readonly OrganisationKind[] | 'any' {
  if (access.kind === 'signed-in' && access.organisationRoles) return Object.keys(access.organisationRoles) as OrganisationKind[];
  return access.kind === 'signed-in' && access.platformOnly ? ['platform'] : 'any';
}

export function roleAllowed(access: Access, actor: Actor): boolean {
  if (access.kind === 'public') return true;
  if (access.platformOnly && actor.organisationKind !== 'platform') return false;
  if (access.organisationRoles) {
    const admitted = access.organisationRoles[actor.organisationKind] ?? [];
    return actor.roles.some((r) => admitted.includes(r));
  }
  if (access.roles === 'any') return true;
  return actor.roles.some((r) => (access.roles as readonly Role[]).includes(r));
}

/** The parts of an actor that object-level rules look at (pure functions, testable without a session). */
export type ActorFacts = Pick<Actor, 'userId' | 'organisationId' | 'roles'>;

/** A record of the actor's own organisation (the owner of a client file, vacancy, trajectory, programme). */
export function ownOrganisation(actor: Pick<Actor, 'organisationId'>, record: { organisationId: string }): boolean {
  return record.organisationId === actor.organisationId;
}

export function hasRole(actor: Pick<Actor, 'roles'>, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** Roles that handle client files; other roles never receive personal records. */
export const CLIENT_FILE_ROLES = ['klantmanager', 'jobcoach'] as const satisfies readonly Role[];
/** Roles that may see health limitations (GDPR art. 9 data) on a client file they can open. */
export const HEALTH_ROLES = ['klantmanager', 'jobcoach'] as const satisfies readonly Role[];
