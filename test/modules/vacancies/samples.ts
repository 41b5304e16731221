import { freshVacancyFor, vacancyEmployerFor, vacancyFor, vacancyInput } from './factories.ts';
import { VACANCY_WRITE_ROLES } from '../../../src/modules/vacancies/vacancies.policy.ts';
import { moduleSamples } from '../../access/sample.ts';

/** One access-table request per route of the vacancies module (test/integration/access-table.int.test.ts). */
export const samples = moduleSamples('vacancies', {
  listVacancies: { query: '?status=open' },
  createVacancy: { body: async (c) => vacancyInput(await vacancyEmployerFor(c)) },
  getVacancy: { params: async (c) => ({ id: await vacancyFor(c) }) },
  updateVacancy: { params: async (c) => ({ id: await vacancyFor(c) }), body: () => ({ hoursPerWeek: 30 }) },
  closeVacancy: { params: async (c) => ({ id: await freshVacancyFor(c, VACANCY_WRITE_ROLES) }), body: () => ({ reason: 'ingetrokken' }) },
  listPublicVacancies: { query: '?q=schoonmaker' },
  listPortalVacancies: {},
});
