import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';

export const polisKeys = {
  /** Under the client's detail key, so refreshing the client file refreshes its polis too. */
  forClient: (clientId: string) => ['clients', 'detail', clientId, 'polisses'] as const,
  detail: (id: string) => ['polisses', id] as const,
  mine: ['portal', 'polisses'] as const,
  profile: ['portal', 'me'] as const,
  portalAccount: (clientId: string) => ['clients', 'detail', clientId, 'portal-account'] as const,
};

export const portalAccountQuery = (clientId: string) =>
  queryOptions({
    queryKey: polisKeys.portalAccount(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/portal-account', { params: { path: { id: clientId } } })),
  });

export const clientPolissesQuery = (clientId: string) =>
  queryOptions({
    queryKey: polisKeys.forClient(clientId),
    queryFn: () => call(api.GET('/api/v1/clients/{id}/polisses', { params: { path: { id: clientId } } })),
  });

export const polisQuery = (id: string) =>
  queryOptions({
    queryKey: polisKeys.detail(id),
    queryFn: () => call(api.GET('/api/v1/polisses/{id}', { params: { path: { id } } })),
  });

export const myPolissesQuery = queryOptions({
  queryKey: polisKeys.mine,
  queryFn: () => call(api.GET('/api/v1/portal/polisses')),
});

export const portalProfileQuery = queryOptions({
  queryKey: polisKeys.profile,
  queryFn: () => call(api.GET('/api/v1/portal/me')),
  staleTime: 5 * 60_000,
});
