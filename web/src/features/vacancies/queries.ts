import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';
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
    queryFn: () => call(api.GET('/api/v1/vacancies', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const vacancyQuery = (id: string) =>
  queryOptions({
    queryKey: vacancyKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/vacancies/{id}', { params: { path: { id } } })),
  });

export const candidatesQuery = (id: string) =>
  queryOptions({
    queryKey: vacancyKeys.candidates(id),
    queryFn: () => call(api.GET('/api/v1/vacancies/{id}/candidates', { params: { path: { id }, query: { limit: 20 } } })),
  });

export const proposalsQuery = (id: string) =>
  queryOptions({
    queryKey: vacancyKeys.proposals(id),
    queryFn: () => call(api.GET('/api/v1/vacancies/{id}/proposals', { params: { path: { id } } })),
  });

export const clientVacanciesQuery = (clientId: string) =>
  queryOptions({
    queryKey: vacancyKeys.forClient(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/vacancies', { params: { path: { id: clientId }, query: { limit: 10 } } })),
  });
