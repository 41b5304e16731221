import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, apiUrl, call, type ReportGrouping, type TrajectoryReportRow } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { FormErrors, FormTextField, useApiForm, useQueryErrorsOnFields } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { FigureTable, type FigureColumn } from '../../ui/FigureTable.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { formatCents } from '../../ui/money.ts';
import '../prb/prb.css';
import { FormRadioGroup } from '../../ui/RadioGroup.tsx';
import { ReportChart } from './ReportChart.tsx';

interface FilterValues {
  groupBy: ReportGrouping;
  from: string;
  to: string;
}

/** Trajectory results per PRB programme, instrument or provider, with CSV and Excel downloads of the same table. */
export function ReportsPage() {
  const { t, formatDate, locale } = useI18n();
  const search = useSearch({ from: '/auth/rapportages' });
  const navigate = useNavigate();
  const groupBy: ReportGrouping = search.groupBy ?? 'programme';
  // No dates: all trajectories, whenever they started (a programme such as "PRB Eindhoven 2004–2005" is old).
  const from = search.from;
  const to = search.to;
  const query = { groupBy, from, to };
  const report = useQuery({
    queryKey: ['reports', 'trajectories', query],
    queryFn: () => call(api.GET('/api/v1/reports/trajectories', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const labels = { groupBy: t('reports.groupBy'), from: t('reports.from'), to: t('reports.to') };
  const form = useApiForm<FilterValues>({
    defaultValues: { groupBy, from: from ?? '', to: to ?? '' },
    labels,
    checks: (v) => {
      const next: FieldErrors = {};
      if (v.from && !isIsoDate(v.from)) next.from = t('form.invalidDate');
      if (v.to && !isIsoDate(v.to)) next.to = t('form.invalidDate');
      else if (v.from && v.to && !next.from && v.to < v.from) next.to = t('reports.toBeforeFrom');
      return next;
    },
  });
  // The form follows the address (back button, a link with another grouping).
  const { reset } = form;
  useEffect(() => reset({ groupBy, from: from ?? '', to: to ?? '' }), [reset, groupBy, from, to]);
  // A 400 from the server (e.g. a period it refuses) lands at the field it names; anything else below.
  const errorsOnFields = useQueryErrorsOnFields(form, report.error);
  const submit = form.submit((v) =>
    navigate({ to: '/rapportages', search: { groupBy: v.groupBy, from: v.from || undefined, to: v.to || undefined } }),
  );

  const percentFmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rungFmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const na = <span className="wp-muted">{t('reports.notApplicable')}</span>;
  const money = (cents: number | null) => (cents === null ? na : formatCents(cents));
  const data = report.data;
  const shownGroup = data?.groupBy ?? groupBy;
  const grouping = t(`reports.heading.${shownGroup}` as MessageKey).toLowerCase();
  const period =
    from && to
      ? t('reports.period', { from: formatDate(from), to: formatDate(to) })
      : from
        ? t('reports.periodFrom', { from: formatDate(from) })
        : to
          ? t('reports.periodTo', { to: formatDate(to) })
          : t('reports.periodAll');
  const caption = t('reports.caption', { grouping, period });
  const rows = data?.rows ?? [];
  const column = (key: string, header: MessageKey, cell: (f: TrajectoryReportRow) => ReactNode): FigureColumn<TrajectoryReportRow> => ({
    key,
    header: t(header),
    cell,
    amount: true,
  });
  const columns = [
    column('started', shownGroup === 'programme' ? 'reports.col.startedProgramme' : 'reports.col.started', (f) => f.started),
    column('running', 'reports.col.running', (f) => f.running),
    column('closed', 'reports.col.closed', (f) => f.closed),
    column('closedWithWork', 'reports.col.closedWithWork', (f) => f.closedWithWork),
    column('droppedOut', 'reports.col.droppedOut', (f) => f.droppedOut),
    column('percentWithWork', 'reports.col.percentWithWork', (f) =>
      f.percentClosedWithWork === null ? na : t('reports.percent', { value: percentFmt.format(f.percentClosedWithWork) }),
    ),
    column('averageSpend', 'reports.col.averageSpend', (f) => money(f.averageSpendCents)),
    column('costPerPlacement', 'reports.col.costPerPlacement', (f) => money(f.costPerPlacementCents)),
    column('rungChange', 'reports.col.rungChange', (f) =>
      f.averageRungChange === null ? na : t('reports.rungChange', { value: rungFmt.format(f.averageRungChange) }),
    ),
  ];

  return (
    <>
      <PageHeader title={t('reports.title')} lead={t('reports.intro')} />
      <section className="wp-panel">
        <h2 className="utrecht-heading-3" id="reports-filter-title">
          {t('reports.filter')}
        </h2>
        <form noValidate onSubmit={submit} className="wp-form" aria-labelledby="reports-filter-title">
          <FormErrors form={form} />
          <FormRadioGroup<FilterValues, ReportGrouping>
            form={form}
            name="groupBy"
            options={[
              { value: 'programme', label: t('reports.groupBy.programme') },
              { value: 'instrument', label: t('reports.groupBy.instrument') },
              { value: 'provider', label: t('reports.groupBy.provider') },
            ]}
          />
          <p className="utrecht-paragraph wp-muted">{t('reports.periodHint')}</p>
          <div className="wp-field-row">
            <FormTextField form={form} name="from" type="date" width="sm" optional />
            <FormTextField form={form} name="to" type="date" width="sm" optional />
          </div>
          <SubmitButton busy={report.isFetching} busyLabel={t('app.loading')} appearance="secondary">
            {t('reports.show')}
          </SubmitButton>
        </form>
      </section>

      <section className="wp-section" aria-labelledby="report-heading">
        <h2 className="utrecht-heading-2" id="report-heading">
          {t(`reports.heading.${shownGroup}` as MessageKey)}
        </h2>
        <p className="utrecht-paragraph wp-muted">{period.charAt(0).toUpperCase() + period.slice(1)}.</p>
        {report.isPending ? <Loading /> : null}
        {report.isError && !errorsOnFields ? <ProblemAlert error={report.error} /> : null}
        {report.isSuccess && rows.length === 0 ? <p className="utrecht-paragraph">{t('reports.none')}</p> : null}
        {rows.length > 0 && data ? (
          <>
            <div className="wp-card">
              <ReportChart rows={rows} />
            </div>
            <FigureTable
              caption={caption}
              rowHeader={t(`reports.col.label.${shownGroup}` as MessageKey)}
              columns={columns}
              rows={rows.map((r) => ({ key: r.key ?? `own-${r.label}`, label: r.label, figures: r }))}
              total={{ label: t('reports.total'), figures: data.total }}
              busy={report.isFetching}
            />
          </>
        ) : null}
        <div className="wp-subsection">
          <h3 className="utrecht-heading-3">{t('reports.download')}</h3>
          <p className="utrecht-paragraph">{t('reports.downloadHint')}</p>
          <p className="wp-download-links">
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={apiUrl('/api/v1/reports/trajectories/export', {}, { ...query, format: 'csv' })}
              download
            >
              {t('reports.downloadCsv')}
            </a>
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={apiUrl('/api/v1/reports/trajectories/export', {}, { ...query, format: 'xlsx' })}
              download
            >
              {t('reports.downloadXlsx')}
            </a>
          </p>
        </div>
      </section>
    </>
  );
}
