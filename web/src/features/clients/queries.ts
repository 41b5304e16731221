import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';
import type { ClientListQuery } from '../../api/index.ts';

export const PAGE_SIZE = 25;

export const clientKeys = {
  all: ['clients'] as const,
  list: (query: ClientListQuery) => ['clients', 'list', query] as const,
  detail: (id: string) => ['clients', 'detail', id] as const,
  ladder: (id: string) => ['clients', 'detail', id, 'ladder'] as const,
  consents: (id: string) => ['clients', 'detail', id, 'consents'] as const,
};

export const clientListQuery = (query: ClientListQuery) =>
  queryOptions({
    queryKey: clientKeys.list(query),
    queryFn: () => call(api.GET('/api/v1/clients', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const clientQuery = (id: string) =>
  queryOptions({
    queryKey: clientKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/clients/{id}', { params: { path: { id } } })),
  });

export const ladderQuery = (id: string) =>
  queryOptions({
    queryKey: clientKeys.ladder(id),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/ladder-assessments', { params: { path: { id } } })),
  });

export const consentsQuery = (id: string) =>
  queryOptions({
    queryKey: clientKeys.consents(id),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/consents', { params: { path: { id } } })),
  });

export const organisationsQuery = queryOptions({
  queryKey: ['organisations'] as const,
  queryFn: () => call(api.GET('/api/v1/organisations')),
  staleTime: 5 * 60_000,
});
