import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext, useSearch } from '@tanstack/react-router';
import type { TrajectoryStatus } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { TrajectoriesSearch } from '../../app/router.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { rungShort } from '../ladder/rungs.ts';
import { TRAJECTORY_PAGE_SIZE, trajectoryListQuery } from './queries.ts';
import { rungChangeText, TrajectoryStatusBadge } from './TrajectoriesSection.tsx';
import '../../ui/tags.css';

const STATUS_BY_SEARCH: Record<NonNullable<TrajectoriesSearch['filter']>, TrajectoryStatus> = {
  lopend: 'running',
  afgesloten: 'closed',
};

/** All trajectories the user may see: of the own organisation's clients, and those run as a provider. */
export function TrajectoriesPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { user } = useRouteContext({ from: '/auth/trajecten/' });
  const search = useSearch({ from: '/auth/trajecten/' });
  const page = search.page ?? 1;
  const status = search.filter ? STATUS_BY_SEARCH[search.filter] : undefined;
  const list = useQuery(trajectoryListQuery({ status, page, pageSize: TRAJECTORY_PAGE_SIZE }));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const caption = data ? t('trajectories.listCaption', { page: data.page, pages, total: data.total }) : '';

  const filters: { value: TrajectoriesSearch['filter']; label: string }[] = [
    { value: undefined, label: t('trajectories.filterAll') },
    { value: 'lopend', label: t('trajectoryStatus.running') },
    { value: 'afgesloten', label: t('trajectoryStatus.closed') },
  ];

  return (
    <>
      <PageHeader title={t('trajectories.title')} lead={t('trajectories.listIntro')} />
      <nav aria-label={t('trajectories.filter')} className="wp-section">
        <ul className="wp-tags">
          {filters.map((f, index) => (
            <li key={f.value ?? 'all'}>
              {index > 0 ? <span aria-hidden="true">· </span> : null}
              {search.filter === f.value ? (
                <strong aria-current="true">{f.label}</strong>
              ) : (
                <Link to="/trajecten" search={f.value ? { filter: f.value } : {}} className="utrecht-link">
                  {f.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <section className="wp-section" aria-label={t('trajectories.title')}>
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <p className="utrecht-paragraph">{status ? t('trajectories.noneFiltered') : t('trajectories.none')}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
              <table className="utrecht-table utrecht-table--html-table wp-table" aria-busy={list.isFetching || undefined}>
                <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.client')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.instrument')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.owner')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.provider')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.period')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.goalRung')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.status')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('trajectories.rungs')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.items.map((tr) => (
                    <tr className="utrecht-table__row" key={tr.id}>
                      <th scope="row" className="utrecht-table__cell wp-table__row-header">
                        <Link to="/trajecten/$id" params={{ id: tr.id }} className="utrecht-link">
                          {tr.clientDisplayName}
                        </Link>
                      </th>
                      <td className="utrecht-table__cell">{tr.instrument.name}</td>
                      <td className="utrecht-table__cell">
                        {tr.organisationId === user.organisation.id ? t('trajectories.selfRun') : tr.organisationName}
                      </td>
                      <td className="utrecht-table__cell">{tr.provider?.name ?? t('trajectories.selfRun')}</td>
                      <td className="utrecht-table__cell">
                        {t('trajectories.periodValue', {
                          start: formatDate(tr.startDate),
                          end: formatDate(tr.endDate ?? tr.plannedEndDate),
                        })}
                      </td>
                      <td className="utrecht-table__cell">{rungShort(tr.goalRung, i18n)}</td>
                      <td className="utrecht-table__cell">
                        <TrajectoryStatusBadge trajectory={tr} />
                      </td>
                      <td className="utrecht-table__cell">{rungChangeText(tr, i18n)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              renderLink={(p, content, attrs) => (
                <Link to="/trajecten" search={(prev) => ({ ...prev, page: p === 1 ? undefined : p })} {...attrs}>
                  {content}
                </Link>
              )}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
