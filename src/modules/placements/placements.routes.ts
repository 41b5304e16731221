import { z } from 'zod';
import type { Role } from '../../kernel/roles.ts';
import { signedIn } from '../../platform/http/access.ts';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import type { PlacementsService } from './placements.service.ts';
import { PlacementCheck, PlacementCheckInput, PortalProposal, Proposal, ProposalInput, ProposalPatch } from './placements.api.ts';

/** Who follows proposals and placements of their own organisation. */
export const PROPOSAL_READ_ROLES = [
  'klantmanager',
  'werkgeversadviseur',
  'jobcoach',
  'nazorgcoordinator',
] as const satisfies readonly Role[];
/** Who records the outcome (interview, placed, rejected). */
export const PROPOSAL_WRITE_ROLES = ['klantmanager', 'werkgeversadviseur'] as const satisfies readonly Role[];
/** Who records whether the person is still at work after 6 and 12 months (aftercare). */
export const CHECK_ROLES = ['klantmanager', 'jobcoach', 'nazorgcoordinator'] as const satisfies readonly Role[];

export function placementRoutes(placements: PlacementsService): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/v1/vacancies/:id/proposals',
      operationId: 'proposeCandidate',
      summary: 'Kandidaat voorstellen voor een vacature (cliënt en vacature moeten zichtbaar zijn voor uw organisatie)',
      tag: 'Voorstellen en plaatsingen',
      access: signedIn(['klantmanager']),
      params: idParams,
      body: ProposalInput,
      status: 201,
      response: Proposal,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => placements.propose(actor, params.id, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/vacancies/:id/proposals',
      operationId: 'listVacancyProposals',
      summary: 'Voorstellen voor een vacature die uw organisatie deed',
      tag: 'Voorstellen en plaatsingen',
      access: signedIn(PROPOSAL_READ_ROLES),
      params: idParams,
      response: z.array(Proposal),
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => placements.listForVacancy(actor, params.id, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/proposals/:id',
      operationId: 'getProposal',
      summary: 'Voorstel met plaatsing en controles na 6 en 12 maanden',
      tag: 'Voorstellen en plaatsingen',
      access: signedIn(PROPOSAL_READ_ROLES),
      params: idParams,
      response: Proposal,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => placements.get(actor, params.id, trail),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/proposals/:id',
      operationId: 'updateProposal',
      summary: 'Uitkomst vastleggen: op gesprek, geplaatst (met plaatsingsgegevens) of afgewezen (met reden)',
      tag: 'Voorstellen en plaatsingen',
      access: signedIn(PROPOSAL_WRITE_ROLES),
      params: idParams,
      body: ProposalPatch,
      response: Proposal,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => placements.update(actor, params.id, body, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/proposals/:id/introduction-consent',
      operationId: 'recordIntroductionConsent',
      summary: 'De cliënt stemt in met introductie bij de werkgever (naam en contactgegevens worden zichtbaar in het werkgeversportaal)',
      tag: 'Voorstellen en plaatsingen',
      access: signedIn(['klantmanager']),
      params: idParams,
      response: Proposal,
      errors: [401, 403, 404, 409],
      handler: ({ actor, params, trail }) => placements.recordIntroductionConsent(actor, params.id, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/proposals/:id/checks',
      operationId: 'recordPlacementCheck',
      summary: 'Plaatsing nagaan na 6 of 12 maanden: werkt de persoon er nog?',
      tag: 'Voorstellen en plaatsingen',
      access: signedIn(CHECK_ROLES),
      params: idParams,
      body: PlacementCheckInput,
      status: 201,
      response: PlacementCheck,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => placements.recordCheck(actor, params.id, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/employer-portal/proposals',
      operationId: 'listPortalProposals',
      summary: 'Werkgeversportaal: voorgestelde kandidaten, zonder naam of BSN tot de cliënt instemt met introductie',
      tag: 'Werkgeversportaal',
      access: signedIn(['werkgever']),
      response: z.array(PortalProposal),
      errors: [401, 403],
      handler: ({ actor, trail }) => placements.listForPortal(actor, trail),
    }),
  ];
}
