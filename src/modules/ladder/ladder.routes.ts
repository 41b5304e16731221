import { z } from 'zod';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { ladderPolicy } from './ladder.policy.ts';
import type { LadderService } from './ladder.service.ts';
import { LadderAssessment, LadderAssessmentInput } from './ladder.api.ts';

export function ladderRoutes(ladder: LadderService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/clients/:id/ladder-assessments',
      operationId: 'listLadderAssessments',
      summary: 'Participatieladder: de geschiedenis van een cliënt, oudste eerst',
      tag: 'Participatieladder',
      access: ladderPolicy.read,
      params: idParams,
      response: z.array(LadderAssessment),
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => ladder.history(actor, params.id, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/clients/:id/ladder-assessments',
      operationId: 'recordLadderAssessment',
      summary: 'Trede op de participatieladder vastleggen',
      tag: 'Participatieladder',
      access: ladderPolicy.record,
      params: idParams,
      body: LadderAssessmentInput,
      status: 201,
      response: LadderAssessment,
      errors: [400, 401, 403, 404],
      handler: ({ actor, params, body, trail }) => ladder.record(actor, params.id, body, trail),
    }),
  ];
}
