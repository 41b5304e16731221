import { ROLES, type Role } from '../../kernel/roles.ts';
import { CLIENT_FILE_ROLES, definePolicy, hasRole, ownOrganisation, signedIn, type ActorFacts } from '../../platform/http/access.ts';

/** Roles of people who work for an organisation; the client (werkzoekende) and employer portals have no work queue. */
export const WORKLIST_ROLES = ROLES.filter((r) => !['werkzoekende', 'werkgever', 'inlener'].includes(r)) as readonly Role[];

/** The work queue: every professional has one (their own tasks and their teams'). */
export const worklistPolicy = definePolicy('worklist', {
  /** Tasks assigned to the caller or to one of the caller's roles in their organisation. */
  list: signedIn(WORKLIST_ROLES),
  /** A task by hand, about a subject the organisation may see (a client only for roles that handle client files). */
  create: signedIn(WORKLIST_ROLES),
  /** Complete or cancel a task the caller may handle (others get 404). */
  handle: signedIn(WORKLIST_ROLES),
});

export interface TaskFacts {
  organisationId: string;
  assigneeUserId: string | null;
  assigneeRole: string | null;
  createdByUserId: string | null;
  clientId: string | null;
}

/** A task is the caller's: assigned to them or to one of their roles, in their own organisation. */
export function isAssignedTo(actor: Pick<ActorFacts, 'userId' | 'organisationId' | 'roles'>, task: TaskFacts): boolean {
  if (!ownOrganisation(actor, task)) return false;
  return task.assigneeUserId === actor.userId || (task.assigneeRole !== null && actor.roles.includes(task.assigneeRole as Role));
}

/** Who may complete or cancel a task: whoever it is assigned to, and whoever made it by hand. */
export function mayHandleTask(actor: Pick<ActorFacts, 'userId' | 'organisationId' | 'roles'>, task: TaskFacts): boolean {
  return isAssignedTo(actor, task) || (ownOrganisation(actor, task) && task.createdByUserId === actor.userId);
}

/**
 * A task about a client is only for roles that handle client files (and then only while the organisation
 * may see the file: the service asks the clients module).
 */
export function mayWorkOnClients(actor: Pick<ActorFacts, 'roles'>): boolean {
  return hasRole(actor, ...CLIENT_FILE_ROLES);
}

/** A user or team may be given a task about a client only when it handles client files. */
export function rolesHandleClients(roles: readonly Role[]): boolean {
  return roles.some((r) => (CLIENT_FILE_ROLES as readonly Role[]).includes(r));
}
