import type { Role } from '../../kernel/roles.ts';
import { definePolicy, hasRole, ownOrganisation, portalOnly, signedIn, type ActorFacts } from '../../platform/http/access.ts';

/** Who may see PRB programmes (beleidsadviseur and functioneel beheerder: counts only). */
export const PRB_PROGRAMME_ROLES = [
  'klantmanager',
  'prb_werkadviseur',
  'functioneel_beheerder',
  'beleidsadviseur',
] as const satisfies readonly Role[];
export const PRB_PROGRAMME_WRITE_ROLES = ['functioneel_beheerder', 'klantmanager'] as const satisfies readonly Role[];
/** Who works on a participant's proposals: the case manager and the programme's advisors. */
export const PRB_PARTICIPANT_ROLES = ['klantmanager', 'prb_werkadviseur'] as const satisfies readonly Role[];

/** The personal re-integration budget: programmes, participants, proposals, decisions and invoices. */
export const prbPolicy = definePolicy('prb', {
  /** List and open programmes (mayOpenProgramme). */
  readProgrammes: signedIn(PRB_PROGRAMME_ROLES),
  /** Create a programme and add advisors to it (of the own organisation). */
  manageProgrammes: signedIn(PRB_PROGRAMME_WRITE_ROLES),
  /** Admit a client of the caseload (the programme's organisation only). */
  admit: signedIn(['klantmanager']),
  /** A participant's page and proposals: the klantmanager of the municipality or an advisor of the programme (mayWorkWithParticipant). */
  participant: signedIn(PRB_PARTICIPANT_ROLES),
  /** The final word on a proposal (the municipality's klantmanager). */
  decide: signedIn(['klantmanager']),
  recordInvoice: signedIn(['klantmanager']),
  /** "Mijn PRB" in the client portal. */
  portal: portalOnly(),
});

/** Roles of the owning municipality, or an advisor of this programme; anyone else gets 404. */
export function mayOpenProgramme(
  actor: Pick<ActorFacts, 'organisationId' | 'roles'>,
  programme: { organisationId: string },
  advisesThisProgramme: boolean,
): boolean {
  if (ownOrganisation(actor, programme) && hasRole(actor, 'klantmanager', 'functioneel_beheerder', 'beleidsadviseur')) return true;
  return isProgrammeAdvisor(actor, advisesThisProgramme);
}

/** A prb_werkadviseur who was added to this programme (the advisor list is looked up by the caller). */
export function isProgrammeAdvisor(actor: Pick<ActorFacts, 'roles'>, advisesThisProgramme: boolean): boolean {
  return hasRole(actor, 'prb_werkadviseur') && advisesThisProgramme;
}

/** A participant for the klantmanager of the municipality or an advisor of the programme; otherwise 404. */
export function mayWorkWithParticipant(
  actor: Pick<ActorFacts, 'organisationId' | 'roles'>,
  participant: { organisationId: string },
  advisesThisProgramme: boolean,
): boolean {
  return (hasRole(actor, 'klantmanager') && ownOrganisation(actor, participant)) || isProgrammeAdvisor(actor, advisesThisProgramme);
}

/** Decisions and invoices: only the klantmanager of the municipality that owns the participant. */
export function mayDecide(actor: Pick<ActorFacts, 'organisationId' | 'roles'>, participant: { organisationId: string }): boolean {
  return hasRole(actor, 'klantmanager') && ownOrganisation(actor, participant);
}
