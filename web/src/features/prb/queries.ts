import { queryOptions } from '@tanstack/react-query';
import { getMyPrb, getPrbParticipant, getPrbProgramme, listPrbProgrammes } from '../../api/index.ts';

export const prbKeys = {
  all: ['prb'] as const,
  programmes: ['prb', 'programmes'] as const,
  programme: (id: string) => ['prb', 'programme', id] as const,
  participant: (id: string) => ['prb', 'participant', id] as const,
  mine: ['prb', 'mine'] as const,
};

export const prbProgrammesQuery = queryOptions({
  queryKey: prbKeys.programmes,
  queryFn: listPrbProgrammes,
});

export const prbProgrammeQuery = (id: string) =>
  queryOptions({
    queryKey: prbKeys.programme(id),
    queryFn: () => getPrbProgramme(id),
  });

export const prbParticipantQuery = (id: string) =>
  queryOptions({
    queryKey: prbKeys.participant(id),
    queryFn: () => getPrbParticipant(id),
  });

export const myPrbQuery = queryOptions({
  queryKey: prbKeys.mine,
  queryFn: getMyPrb,
});
