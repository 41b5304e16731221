import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, type CheckFigures, type ResultFigures, type ResultsLevel } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormTextField, useApiForm, useQueryErrorsOnFields } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { FigureTable, type FigureColumn } from '../../ui/FigureTable.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { FormRadioGroup } from '../../ui/RadioGroup.tsx';
import { ResultsChart, type ResultsRow } from './ResultsChart.tsx';

interface PeriodValues {
  from: string;
  to: string;
  level: ResultsLevel;
}

function defaultFrom(): string {
  return `${todayInAmsterdam().slice(0, 4)}-01-01`;
}

export function ResultsPage() {
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const search = useSearch({ from: '/auth/resultaten' });
  const navigate = useNavigate();
  const from = search.from ?? defaultFrom();
  const to = search.to ?? todayInAmsterdam();
  const level: ResultsLevel = search.level ?? 'organisation';
  const results = useQuery({
    queryKey: ['results', { from, to, level }],
    queryFn: () => call(api.GET('/api/v1/results', { params: { query: { from, to, level } } })),
    placeholderData: keepPreviousData,
  });

  const labels = { from: t('results.from'), to: t('results.to'), level: t('results.level') };
  const form = useApiForm<PeriodValues>({
    defaultValues: { from, to, level },
    labels,
    checks: (v) => {
      const next: FieldErrors = {};
      if (!isIsoDate(v.from)) next.from = t('form.invalidDate');
      if (!isIsoDate(v.to)) next.to = t('form.invalidDate');
      else if (!next.from && v.to < v.from) next.to = t('results.toBeforeFrom');
      return next;
    },
  });
  // The form follows the address (back button, a link with another period).
  const { reset } = form;
  useEffect(() => reset({ from, to, level }), [reset, from, to, level]);
  // A 400 from the server (e.g. a period it refuses) lands at the field it names; anything else below.
  const errorsOnFields = useQueryErrorsOnFields(form, results.error);

  const submit = form.submit((v) =>
    navigate({ to: '/resultaten', search: { from: v.from, to: v.to, level: v.level === 'region' ? 'region' : undefined } }),
  );

  const data = results.data;
  const rows: ResultsRow[] = (data?.organisations ?? []).map((o) => ({
    key: o.organisationId,
    label: o.organisationName,
    figures: o.figures,
  }));
  const caption = t(level === 'region' ? 'results.table.captionRegion' : 'results.table.captionOrganisation', {
    from: formatDate(from),
    to: formatDate(to),
  });
  const checks = (c: CheckFigures) =>
    c.due === 0 ? (
      <span className="wp-muted">{t('results.notDue')}</span>
    ) : (
      <>
        {t('results.checks', { still: c.stillWorking, checked: c.checked })}
        <br />
        <span className="wp-muted wp-small">{t('results.due', { due: c.due })}</span>
      </>
    );
  const columns: FigureColumn<ResultFigures>[] = [
    { key: 'opened', header: t('results.opened'), cell: (f) => f.vacanciesOpened },
    { key: 'filled', header: t('results.filled'), cell: (f) => f.vacanciesFilled },
    {
      key: 'medianDays',
      header: t('results.medianDays'),
      cell: (f) =>
        f.medianDaysToFill === null ? (
          <span className="wp-muted">{t('results.noMedian')}</span>
        ) : (
          t('results.days', { days: formatNumber(f.medianDaysToFill) })
        ),
    },
    { key: 'proposals', header: t('results.proposals'), cell: (f) => f.proposals },
    { key: 'placements', header: t('results.placements'), cell: (f) => f.placements },
    { key: 'after6', header: t('results.after6'), cell: (f) => checks(f.after6Months) },
    { key: 'after12', header: t('results.after12'), cell: (f) => checks(f.after12Months) },
  ];

  return (
    <>
      <PageHeader title={t('results.title')} lead={t('results.intro')} />
      <section className="wp-panel">
        <h2 className="utrecht-heading-3" id="results-filter-title">
          {t('results.filter')}
        </h2>
        <form noValidate onSubmit={submit} className="wp-form" aria-labelledby="results-filter-title">
          <FormErrors form={form} />
          <div className="wp-field-row">
            <FormTextField form={form} name="from" type="date" width="sm" required />
            <FormTextField form={form} name="to" type="date" width="sm" required />
          </div>
          <FormRadioGroup<PeriodValues, ResultsLevel>
            form={form}
            name="level"
            options={[
              { value: 'organisation', label: t('results.levelOrganisation') },
              { value: 'region', label: t('results.levelRegion') },
            ]}
          />
          <SubmitButton busy={results.isFetching} busyLabel={t('app.loading')} appearance="secondary">
            {t('results.show')}
          </SubmitButton>
        </form>
      </section>

      <section className="wp-section">
        <h2 className="utrecht-heading-2">
          {level === 'region'
            ? data?.regionCode
              ? t('results.inRegion', { region: data.regionCode })
              : t('results.perRegion')
            : t('results.perOrganisation')}
        </h2>
        <p className="utrecht-paragraph wp-muted">{t('results.period', { from: formatDate(from), to: formatDate(to) })}</p>
        {results.isPending ? <Loading /> : null}
        {results.isError && !errorsOnFields ? <ProblemAlert error={results.error} /> : null}
        {results.isSuccess && rows.length === 0 ? <p className="utrecht-paragraph">{t('results.none')}</p> : null}
        {rows.length > 0 ? (
          <>
            <div className="wp-card">
              <ResultsChart rows={rows} />
            </div>
            <FigureTable
              caption={caption}
              rowHeader={t('results.organisation')}
              columns={columns}
              rows={rows}
              total={
                level === 'region' && data
                  ? {
                      label: data.regionCode ? t('results.totalRegion', { region: data.regionCode }) : t('results.total'),
                      figures: data.total,
                    }
                  : undefined
              }
              busy={results.isFetching}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
