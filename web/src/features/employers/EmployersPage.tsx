import { Button } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../ui/fields.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { dateOf } from '../../ui/dates.ts';
import { sizeClassLabel } from './labels.ts';
import { EMPLOYER_PAGE_SIZE, employerListQuery } from './queries.ts';

export function EmployersPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const search = useSearch({ from: '/auth/werkgevers/' });
  const { user } = useRouteContext({ from: '/auth/werkgevers/' });
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const list = useQuery(employerListQuery({ page, pageSize: EMPLOYER_PAGE_SIZE, q: search.q }));

  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '/werkgevers', search: { q: q.trim() || undefined } });
  };

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const caption = data ? t('employers.table.caption', { page: data.page, pages, total: data.total }) : '';

  return (
    <>
      <PageHeader
        title={t('employers.title')}
        lead={t('employers.intro')}
        actions={
          mayCall(user, 'registerEmployer') ? (
            <Link to="/werkgevers/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
              {t('employers.register')}
            </Link>
          ) : null
        }
      />

      <section className="wp-panel">
        <h2 className="utrecht-heading-3" id="employer-search-title">
          {t('employers.search.title')}
        </h2>
        <form role="search" aria-labelledby="employer-search-title" noValidate onSubmit={onSearch} className="wp-form wp-form--inline">
          <TextField
            name="q"
            label={t('employers.search.label')}
            description={t('employers.search.hint')}
            value={q}
            onChange={setQ}
            type="search"
            autoComplete="off"
            width="md"
          />
          <div className="wp-button-row">
            <Button type="submit" appearance="primary-action-button">
              {t('employers.search.submit')}
            </Button>
            {search.q ? (
              <Link to="/werkgevers" search={{}} className="utrecht-link">
                {t('employers.search.reset')}
              </Link>
            ) : null}
          </div>
        </form>
      </section>

      <section className="wp-section">
        <h2 className="utrecht-heading-2">
          {data
            ? data.total === 1
              ? t('employers.resultsCountOne')
              : t('employers.resultsCount', { total: data.total })
            : t('employers.title')}
        </h2>
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <p className="utrecht-paragraph">{search.q ? t('employers.emptyFiltered') : t('employers.empty')}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
              <table className="utrecht-table utrecht-table--html-table wp-table" aria-busy={list.isFetching || undefined}>
                <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('employer.name')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('employer.kvkNumber')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('employer.city')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('employer.sbiCode')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('employer.sizeClass')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('employer.lead')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.items.map((e) => (
                    <tr className="utrecht-table__row" key={e.id}>
                      <th scope="row" className="utrecht-table__cell wp-table__row-header">
                        <Link to="/werkgevers/$id" params={{ id: e.id }} className="utrecht-link">
                          {e.name}
                        </Link>
                      </th>
                      <td className="utrecht-table__cell wp-mono wp-nowrap">{e.kvkNumber}</td>
                      <td className="utrecht-table__cell">{e.city}</td>
                      <td className="utrecht-table__cell wp-mono">{e.sbiCode}</td>
                      <td className="utrecht-table__cell wp-nowrap">{sizeClassLabel(e.sizeClass, i18n)}</td>
                      <td className="utrecht-table__cell">
                        {e.lead ? (
                          <>
                            {e.lead.userName}
                            {e.lead.userId === user.id ? <span className="wp-muted"> {t('employer.leadYou')}</span> : null}
                            <br />
                            <span className="wp-muted wp-small">
                              {t('employer.leadOrgSince', {
                                organisation: e.lead.organisationName,
                                date: formatDate(dateOf(e.lead.since)),
                              })}
                            </span>
                          </>
                        ) : (
                          <span className="wp-muted">{t('employer.noLead')}</span>
                        )}
                      </td>
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
                <Link to="/werkgevers" search={(prev) => ({ ...prev, page: p === 1 ? undefined : p })} {...attrs}>
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
