import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import {
  api,
  call,
  OUTCOME_CONTRACT_TYPES,
  type OutcomeContractType,
  TRAJECTORY_OUTCOMES,
  type TrajectoryCloseInput,
  type TrajectoryOutcome,
} from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { todayInAmsterdam, useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { SelectField, TextareaField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError, inSentence, intInRange } from '../../ui/blocks.tsx';
import { outcomeLabel } from './ui.tsx';

const FIELDS = ['endDate', 'outcome', 'hoursPerWeek', 'contractType', 'reason'] as const;
type Field = (typeof FIELDS)[number];

/** Closes the participant's PRB trajectory with its outcome (the trajectories module's closeTrajectory operation). */
export function CloseTrajectoryForm({ trajectoryId, refresh }: { trajectoryId: string; refresh: () => Promise<unknown> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const [values, setValues] = useState<Record<Field, string>>({
    endDate: todayInAmsterdam(),
    outcome: '',
    hoursPerWeek: '',
    contractType: '',
    reason: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels: Record<Field, string> = {
    endDate: t('prb.close.endDate'),
    outcome: t('prb.close.outcome'),
    hoursPerWeek: t('prb.close.hoursPerWeek'),
    contractType: t('prb.close.contractType'),
    reason: t('prb.close.reason'),
  };
  const name = (f: string) => `close-${f}`;
  const field = (key: Field) => ({
    name: name(key),
    label: labels[key],
    error: errors[key],
    value: values[key],
    onChange: (value: string) => setValues((v) => ({ ...v, [key]: value })),
  });
  const outcome = values.outcome as TrajectoryOutcome | '';

  const close = useMutation({
    mutationFn: () => {
      const input: TrajectoryCloseInput = { endDate: values.endDate, outcome: outcome as TrajectoryOutcome };
      if (outcome === 'work') {
        input.hoursPerWeek = Number(values.hoursPerWeek.trim());
        input.contractType = values.contractType as OutcomeContractType;
      }
      if (outcome === 'dropped_out') input.reason = values.reason.trim();
      return call(api.POST('/api/v1/trajectories/{id}/close', { params: { path: { id: trajectoryId } }, body: input }));
    },
    onSuccess: async () => {
      setErrors({});
      flash(t('prb.close.closed'));
      await refresh();
    },
    onError: (error) => {
      const server = fieldErrorsFromError(error, FIELDS);
      if (hasErrors(server)) {
        setErrors(server);
        setAttempt((a) => a + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (close.isPending) return;
    const next: FieldErrors = {};
    if (!values.endDate) next.endDate = t('form.required', { label: inSentence(labels.endDate) });
    else if (!isIsoDate(values.endDate)) next.endDate = t('form.invalidDate');
    if (!outcome) next.outcome = t('form.requiredChoice', { label: inSentence(labels.outcome) });
    if (outcome === 'work') {
      if (intInRange(values.hoursPerWeek, 1, 60) === null) next.hoursPerWeek = t('prb.close.hoursRange');
      if (!values.contractType) next.contractType = t('form.requiredChoice', { label: inSentence(labels.contractType) });
    }
    if (outcome === 'dropped_out' && !values.reason.trim()) next.reason = t('form.required', { label: inSentence(labels.reason) });
    setErrors(next);
    if (hasErrors(next)) {
      close.reset();
      setAttempt((a) => a + 1);
      return;
    }
    close.mutate();
  };

  const summaryErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [name(k), v]));
  const summaryLabels = Object.fromEntries(FIELDS.map((f) => [name(f), labels[f]]));
  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('prb.close.title')}</h3>
      <p className="utrecht-paragraph">{t('prb.close.intro')}</p>
      <form className="wp-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summaryErrors} labels={summaryLabels} focusKey={attempt} />
        {close.isError && !hasErrors(errors) ? <ActionError error={close.error} /> : null}
        <div className="wp-field-row">
          <TextField {...field('endDate')} type="date" width="sm" required />
          <SelectField
            {...field('outcome')}
            options={TRAJECTORY_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o, i18n) }))}
            placeholder={t('app.chooseOption')}
            required
          />
        </div>
        {outcome === 'work' ? (
          <div className="wp-field-row">
            <TextField {...field('hoursPerWeek')} type="number" min={1} max={60} step={1} width="xs" required />
            <SelectField
              {...field('contractType')}
              options={OUTCOME_CONTRACT_TYPES.map((c) => ({ value: c, label: t(`prb.contractType.${c}` as MessageKey) }))}
              placeholder={t('app.chooseOption')}
              required
            />
          </div>
        ) : null}
        {outcome === 'dropped_out' ? <TextareaField {...field('reason')} rows={2} required /> : null}
        <SubmitButton busy={close.isPending} appearance="secondary">
          {t('prb.close.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
