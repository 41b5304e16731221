import { AppError } from '../../kernel/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import { hasRole, type Actor } from '../../platform/http/access.ts';
import * as repo from './prb.repo.ts';
import { isProgrammeAdvisor, mayOpenProgramme, mayWorkWithParticipant } from './prb.policy.ts';
import type { ParticipantDetailRow } from './prb.repo.ts';

// Finding a programme, participant or proposal for the actor, with the policy's answer: 404 for what the
// actor may not know exists, 403 for the portal user acting on someone else's.

/** Roles of the owning municipality, or an advisor of the programme; anyone else gets 404. */
export async function maySeeProgramme(tx: Db, actor: Actor, programme: repo.ProgrammeRow): Promise<boolean> {
  return mayOpenProgramme(actor, programme, await advises(tx, actor, programme.id));
}

export async function advises(tx: Db, actor: Actor, programmeId: string): Promise<boolean> {
  if (!hasRole(actor, 'prb_werkadviseur')) return false;
  return isProgrammeAdvisor(actor, (await repo.advisedProgrammes(tx, actor.userId, [programmeId])).has(programmeId));
}

/** A programme of the actor's own organisation (to change it or admit to it); otherwise 404. */
export async function ownProgramme(tx: Db, actor: Actor, id: string): Promise<repo.ProgrammeDetailRow> {
  const found = await repo.findProgramme(tx, id);
  if (!found || found.programme.organisationId !== actor.organisationId) throw AppError.notFound('PRB-programma niet gevonden.');
  return found;
}

/** A participant for the klantmanager of the municipality or an advisor of the programme; otherwise 404. */
export async function staffParticipant(tx: Db, actor: Actor, id: string): Promise<ParticipantDetailRow> {
  const found = await repo.findParticipant(tx, id);
  if (!found) throw AppError.notFound('PRB-deelnemer niet gevonden.');
  const p = found.participant;
  if (mayWorkWithParticipant(actor, p, await advises(tx, actor, p.programmeId))) return found;
  throw AppError.notFound('PRB-deelnemer niet gevonden.');
}

export async function staffProposal(tx: Db, actor: Actor, id: string) {
  const proposal = await repo.findProposal(tx, id);
  if (!proposal) throw AppError.notFound('Voorstel niet gevonden.');
  const participant = await staffParticipant(tx, actor, proposal.proposal.participantId).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'not_found' ? AppError.notFound('Voorstel niet gevonden.') : err;
  });
  return { proposal, participant };
}

/** The client's own participation: another one is 403 (the portal user may not act on it), a missing one 404. */
export async function ownParticipant(tx: Db, actor: Actor, clientId: string, id: string): Promise<ParticipantDetailRow> {
  const found = await repo.findParticipant(tx, id);
  if (!found || found.participant.organisationId !== actor.organisationId) throw AppError.notFound('PRB-deelname niet gevonden.');
  if (found.participant.clientId !== clientId) throw AppError.forbidden('Dit is niet uw PRB-deelname.');
  return found;
}

export async function ownProposal(tx: Db, actor: Actor, clientId: string, id: string) {
  const proposal = await repo.findProposal(tx, id);
  if (!proposal || proposal.proposal.organisationId !== actor.organisationId) throw AppError.notFound('Voorstel niet gevonden.');
  const participant = await repo.findParticipant(tx, proposal.proposal.participantId);
  if (!participant || participant.participant.clientId !== clientId) throw AppError.forbidden('Dit is niet uw voorstel.');
  return { proposal, participant };
}
