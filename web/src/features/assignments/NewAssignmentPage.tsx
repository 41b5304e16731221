import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext } from '@tanstack/react-router';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { organisationsQuery } from '../clients/queries.ts';
import { amountProblemMessage, FormAmountField } from '../../ui/AmountField.tsx';
import { checkEuroInput, normaliseEuroText } from '../../ui/money.ts';
import { trajectoryKeys } from '../trajectories/queries.ts';
import { inSentence, intInRange } from '../../ui/checks.ts';

interface AssignmentValues {
  providerOrganisationId: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  budget: string;
  targetStarted: string;
  targetToWork: string;
  targetMaxDropOutPercent: string;
}

/** Organisation kinds that can carry out an assignment. */
const PROVIDER_KINDS = new Set(['re_integratiebedrijf', 'uitzendbureau', 'non_profit', 'onderwijsinstelling']);

export function NewAssignmentPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useRouteContext({ from: '/auth/opdrachten/nieuw' });
  const organisations = useQuery(organisationsQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { flash } = useFlash();
  const year = new Date().getFullYear();

  const labels = {
    providerOrganisationId: t('assignment.form.provider'),
    name: t('assignment.form.name'),
    periodStart: t('assignment.form.periodStart'),
    periodEnd: t('assignment.form.periodEnd'),
    budget: t('assignment.form.budget'),
    targetStarted: t('assignment.form.targetStarted'),
    targetToWork: t('assignment.form.targetToWork'),
    targetMaxDropOutPercent: t('assignment.form.targetMaxDropOut'),
  };
  const form = useApiForm<AssignmentValues>({
    defaultValues: {
      providerOrganisationId: '',
      name: '',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      budget: '',
      targetStarted: '',
      targetToWork: '',
      targetMaxDropOutPercent: '',
    },
    labels,
    checks: (values) => {
      const { name, periodStart, periodEnd, budget } = values;
      const next: FieldErrors = {};
      if (!values.providerOrganisationId)
        next.providerOrganisationId = t('form.requiredChoice', { label: inSentence(labels.providerOrganisationId) });
      if (!name.trim()) next.name = t('form.required', { label: inSentence(labels.name) });
      else if (name.trim().length > 200) next.name = t('form.tooLong', { label: labels.name, max: 200 });
      if (!periodStart) next.periodStart = t('form.required', { label: inSentence(labels.periodStart) });
      else if (!isIsoDate(periodStart)) next.periodStart = t('form.invalidDate');
      if (!periodEnd) next.periodEnd = t('form.required', { label: inSentence(labels.periodEnd) });
      else if (!isIsoDate(periodEnd)) next.periodEnd = t('form.invalidDate');
      else if (isIsoDate(periodStart) && periodEnd < periodStart) next.periodEnd = t('rw.endBeforeStart');
      const budgetCheck = checkEuroInput(budget, { allowZero: true });
      if ('problem' in budgetCheck) next.budget = amountProblemMessage(budgetCheck, labels.budget, i18n, { allowZero: true });
      for (const key of ['targetStarted', 'targetToWork'] as const) {
        const value = values[key];
        if (!value.trim()) next[key] = t('form.required', { label: inSentence(labels[key]) });
        else if (intInRange(value, 0, 100000) === null) next[key] = t('form.integerRange', { label: labels[key], min: 0, max: 100000 });
      }
      const maxDropOut = values.targetMaxDropOutPercent;
      if (maxDropOut.trim() && intInRange(maxDropOut, 0, 100) === null)
        next.targetMaxDropOutPercent = t('form.integerRange', { label: labels.targetMaxDropOutPercent, min: 0, max: 100 });
      return next;
    },
  });
  const periodStart = form.watch('periodStart');

  const providers = (organisations.data ?? [])
    .filter((o) => o.active && o.id !== user.organisation.id && PROVIDER_KINDS.has(o.kind))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const create = useMutation({
    mutationFn: (values: AssignmentValues) =>
      call(
        api.POST('/api/v1/provider-assignments', {
          body: {
            providerOrganisationId: values.providerOrganisationId,
            name: values.name.trim(),
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            budget: normaliseEuroText(values.budget),
            targetStarted: Number(values.targetStarted.trim()),
            targetToWork: Number(values.targetToWork.trim()),
            targetMaxDropOutPercent: values.targetMaxDropOutPercent.trim() ? Number(values.targetMaxDropOutPercent.trim()) : null,
          },
        }),
      ),
    onSuccess: async (assignment) => {
      flash(t('assignment.form.created', { name: assignment.name }), { afterNavigation: true });
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.assignments });
      await navigate({ to: '/opdrachten/$id', params: { id: assignment.id } });
    },
  });

  return (
    <>
      <PageHeader title={t('assignment.form.title')} lead={t('assignment.form.intro')} />
      <p className="utrecht-paragraph">
        <Link to="/opdrachten" className="utrecht-link">
          {t('assignment.backToList')}
        </Link>
      </p>
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormSelectField
          form={form}
          name="providerOrganisationId"
          description={t('assignment.form.providerHint')}
          placeholder={t('app.chooseOption')}
          options={providers.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <FormTextField form={form} name="name" description={t('assignment.form.nameHint')} maxLength={200} required />
        <div className="wp-field-row">
          <FormTextField form={form} name="periodStart" type="date" width="sm" required />
          <FormTextField form={form} name="periodEnd" type="date" min={periodStart || undefined} width="sm" required />
        </div>
        <FormAmountField form={form} name="budget" description={t('assignment.form.budgetHint')} width="md" required />
        <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset wp-field">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('assignment.form.targets')}
          </legend>
          <FormTextField form={form} name="targetStarted" type="number" min={0} step={1} inputMode="numeric" width="sm" required />
          <FormTextField form={form} name="targetToWork" type="number" min={0} step={1} inputMode="numeric" width="sm" required />
          <FormTextField
            form={form}
            name="targetMaxDropOutPercent"
            type="number"
            description={t('assignment.form.targetMaxDropOutHint')}
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            width="sm"
            optional
          />
        </fieldset>
        <SubmitButton busy={create.isPending}>{t('assignment.form.submit')}</SubmitButton>
      </form>
    </>
  );
}
