import { Button } from '@utrecht/component-library-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { api, call } from '../../api/index.ts';
import { useSession } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../ui/fields.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { formatWage } from '../vacancies/labels.ts';
import '../vacancies/one-stop-shop.css';

/** The public vacancy site: open vacancies marked public, for anyone, without logging in. */
export function PublicVacanciesPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const session = useSession();
  const search = useSearch({ from: '/vacatures' });
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const list = useQuery({
    queryKey: ['public-vacancies', { q: search.q, page }],
    queryFn: () => call(api.GET('/api/v1/public/vacancies', { params: { query: { q: search.q, page } } })),
    placeholderData: keepPreviousData,
  });

  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '/vacatures', search: { q: q.trim() || undefined } });
  };
  const data = list.data;

  return (
    <>
      <PageHeader title={t('public.title')} lead={t('public.intro')} />
      {!session ? (
        <p className="utrecht-paragraph">
          <Link to="/inloggen" className="utrecht-link">
            {t('public.staffLogin')}
          </Link>
        </p>
      ) : null}

      <section className="wp-panel">
        <h2 className="utrecht-heading-3" id="public-search-title">
          {t('public.search.title')}
        </h2>
        <form role="search" aria-labelledby="public-search-title" noValidate onSubmit={onSearch} className="wp-form wp-form--inline">
          <TextField
            name="q"
            label={t('public.search.label')}
            description={t('public.search.hint')}
            value={q}
            onChange={setQ}
            type="search"
            autoComplete="off"
            width="md"
          />
          <div className="wp-button-row">
            <Button type="submit" appearance="primary-action-button">
              {t('public.search.submit')}
            </Button>
            {search.q ? (
              <Link to="/vacatures" search={{}} className="utrecht-link">
                {t('public.search.reset')}
              </Link>
            ) : null}
          </div>
        </form>
      </section>

      <section className="wp-section" aria-labelledby="public-results-title">
        <h2 className="utrecht-heading-2" id="public-results-title">
          {data ? (data.total === 1 ? t('public.resultsCountOne') : t('public.resultsCount', { total: data.total })) : t('public.title')}
        </h2>
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <p className="utrecht-paragraph">{search.q ? t('public.emptyFiltered') : t('public.empty')}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            <ul className="wp-vacancy-list" aria-busy={list.isFetching || undefined}>
              {data.items.map((v) => {
                const wage = formatWage(v.wageMinCents, v.wageMaxCents, i18n);
                return (
                  <li className="wp-card" key={v.id}>
                    <article aria-labelledby={`vacancy-${v.id}`}>
                      <h3 className="utrecht-heading-3" id={`vacancy-${v.id}`}>
                        {v.title}
                      </h3>
                      <p className="utrecht-paragraph">
                        <strong>{v.employerName}</strong>
                        {v.city ? <> · {v.city}</> : null}
                      </p>
                      <ul className="wp-facts">
                        {v.occupationLabel ? <li>{t('public.occupation', { label: v.occupationLabel })}</li> : null}
                        <li>{t('vacancy.hoursValue', { hours: v.hoursPerWeek })}</li>
                        <li>{v.startDate ? t('public.start', { date: formatDate(v.startDate) }) : t('public.startNow')}</li>
                        {wage ? <li>{wage}</li> : null}
                      </ul>
                      {v.description ? <p className="utrecht-paragraph wp-preserve">{v.description}</p> : null}
                    </article>
                  </li>
                );
              })}
            </ul>
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              renderLink={(p, content, attrs) => (
                <Link to="/vacatures" search={(prev) => ({ ...prev, page: p === 1 ? undefined : p })} {...attrs}>
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
