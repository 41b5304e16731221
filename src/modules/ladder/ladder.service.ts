import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import { LADDER_ACTIVITIES } from './ladder.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import type { LadderAssessment, LadderAssessmentInput } from './ladder.api.ts';
import { toLadderAssessment } from './ladder.mapper.ts';
import * as repo from './ladder.repo.ts';

export class LadderService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    private readonly clients: ClientsService,
  ) {}

  async history(actor: Actor, clientId: string, trail: Trail): Promise<LadderAssessment[]> {
    return this.useCase(actor, trail, { action: 'ladder.list', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.clients.load(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, LADDER_ACTIVITIES.ladderView, [found.client.bsn]);
      return (await repo.listAssessments(tx, clientId)).map(toLadderAssessment);
    });
  }

  async record(actor: Actor, clientId: string, input: LadderAssessmentInput, trail: Trail): Promise<LadderAssessment> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'ladder.record', objectType: 'ladder_assessment', objectId: id }, async (tx) => {
      const found = await this.clients.loadOwned(tx, actor, clientId);
      await repo.insertAssessment(tx, {
        id,
        clientId,
        organisationId: actor.organisationId,
        rung: input.rung,
        growthPotential: input.growthPotential,
        assessedOn: input.assessedOn,
        assessorId: actor.userId,
        notes: input.notes,
      });
      await this.audit.processing(tx, actor, trail, LADDER_ACTIVITIES.ladderRecord, [found.client.bsn]);
      return toLadderAssessment((await repo.findAssessment(tx, id))!);
    });
  }
}
