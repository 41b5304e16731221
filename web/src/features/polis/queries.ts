import { queryOptions } from '@tanstack/react-query';
import { getClientPortalAccount, getPolis, getPortalProfile, listClientPolisses, listMyPolisses } from '../../api/index.ts';

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
    queryFn: () => getClientPortalAccount(clientId),
  });

export const clientPolissesQuery = (clientId: string) =>
  queryOptions({
    queryKey: polisKeys.forClient(clientId),
    queryFn: () => listClientPolisses(clientId),
  });

export const polisQuery = (id: string) =>
  queryOptions({
    queryKey: polisKeys.detail(id),
    queryFn: () => getPolis(id),
  });

export const myPolissesQuery = queryOptions({
  queryKey: polisKeys.mine,
  queryFn: listMyPolisses,
});

export const portalProfileQuery = queryOptions({
  queryKey: polisKeys.profile,
  queryFn: getPortalProfile,
  staleTime: 5 * 60_000,
});
