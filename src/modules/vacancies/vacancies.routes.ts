import { z } from 'zod';
import type { Role } from '../../kernel/roles.ts';
import { anyone, signedIn } from '../../platform/http/access.ts';
import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import type { VacanciesService } from './vacancies.service.ts';
import {
  PortalVacancy,
  PublicVacancyPage,
  PublicVacancyQuery,
  Vacancy,
  VacancyClose,
  VacancyInput,
  VacancyListQuery,
  VacancyPage,
  VacancyPatch,
} from './vacancies.api.ts';

/** Who works with vacancies: employer account managers register them, case managers and job coaches look for work. */
export const VACANCY_READ_ROLES = ['klantmanager', 'werkgeversadviseur', 'jobcoach'] as const satisfies readonly Role[];
export const VACANCY_WRITE_ROLES = ['werkgeversadviseur', 'klantmanager'] as const satisfies readonly Role[];

export function vacancyRoutes(vacancies: VacanciesService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/vacancies',
      operationId: 'listVacancies',
      summary: 'Vacatures die de organisatie mag zien: eigen, van regiopartners (zichtbaarheid regio) en openbare',
      tag: 'Vacatures',
      access: signedIn(VACANCY_READ_ROLES),
      query: VacancyListQuery,
      response: VacancyPage,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => vacancies.list(actor, query, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/vacancies',
      operationId: 'createVacancy',
      summary: 'Vacature van een werkgever invoeren',
      tag: 'Vacatures',
      access: signedIn(VACANCY_WRITE_ROLES),
      body: VacancyInput,
      status: 201,
      response: Vacancy,
      errors: [400, 401, 403],
      handler: ({ actor, body, trail }) => vacancies.create(actor, body, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/vacancies/:id',
      operationId: 'getVacancy',
      summary: 'Vacature',
      tag: 'Vacatures',
      access: signedIn(VACANCY_READ_ROLES),
      params: idParams,
      response: Vacancy,
      errors: [401, 403, 404],
      handler: ({ actor, params, trail }) => vacancies.get(actor, params.id, trail),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/vacancies/:id',
      operationId: 'updateVacancy',
      summary: 'Vacature wijzigen (alleen de organisatie die haar invoerde, zolang zij open is)',
      tag: 'Vacatures',
      access: signedIn(VACANCY_WRITE_ROLES),
      params: idParams,
      body: VacancyPatch,
      response: Vacancy,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => vacancies.update(actor, params.id, body, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/vacancies/:id/close',
      operationId: 'closeVacancy',
      summary: 'Vacature sluiten: vervuld of ingetrokken',
      tag: 'Vacatures',
      access: signedIn(VACANCY_WRITE_ROLES),
      params: idParams,
      body: VacancyClose,
      response: Vacancy,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => vacancies.close(actor, params.id, body.reason, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/public/vacancies',
      operationId: 'listPublicVacancies',
      summary: 'Openbare vacaturesite (zonder inloggen): alleen openbare, open vacatures',
      tag: 'Openbare vacaturesite',
      access: anyone,
      query: PublicVacancyQuery,
      response: PublicVacancyPage,
      errors: [400],
      handler: ({ query }) => vacancies.listPublic(query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/employer-portal/vacancies',
      operationId: 'listPortalVacancies',
      summary: 'Werkgeversportaal: de eigen vacatures van de werkgever',
      tag: 'Werkgeversportaal',
      access: signedIn(['werkgever']),
      response: z.array(PortalVacancy),
      errors: [401, 403],
      handler: ({ actor, trail }) => vacancies.listForPortal(actor, trail),
    }),
  ];
}
