import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';

export const prbKeys = {
  all: ['prb'] as const,
  programmes: ['prb', 'programmes'] as const,
  programme: (id: string) => ['prb', 'programme', id] as const,
  participant: (id: string) => ['prb', 'participant', id] as const,
  mine: ['prb', 'mine'] as const,
};

export const prbProgrammesQuery = queryOptions({
  queryKey: prbKeys.programmes,
  queryFn: () => call(api.GET('/api/v1/prb-programmes')),
});

export const prbProgrammeQuery = (id: string) =>
  queryOptions({
    queryKey: prbKeys.programme(id),
    queryFn: () => call(api.GET('/api/v1/prb-programmes/{id}', { params: { path: { id } } })),
  });

export const prbParticipantQuery = (id: string) =>
  queryOptions({
    queryKey: prbKeys.participant(id),
    queryFn: () => call(api.GET('/api/v1/prb-participants/{id}', { params: { path: { id } } })),
  });

export const myPrbQuery = queryOptions({
  queryKey: prbKeys.mine,
  queryFn: () => call(api.GET('/api/v1/portal/prb')),
});
