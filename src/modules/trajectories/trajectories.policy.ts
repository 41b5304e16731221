import type { Role } from '../../kernel/roles.ts';
import { CLIENT_FILE_ROLES, definePolicy, ownOrganisation, signedIn, type ActorFacts } from '../../platform/http/access.ts';

/** Who reads the instrument catalogue. */
export const INSTRUMENT_READ_ROLES = [
  'klantmanager',
  'jobcoach',
  'functioneel_beheerder',
  'beleidsadviseur',
] as const satisfies readonly Role[];
/** Who follows trajectories: the municipality's case managers and the provider's staff. */
export const TRAJECTORY_ROLES = ['klantmanager', 'jobcoach'] as const satisfies readonly Role[];
/** Who reads provider assignments (policy advisers and administrators: aggregates only, no client names). */
export const ASSIGNMENT_READ_ROLES = [
  'klantmanager',
  'jobcoach',
  'functioneel_beheerder',
  'beleidsadviseur',
] as const satisfies readonly Role[];
export const ASSIGNMENT_CREATE_ROLES = ['klantmanager', 'functioneel_beheerder'] as const satisfies readonly Role[];

/** Instruments, trajectories and the assignments a municipality gives to re-integration providers. */
export const trajectoriesPolicy = definePolicy('trajectories', {
  readInstruments: signedIn(INSTRUMENT_READ_ROLES),
  manageInstruments: signedIn(['functioneel_beheerder']),
  /** A client's trajectories: with the client file. */
  readClientTrajectories: signedIn(CLIENT_FILE_ROLES, 'client-read'),
  /** Start a trajectory for a client the organisation owns. */
  start: signedIn(['klantmanager'], 'client-write'),
  /** Open a trajectory and read or report its progress: the owner and the assigned provider (mayFollowTrajectory). */
  follow: signedIn(TRAJECTORY_ROLES),
  /** Close with the outcome: the klantmanager of the owning organisation (mayCloseTrajectory). */
  close: signedIn(['klantmanager']),
  readAssignments: signedIn(ASSIGNMENT_READ_ROLES),
  createAssignment: signedIn(ASSIGNMENT_CREATE_ROLES),
  /** Assign clients to (and end them in) an assignment the organisation gave (ownsAssignment). */
  assignClients: signedIn(['klantmanager']),
});

interface TrajectoryParties {
  organisationId: string;
  providerOrganisationId: string | null;
}

// Who sees a trajectory (the organisation that started it and the assigned provider) is decided in the
// repository's query and again by row-level security; see docs/rls-policies.sql.

/** Only the organisation that started a trajectory closes it; the provider reports progress (403 otherwise). */
export function mayCloseTrajectory(actor: Pick<ActorFacts, 'organisationId'>, trajectory: TrajectoryParties): boolean {
  return ownOrganisation(actor, trajectory);
}

/** Only the municipality that gave an assignment assigns clients to it; the provider reads it (403 otherwise). */
export function ownsAssignment(actor: Pick<ActorFacts, 'organisationId'>, assignment: { organisationId: string }): boolean {
  return ownOrganisation(actor, assignment);
}
