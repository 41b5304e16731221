import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isValidBsn } from '../../../../src/kernel/bsn.ts';
import { api, call } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../ui/fields.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ClientTable } from './ClientTable.tsx';
import { clientListQuery, PAGE_SIZE } from './queries.ts';

export function CaseloadPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/auth/clienten/' });
  const navigate = useNavigate();
  const page = search.page ?? 1;

  const list = useQuery(clientListQuery({ page, pageSize: PAGE_SIZE, q: search.q, postcode: search.postcode }));

  // ---- filter form (name / postcode → query params) ----
  const [q, setQ] = useState(search.q ?? '');
  const [postcode, setPostcode] = useState(search.postcode ?? '');
  useEffect(() => {
    setQ(search.q ?? '');
    setPostcode(search.postcode ?? '');
  }, [search.q, search.postcode]);

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    void navigate({
      to: '/clienten',
      search: { q: q.trim() || undefined, postcode: postcode.trim() || undefined },
    });
  };
  const filtered = Boolean(search.q || search.postcode);

  // ---- BSN search (POST body only; never in the URL) ----
  const bsnResultHeading = useRef<HTMLHeadingElement>(null);
  const bsnSearch = useMutation({
    mutationFn: (value: string) => call(api.POST('/api/v1/clients/search', { body: { bsn: value } })),
    onSuccess: () => {
      requestAnimationFrame(() => bsnResultHeading.current?.focus());
    },
  });
  const bsnForm = useApiForm<{ bsn: string }>({
    defaultValues: { bsn: '' },
    labels: { bsn: t('clients.bsn.label') },
    checks: ({ bsn }) => {
      const value = plainBsn(bsn);
      if (!value) return { bsn: t('form.required', { label: t('clients.bsn.label') }) };
      return isValidBsn(value) ? {} : { bsn: t('form.invalidBsn') };
    },
  });
  const submitBsn = bsnForm.submit(({ bsn }) => bsnSearch.mutateAsync(plainBsn(bsn)));
  const onBsnSearch = (event: FormEvent) => {
    // The results of an earlier search go as soon as another BSN is asked for, also when it is refused.
    bsnSearch.reset();
    submitBsn(event);
  };
  const clearBsn = () => {
    bsnSearch.reset();
    bsnForm.reset();
  };

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <PageHeader title={t('clients.title')} lead={t('clients.intro')} />

      <div className="wp-search-grid">
        <section className="wp-panel">
          <h2 className="utrecht-heading-3" id="filter-title">
            {t('clients.filter.title')}
          </h2>
          <form role="search" aria-labelledby="filter-title" noValidate onSubmit={onFilter} className="wp-form wp-form--inline">
            <TextField name="q" label={t('clients.filter.name')} value={q} onChange={setQ} autoComplete="off" type="search" width="md" />
            <TextField
              name="postcode"
              label={t('clients.filter.postcode')}
              description={t('clients.filter.postcodeHint')}
              value={postcode}
              onChange={setPostcode}
              autoComplete="off"
              width="sm"
            />
            <div className="wp-button-row">
              <Button type="submit" appearance="primary-action-button">
                {t('clients.filter.submit')}
              </Button>
              {filtered ? (
                <Link to="/clienten" search={{}} className="utrecht-link">
                  {t('clients.filter.reset')}
                </Link>
              ) : null}
            </div>
          </form>
        </section>

        <section className="wp-panel">
          <h2 className="utrecht-heading-3" id="bsn-title">
            {t('clients.bsn.title')}
          </h2>
          <form noValidate onSubmit={onBsnSearch} className="wp-form" autoComplete="off">
            <FormErrors form={bsnForm} />
            <FormTextField
              form={bsnForm}
              name="bsn"
              description={t('clients.bsn.hint')}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={11}
              width="sm"
              required
            />
            <SubmitButton busy={bsnForm.busy} busyLabel={t('app.loading')} appearance="secondary">
              {t('clients.bsn.submit')}
            </SubmitButton>
          </form>
        </section>
      </div>

      {bsnSearch.isSuccess ? (
        <section className="wp-section">
          <h2 className="utrecht-heading-2 wp-focus-target" ref={bsnResultHeading} tabIndex={-1}>
            {t('clients.bsn.results')}
          </h2>
          {bsnSearch.data.items.length > 0 ? (
            <ClientTable items={bsnSearch.data.items} caption={t('clients.table.captionBsn')} />
          ) : (
            <p className="utrecht-paragraph">{t('clients.bsn.none')}</p>
          )}
          <p className="utrecht-paragraph">
            <Button appearance="subtle-button" onClick={clearBsn}>
              {t('clients.bsn.clear')}
            </Button>
          </p>
        </section>
      ) : null}

      <section className="wp-section">
        <h2 className="utrecht-heading-2" id="caseload-title">
          {data ? t('clients.resultsCount', { total: data.total }) : t('clients.title')}
        </h2>
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <p className="utrecht-paragraph">{filtered ? t('clients.emptyFiltered') : t('clients.empty')}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            <ClientTable
              items={data.items}
              busy={list.isFetching}
              caption={t('clients.table.caption', { page: data.page, pages, total: data.total })}
            />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              renderLink={(p, content, attrs) => (
                <Link to="/clienten" search={(prev) => ({ ...prev, page: p === 1 ? undefined : p })} {...attrs}>
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

/** A BSN as typed ("1234.56.782", "123 456 782") without its separators. */
function plainBsn(typed: string): string {
  return typed.replace(/[\s.-]/g, '');
}
