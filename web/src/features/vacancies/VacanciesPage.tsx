import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { VACANCY_PAGE_SIZE, vacancyListQuery } from './queries.ts';
import { VacancyTable } from './VacancyTable.tsx';
import '../../ui/tags.css';

export function VacanciesPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/auth/vacatures-beheer/' });
  const page = search.page ?? 1;
  const all = search.status === 'alle';
  const list = useQuery(vacancyListQuery({ status: all ? undefined : 'open', page, pageSize: VACANCY_PAGE_SIZE }));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const caption = data ? t('vacancies.table.caption', { page: data.page, pages, total: data.total }) : '';

  return (
    <>
      <PageHeader title={t('vacancies.title')} lead={t('vacancies.intro')} />
      <nav aria-label={t('vacancies.filter.label')} className="wp-section">
        <ul className="wp-tags">
          <li>
            {all ? (
              <Link to="/vacatures-beheer" search={{}} className="utrecht-link">
                {t('vacancies.filter.open')}
              </Link>
            ) : (
              <strong aria-current="true">{t('vacancies.filter.open')}</strong>
            )}
          </li>
          <li aria-hidden="true">·</li>
          <li>
            {all ? (
              <strong aria-current="true">{t('vacancies.filter.all')}</strong>
            ) : (
              <Link to="/vacatures-beheer" search={{ status: 'alle' }} className="utrecht-link">
                {t('vacancies.filter.all')}
              </Link>
            )}
          </li>
        </ul>
      </nav>
      <p className="utrecht-paragraph">
        {t('vacancies.howToAdd')}{' '}
        <Link to="/werkgevers" className="utrecht-link">
          {t('vacancies.toEmployers')}
        </Link>
      </p>
      <section className="wp-section">
        <h2 className="utrecht-heading-2">
          {data
            ? data.total === 1
              ? t('vacancies.resultsCountOne')
              : t('vacancies.resultsCount', { total: data.total })
            : t('vacancies.title')}
        </h2>
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? <p className="utrecht-paragraph">{t('vacancies.empty')}</p> : null}
        {data && data.items.length > 0 ? (
          <>
            <VacancyTable items={data.items} caption={caption} busy={list.isFetching} />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              renderLink={(p, content, attrs) => (
                <Link to="/vacatures-beheer" search={(prev) => ({ ...prev, page: p === 1 ? undefined : p })} {...attrs}>
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
