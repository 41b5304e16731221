import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext } from '@tanstack/react-router';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormAmountField } from '../../ui/AmountField.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { Bar } from '../../ui/Bar.tsx';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { checkEuroInput, formatCents, normaliseEuroText } from './money.ts';
import { prbKeys, prbProgrammesQuery } from './queries.ts';
import { euroProblemMessage } from './ui.tsx';

/** PRB programmes with their cohort fill; a functioneel beheerder or klantmanager creates one. */
export function ProgrammesPage() {
  const { t, formatDate } = useI18n();
  const { user } = useRouteContext({ from: '/auth/prb/' });
  const list = useQuery(prbProgrammesQuery);
  const caption = t('prb.programmes.caption');

  return (
    <>
      <PageHeader title={t('prb.programmes.title')} lead={t('prb.programmes.intro')} />
      <section className="wp-section">
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.data && list.data.length === 0 ? <p className="utrecht-paragraph">{t('prb.programmes.empty')}</p> : null}
        {list.data && list.data.length > 0 ? (
          <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <table className="utrecht-table utrecht-table--html-table wp-table">
              <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('prb.programmes.name')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('prb.programmes.period')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('prb.programmes.cohort')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell wp-amount">
                    {t('prb.programmes.maxBudget')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('prb.programmes.organisation')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {list.data.map((p) => (
                  <tr className="utrecht-table__row" key={p.id}>
                    <th scope="row" className="utrecht-table__cell wp-table__row-header">
                      <Link to="/prb/$id" params={{ id: p.id }} className="utrecht-link">
                        {p.name}
                      </Link>
                    </th>
                    <td className="utrecht-table__cell">
                      {t('prb.programmes.periodRange', { from: formatDate(p.periodStart), to: formatDate(p.periodEnd) })}
                    </td>
                    <td className="utrecht-table__cell">
                      <span className="wp-prb-fill">
                        <span>{t('prb.programmes.fill', { admitted: p.admittedCount, cohort: p.cohortSize })}</span>
                        <Bar value={p.admittedCount} max={p.cohortSize} done={p.admittedCount >= p.cohortSize} />
                      </span>
                    </td>
                    <td className="utrecht-table__cell wp-amount">{formatCents(p.maxBudgetPerClientCents)}</td>
                    <td className="utrecht-table__cell">{p.organisationName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {mayCall(user, 'createPrbProgramme') ? <CreateProgrammeForm /> : null}
    </>
  );
}

type Field = 'name' | 'periodStart' | 'periodEnd' | 'cohortSize' | 'maxBudgetPerClient';

function CreateProgrammeForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const year = new Date().getFullYear();
  const labels: Record<Field, string> = {
    name: t('prb.programmes.form.name'),
    periodStart: t('prb.programmes.form.periodStart'),
    periodEnd: t('prb.programmes.form.periodEnd'),
    cohortSize: t('prb.programmes.form.cohortSize'),
    maxBudgetPerClient: t('prb.programmes.form.maxBudget'),
  };
  const form = useApiForm<Record<Field, string>>({
    defaultValues: { name: '', periodStart: `${year}-01-01`, periodEnd: `${year + 1}-12-31`, cohortSize: '', maxBudgetPerClient: '5000' },
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.name.trim()) next.name = t('form.required', { label: inSentence(labels.name) });
      for (const key of ['periodStart', 'periodEnd'] as const) {
        if (!values[key]) next[key] = t('form.required', { label: inSentence(labels[key]) });
        else if (!isIsoDate(values[key])) next[key] = t('form.invalidDate');
      }
      if (!next.periodStart && !next.periodEnd && values.periodEnd < values.periodStart) {
        next.periodEnd = t('prb.programmes.form.endBeforeStart');
      }
      if (intInRange(values.cohortSize, 1, 10000) === null) {
        next.cohortSize = t('form.integerRange', { label: labels.cohortSize, min: 1, max: 10000 });
      }
      const budget = checkEuroInput(values.maxBudgetPerClient);
      if ('problem' in budget) next.maxBudgetPerClient = euroProblemMessage(budget, labels.maxBudgetPerClient, i18n);
      return next;
    },
  });

  const create = useMutation({
    mutationFn: (values: Record<Field, string>) =>
      call(
        api.POST('/api/v1/prb-programmes', {
          body: {
            name: values.name.trim(),
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            cohortSize: Number(values.cohortSize.trim()),
            maxBudgetPerClient: normaliseEuroText(values.maxBudgetPerClient),
          },
        }),
      ),
    onSuccess: async (programme) => {
      flash(t('prb.programmes.created', { name: programme.name }), { afterNavigation: true });
      await queryClient.invalidateQueries({ queryKey: prbKeys.programmes });
      await navigate({ to: '/prb/$id', params: { id: programme.id } });
    },
  });

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('prb.programmes.create')}</h2>
      <p className="utrecht-paragraph">{t('prb.programmes.createIntro')}</p>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormTextField form={form} name="name" description={t('prb.programmes.form.nameHint')} autoComplete="off" required />
        <div className="wp-field-row">
          <FormTextField form={form} name="periodStart" type="date" width="sm" required />
          <FormTextField form={form} name="periodEnd" type="date" width="sm" required />
        </div>
        <FormTextField form={form} name="cohortSize" type="number" min={1} step={1} width="xs" required />
        <FormAmountField form={form} name="maxBudgetPerClient" required />
        <SubmitButton busy={create.isPending}>{t('prb.programmes.form.submit')}</SubmitButton>
      </form>
    </section>
  );
}
