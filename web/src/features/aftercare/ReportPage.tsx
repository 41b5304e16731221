import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { addDays, isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import type { ResponseOf } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { FormErrors, FormTextField, useApiForm, useQueryErrorsOnFields } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { FigureTable, type FigureColumn } from '../../ui/FigureTable.tsx';
import { DataList, DataRow, InfoAlert, Loading, VisuallyHidden } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { FormRadioGroup } from '../../ui/RadioGroup.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import './aftercare.css';
import { share } from './notices.ts';
import { aftercareReportQuery } from './queries.ts';

type Report = ResponseOf<'aftercareReport'>;
type Figures = Report['total'];
type Scope = Report['scope'];

interface FilterValues {
  from: string;
  to: string;
  scope: Scope;
}

const COLUMNS = [
  'notices',
  'notifiedInTime',
  'warmHandovers',
  'withoutNotice',
  'arrangedAtRelease',
  'assessedAfter6Months',
  'arrangedAfter6Months',
  'outflowToWork',
] as const satisfies readonly (keyof Figures)[];

/** The aftercare aggregates per institution and municipality for a period of releases; counts of 1 to 9 shown as "<10". */
export function AftercareReportPage() {
  const { t, formatDate } = useI18n();
  const search = useSearch({ from: '/auth/nazorg/rapportage' });
  const navigate = useNavigate();
  const today = todayInAmsterdam();
  // Without a period: the last twelve months of releases.
  const from = search.from ?? addDays(today, -364);
  const to = search.to ?? today;
  const scope: Scope = search.scope ?? 'municipality';
  const query = { from, to, scope };
  const report = useQuery({ ...aftercareReportQuery(query), placeholderData: keepPreviousData });

  const labels = { from: t('aftercare.report.from'), to: t('aftercare.report.to'), scope: t('aftercare.report.scope') };
  const form = useApiForm<FilterValues>({
    defaultValues: { from, to, scope },
    labels,
    checks: (v) => {
      const next: FieldErrors = {};
      if (!isIsoDate(v.from)) next.from = t('form.invalidDate');
      if (!isIsoDate(v.to)) next.to = t('form.invalidDate');
      else if (!next.from && v.to < v.from) next.to = t('aftercare.report.toBeforeFrom');
      return next;
    },
  });
  const { reset } = form;
  useEffect(() => reset({ from, to, scope }), [reset, from, to, scope]);
  const errorsOnFields = useQueryErrorsOnFields(form, report.error);
  const submit = form.submit((v) =>
    navigate({ to: '/nazorg/rapportage', search: { from: v.from, to: v.to, scope: v.scope === 'region' ? 'region' : undefined } }),
  );

  const data = report.data;
  const period = t('aftercare.report.period', { from: formatDate(data?.from ?? from), to: formatDate(data?.to ?? to) });
  return (
    <>
      <PageHeader title={t('aftercare.report.title')} lead={t('aftercare.report.intro')} />
      <section className="wp-panel">
        <h2 className="utrecht-heading-3" id="aftercare-report-filter">
          {t('aftercare.report.filter')}
        </h2>
        <form noValidate onSubmit={submit} className="wp-form" aria-labelledby="aftercare-report-filter">
          <FormErrors form={form} />
          <div className="wp-field-row">
            <FormTextField form={form} name="from" type="date" width="sm" required />
            <FormTextField form={form} name="to" type="date" width="sm" required />
          </div>
          <FormRadioGroup<FilterValues, Scope>
            form={form}
            name="scope"
            options={[
              { value: 'municipality', label: t('aftercare.report.scope.municipality') },
              { value: 'region', label: t('aftercare.report.scope.region') },
            ]}
          />
          <SubmitButton busy={report.isFetching} busyLabel={t('app.loading')} appearance="secondary">
            {t('aftercare.report.show')}
          </SubmitButton>
        </form>
      </section>
      {report.isPending ? <Loading /> : null}
      {report.isError && !errorsOnFields ? <ProblemAlert error={report.error} /> : null}
      {data ? (
        <>
          <section className="wp-section" aria-labelledby="aftercare-report-total">
            <h2 className="utrecht-heading-2" id="aftercare-report-total">
              {t('aftercare.report.total')}
            </h2>
            <p className="utrecht-paragraph wp-muted">{period}.</p>
            {data.total.notices === 0 ? <p className="utrecht-paragraph">{t('aftercare.report.none')}</p> : <Totals figures={data.total} />}
            {data.suppressed ? <InfoAlert>{t('aftercare.report.suppressedNote')}</InfoAlert> : null}
          </section>
          {data.perMunicipality.length > 0 ? (
            <ReportTable
              id="aftercare-per-municipality"
              title={t('aftercare.report.perMunicipality')}
              rowHeader={t('aftercare.report.municipality')}
              rows={data.perMunicipality}
              total={data.total}
              period={period}
            />
          ) : null}
          {data.perInstitution.length > 0 ? (
            <ReportTable
              id="aftercare-per-institution"
              title={t('aftercare.report.perInstitution')}
              rowHeader={t('aftercare.report.institution')}
              rows={data.perInstitution.map((r) => (r.key === null ? { ...r, label: t('aftercare.report.unknownInstitution') } : r))}
              total={data.total}
              period={period}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** A count, or "<10" (read out as "fewer than 10 people") when the server suppressed it. */
function Count({ value }: { value: number | null }) {
  const { t } = useI18n();
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">{t('aftercare.report.suppressed')}</span>
      <VisuallyHidden>{t('aftercare.report.suppressedTitle')}</VisuallyHidden>
    </>
  );
}

function CountWithShare({ value, of }: { value: number | null; of: number | null }) {
  const pct = share(value, of);
  return (
    <>
      <Count value={value} />
      {pct === null ? null : <span className="wp-muted"> ({pct}%)</span>}
    </>
  );
}

/** One figure: the number of notices, or a count with its share (of those assessed after 6 months, or of the notices). */
function Figure({ figures: f, column: c }: { figures: Figures; column: (typeof COLUMNS)[number] }) {
  return c === 'notices' ? (
    <Count value={f.notices} />
  ) : (
    <CountWithShare value={f[c]} of={c === 'arrangedAfter6Months' ? f.assessedAfter6Months : f.notices} />
  );
}

function Totals({ figures }: { figures: Figures }) {
  const { t } = useI18n();
  return (
    <DataList>
      {COLUMNS.map((c) => (
        <DataRow key={c} label={t(`aftercare.report.col.${c}` as MessageKey)}>
          <Figure figures={figures} column={c} />
        </DataRow>
      ))}
    </DataList>
  );
}

function ReportTable({
  id,
  title,
  rowHeader,
  rows,
  total,
  period,
}: {
  id: string;
  title: string;
  rowHeader: string;
  rows: Report['perMunicipality'];
  total: Figures;
  period: string;
}) {
  const { t } = useI18n();
  const caption = t('aftercare.report.caption', { grouping: title.toLowerCase(), period: period.toLowerCase() });
  const columns = COLUMNS.map((c): FigureColumn<Figures> => ({
    key: c,
    header: t(`aftercare.report.col.${c}` as MessageKey),
    cell: (f) => <Figure figures={f} column={c} />,
    amount: true,
  }));
  return (
    <section className="wp-section" aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {title}
      </h2>
      <FigureTable
        caption={caption}
        rowHeader={rowHeader}
        columns={columns}
        rows={rows.map((r) => ({ key: r.key ?? 'none', label: r.label, figures: r }))}
        total={{ label: t('aftercare.report.total'), figures: total }}
      />
    </section>
  );
}
