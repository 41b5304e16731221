import { definePolicy, hasRole, signedInAt, type Actor } from '../../platform/http/access.ts';
import type { OrganisationKind, Role } from '../../kernel/roles.ts';

/** The aftercare roles: the municipality's coordinator and the institution's staff, each in their own kind of organisation. */
const AFTERCARE = { gemeente: ['nazorgcoordinator'], penitentiaire_inrichting: ['inrichtingsmedewerker'] } as const satisfies Partial<
  Record<OrganisationKind, readonly Role[]>
>;

/**
 * Aftercare (nazorg) holds criminal-justice data (GDPR art. 10): only the nazorgcoordinator of the
 * municipality where the person will live and the staff of the notifying institution see a notice
 * (ADR 0019). Row-level security enforces the same organisations and roles in the database.
 */
export const aftercarePolicy = definePolicy('aftercare', {
  /** Send a release notice: staff of a penitentiary institution. */
  send: signedInAt({ penitentiaire_inrichting: ['inrichtingsmedewerker'] }),
  /** Emergency path, a release without notice: the municipality's coordinator. */
  registerWithoutNotice: signedInAt({ gemeente: ['nazorgcoordinator'] }),
  /** The notices of the own municipality or institution, one notice. */
  read: signedInAt(AFTERCARE),
  /** The life domains, the release day, the warm handover: both sides. */
  record: signedInAt(AFTERCARE),
  /** The 3- and 6-month assessments, the prolific-offender support, work, the client file: the coordinator. */
  coordinate: signedInAt({ gemeente: ['nazorgcoordinator'] }),
  /** Municipalities and institutions to choose from. */
  organisations: signedInAt(AFTERCARE),
  /** Aggregates only, counts under 10 suppressed. */
  report: signedInAt({ gemeente: ['nazorgcoordinator', 'beleidsadviseur'] }),
});

/** May this actor see this notice: the coordinator of its municipality, or staff of its institution. */
export function maySeeNotice(
  actor: Pick<Actor, 'organisationId' | 'roles'>,
  notice: { municipalityId: string; institutionId: string | null },
): boolean {
  return (
    (hasRole(actor, 'nazorgcoordinator') && actor.organisationId === notice.municipalityId) ||
    (hasRole(actor, 'inrichtingsmedewerker') && notice.institutionId !== null && actor.organisationId === notice.institutionId)
  );
}

/** The municipality's side of a notice (assessments, support, client file). */
export function coordinatesNotice(actor: Pick<Actor, 'organisationId' | 'roles'>, notice: { municipalityId: string }): boolean {
  return hasRole(actor, 'nazorgcoordinator') && actor.organisationId === notice.municipalityId;
}
