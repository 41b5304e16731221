import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { FormErrors, FormTextField, useApiForm, useQueryErrorsOnFields } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';

interface Period {
  from: string;
  to: string;
}

/** The figures of the report, in the order the table shows them. */
const FIGURES = [
  'applications',
  'withdrawn',
  'notPursued',
  'started',
  'completed',
  'droppedOut',
  'measuresConfirmed',
  'outflowToWorkWithin3Months',
  'outflowToWorkWithin6Months',
  'withdrawnSeenAgainWithinYear',
] as const;

/** Work First per period for the own municipality: inflow prevention, placements, measures and outflow; small counts suppressed. */
export function WorkfirstReportPage() {
  const { t, formatDate } = useI18n();
  const today = todayInAmsterdam();
  const [period, setPeriod] = useState<Period>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const report = useQuery({
    queryKey: ['workfirst', 'report', period],
    queryFn: () => call(api.GET('/api/v1/workfirst/report', { params: { query: period } })),
    placeholderData: keepPreviousData,
  });
  const labels = { from: t('workfirst.report.from'), to: t('workfirst.report.to') };
  const form = useApiForm<Period>({
    defaultValues: period,
    labels,
    checks: (v) => {
      const next: FieldErrors = {};
      if (!isIsoDate(v.from)) next.from = t('form.invalidDate');
      if (!isIsoDate(v.to)) next.to = t('form.invalidDate');
      return next;
    },
  });
  const errorsOnFields = useQueryErrorsOnFields(form, report.error);
  const data = report.data;
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? t('workfirst.report.suppressed') : String(value);
  const csv = data
    ? [
        [t('workfirst.report.figure'), t('workfirst.report.count')],
        ...FIGURES.map((f) => [t(`workfirst.report.row.${f}` as MessageKey), data[f] === null ? '' : String(data[f])]),
      ]
        .map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(';'))
        .join('\r\n')
    : '';
  return (
    <>
      <PageHeader title={t('workfirst.report.title')} lead={t('workfirst.report.intro')} />
      <form className="wp-form wp-form--inline" noValidate onSubmit={form.submit((v) => setPeriod({ from: v.from, to: v.to }))}>
        <FormErrors form={form} />
        <FormTextField form={form} name="from" type="date" width="sm" required />
        <FormTextField form={form} name="to" type="date" width="sm" required />
        <SubmitButton busy={report.isFetching}>{t('workfirst.report.show')}</SubmitButton>
      </form>
      {report.isPending ? <Loading /> : null}
      {report.isError && !errorsOnFields ? <ProblemAlert error={report.error} /> : null}
      {data ? (
        <>
          <table className="utrecht-table wp-table">
            <caption className="utrecht-table__caption">
              {t('workfirst.report.caption', { from: formatDate(data.from), to: formatDate(data.to) })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('workfirst.report.figure')}
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {t('workfirst.report.count')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {FIGURES.map((f) => (
                <tr key={f} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {t(`workfirst.report.row.${f}` as MessageKey)}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(data[f])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="utrecht-paragraph">{t('workfirst.report.suppressedNote', { below: String(data.suppressedBelow) })}</p>
          <p className="utrecht-paragraph">
            <a
              className="utrecht-link"
              download={`work-first-${data.from}-${data.to}.csv`}
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`}
            >
              {t('workfirst.report.csv')}
            </a>
          </p>
        </>
      ) : null}
    </>
  );
}
