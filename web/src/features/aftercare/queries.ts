import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, call, type QueryOf, type ResponseOf } from '../../api/index.ts';

export type Notice = ResponseOf<'getReleaseNotice'>;

export const aftercareKeys = {
  all: ['aftercare'] as const,
  list: (status: 'open' | 'all') => ['aftercare', 'list', status] as const,
  notice: (id: string) => ['aftercare', 'notice', id] as const,
  organisations: ['aftercare', 'organisations'] as const,
  report: (query: QueryOf<'aftercareReport'>) => ['aftercare', 'report', query] as const,
};

export const noticesQuery = (status: 'open' | 'all') =>
  queryOptions({
    queryKey: aftercareKeys.list(status),
    queryFn: () => call(api.GET('/api/v1/aftercare/notices', { params: { query: { status } } })),
  });

export const noticeQuery = (id: string) =>
  queryOptions({
    queryKey: aftercareKeys.notice(id),
    queryFn: () => call(api.GET('/api/v1/aftercare/notices/{id}', { params: { path: { id } } })),
  });

export const aftercareOrganisationsQuery = () =>
  queryOptions({
    queryKey: aftercareKeys.organisations,
    queryFn: () => call(api.GET('/api/v1/aftercare/organisations')),
    staleTime: 5 * 60_000,
  });

export const aftercareReportQuery = (query: QueryOf<'aftercareReport'>) =>
  queryOptions({
    queryKey: aftercareKeys.report(query),
    queryFn: () => call(api.GET('/api/v1/aftercare/report', { params: { query } })),
  });

/** Keeps the page's notice current after a change (every change answers with the whole notice). */
export function useNoticeUpdate() {
  const queryClient = useQueryClient();
  return async (notice: Notice) => {
    queryClient.setQueryData(aftercareKeys.notice(notice.id), notice);
    await queryClient.invalidateQueries({ queryKey: ['aftercare', 'list'] });
  };
}
