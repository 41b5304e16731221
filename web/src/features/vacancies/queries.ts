import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getVacancy, listCandidates, listMatchingVacancies, listProposals, listVacancies } from '../../api/index.ts';
import type { VacancyListQuery } from '../../api/index.ts';

export const VACANCY_PAGE_SIZE = 25;

export const vacancyKeys = {
  all: ['vacancies'] as const,
  list: (query: VacancyListQuery) => ['vacancies', 'list', query] as const,
  detail: (id: string) => ['vacancies', 'detail', id] as const,
  candidates: (id: string) => ['vacancies', 'detail', id, 'candidates'] as const,
  proposals: (id: string) => ['vacancies', 'detail', id, 'proposals'] as const,
  forClient: (clientId: string) => ['clients', 'detail', clientId, 'vacancies'] as const,
};

export const vacancyListQuery = (query: VacancyListQuery) =>
  queryOptions({
    queryKey: vacancyKeys.list(query),
    queryFn: () => listVacancies(query),
    placeholderData: keepPreviousData,
  });

export const vacancyQuery = (id: string) =>
  queryOptions({
    queryKey: vacancyKeys.detail(id),
    queryFn: () => getVacancy(id),
  });

export const candidatesQuery = (id: string) =>
  queryOptions({
    queryKey: vacancyKeys.candidates(id),
    queryFn: () => listCandidates(id, 20),
  });

export const proposalsQuery = (id: string) =>
  queryOptions({
    queryKey: vacancyKeys.proposals(id),
    queryFn: () => listProposals(id),
  });

export const clientVacanciesQuery = (clientId: string) =>
  queryOptions({
    queryKey: vacancyKeys.forClient(clientId),
    queryFn: () => listMatchingVacancies(clientId, 10),
  });
