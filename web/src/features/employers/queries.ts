import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';
import type { EmployerListQuery } from '../../api/index.ts';

export const EMPLOYER_PAGE_SIZE = 25;

export const employerKeys = {
  all: ['employers'] as const,
  list: (query: EmployerListQuery) => ['employers', 'list', query] as const,
  detail: (id: string) => ['employers', 'detail', id] as const,
  contactMoments: (id: string) => ['employers', 'detail', id, 'contact-moments'] as const,
};

export const employerListQuery = (query: EmployerListQuery) =>
  queryOptions({
    queryKey: employerKeys.list(query),
    queryFn: () => call(api.GET('/api/v1/employers', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const employerQuery = (id: string) =>
  queryOptions({
    queryKey: employerKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/employers/{id}', { params: { path: { id } } })),
  });

export const contactMomentsQuery = (id: string) =>
  queryOptions({
    queryKey: employerKeys.contactMoments(id),
    queryFn: () => call(api.GET('/api/v1/employers/{id}/contact-moments', { params: { path: { id } } })),
  });
