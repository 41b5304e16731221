import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { organisationsQuery } from '../clients/queries.ts';
import { checkEuros, euroMessage } from '../trajectories/labels.ts';
import { trajectoryKeys } from '../trajectories/queries.ts';
import { ActionError, inSentence, intInRange } from '../../ui/blocks.tsx';

const FIELDS = [
  'providerOrganisationId',
  'name',
  'periodStart',
  'periodEnd',
  'budget',
  'targetStarted',
  'targetToWork',
  'targetMaxDropOutPercent',
] as const;

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

  const [providerId, setProviderId] = useState('');
  const [name, setName] = useState('');
  const [periodStart, setPeriodStart] = useState(`${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${year}-12-31`);
  const [budget, setBudget] = useState('');
  const [targetStarted, setTargetStarted] = useState('');
  const [targetToWork, setTargetToWork] = useState('');
  const [maxDropOut, setMaxDropOut] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

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

  const providers = (organisations.data ?? [])
    .filter((o) => o.active && o.id !== user.organisation.id && PROVIDER_KINDS.has(o.kind))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/provider-assignments', {
          body: {
            providerOrganisationId: providerId,
            name: name.trim(),
            periodStart,
            periodEnd,
            budget: budget.trim(),
            targetStarted: Number(targetStarted.trim()),
            targetToWork: Number(targetToWork.trim()),
            targetMaxDropOutPercent: maxDropOut.trim() ? Number(maxDropOut.trim()) : null,
          },
        }),
      ),
    onSuccess: async (assignment) => {
      flash(t('assignment.form.created', { name: assignment.name }), { afterNavigation: true });
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.assignments });
      await navigate({ to: '/opdrachten/$id', params: { id: assignment.id } });
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsFromError(error, FIELDS);
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const next: FieldErrors = {};
    if (!providerId) next.providerOrganisationId = t('form.requiredChoice', { label: inSentence(labels.providerOrganisationId) });
    if (!name.trim()) next.name = t('form.required', { label: inSentence(labels.name) });
    else if (name.trim().length > 200) next.name = t('form.tooLong', { label: labels.name, max: 200 });
    if (!periodStart) next.periodStart = t('form.required', { label: inSentence(labels.periodStart) });
    else if (!isIsoDate(periodStart)) next.periodStart = t('form.invalidDate');
    if (!periodEnd) next.periodEnd = t('form.required', { label: inSentence(labels.periodEnd) });
    else if (!isIsoDate(periodEnd)) next.periodEnd = t('form.invalidDate');
    else if (isIsoDate(periodStart) && periodEnd < periodStart) next.periodEnd = t('rw.endBeforeStart');
    if (!budget.trim()) next.budget = t('form.required', { label: inSentence(labels.budget) });
    else {
      const check = checkEuros(budget);
      if (check !== 'ok') next.budget = euroMessage(check, i18n);
    }
    for (const [key, value] of [
      ['targetStarted', targetStarted],
      ['targetToWork', targetToWork],
    ] as const) {
      if (!value.trim()) next[key] = t('form.required', { label: inSentence(labels[key]) });
      else if (intInRange(value, 0, 100000) === null) next[key] = t('form.integerRange', { label: labels[key], min: 0, max: 100000 });
    }
    if (maxDropOut.trim() && intInRange(maxDropOut, 0, 100) === null)
      next.targetMaxDropOutPercent = t('form.integerRange', { label: labels.targetMaxDropOutPercent, min: 0, max: 100 });
    setErrors(next);
    if (hasErrors(next)) {
      create.reset();
      setAttempt((n) => n + 1);
      return;
    }
    create.mutate();
  };

  return (
    <>
      <PageHeader title={t('assignment.form.title')} lead={t('assignment.form.intro')} />
      <p className="utrecht-paragraph">
        <Link to="/opdrachten" className="utrecht-link">
          {t('assignment.backToList')}
        </Link>
      </p>
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      <form className="wp-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {create.isError && !hasErrors(errors) ? <ActionError error={create.error} /> : null}
        <SelectField
          name="providerOrganisationId"
          label={labels.providerOrganisationId}
          description={t('assignment.form.providerHint')}
          value={providerId}
          onChange={setProviderId}
          placeholder={t('app.chooseOption')}
          options={providers.map((o) => ({ value: o.id, label: o.name }))}
          error={errors.providerOrganisationId}
          required
        />
        <TextField
          name="name"
          label={labels.name}
          description={t('assignment.form.nameHint')}
          value={name}
          onChange={setName}
          error={errors.name}
          maxLength={200}
          required
        />
        <div className="wp-field-row">
          <TextField
            name="periodStart"
            type="date"
            label={labels.periodStart}
            value={periodStart}
            onChange={setPeriodStart}
            error={errors.periodStart}
            width="sm"
            required
          />
          <TextField
            name="periodEnd"
            type="date"
            label={labels.periodEnd}
            value={periodEnd}
            onChange={setPeriodEnd}
            min={periodStart || undefined}
            error={errors.periodEnd}
            width="sm"
            required
          />
        </div>
        <TextField
          name="budget"
          label={labels.budget}
          description={t('assignment.form.budgetHint')}
          value={budget}
          onChange={setBudget}
          inputMode="decimal"
          error={errors.budget}
          width="md"
          required
        />
        <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset wp-field">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('assignment.form.targets')}
          </legend>
          <TextField
            name="targetStarted"
            type="number"
            label={labels.targetStarted}
            value={targetStarted}
            onChange={setTargetStarted}
            min={0}
            step={1}
            inputMode="numeric"
            error={errors.targetStarted}
            width="sm"
            required
          />
          <TextField
            name="targetToWork"
            type="number"
            label={labels.targetToWork}
            value={targetToWork}
            onChange={setTargetToWork}
            min={0}
            step={1}
            inputMode="numeric"
            error={errors.targetToWork}
            width="sm"
            required
          />
          <TextField
            name="targetMaxDropOutPercent"
            type="number"
            label={labels.targetMaxDropOutPercent}
            description={t('assignment.form.targetMaxDropOutHint')}
            value={maxDropOut}
            onChange={setMaxDropOut}
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            error={errors.targetMaxDropOutPercent}
            width="sm"
            optional
          />
        </fieldset>
        <SubmitButton busy={create.isPending}>{t('assignment.form.submit')}</SubmitButton>
      </form>
    </>
  );
}
