import { useMutation } from '@tanstack/react-query';
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
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { outcomeLabel } from './ui.tsx';

type Field = 'endDate' | 'outcome' | 'hoursPerWeek' | 'contractType' | 'reason';
/** The fields sit under "close" (ids field-close-…), apart from other forms on the participant's page. */
interface CloseValues {
  close: Record<Field, string>;
}

/** Closes the participant's PRB trajectory with its outcome (the trajectories module's closeTrajectory operation). */
export function CloseTrajectoryForm({ trajectoryId, refresh }: { trajectoryId: string; refresh: () => Promise<unknown> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const labels: Record<Field, string> = {
    endDate: t('prb.close.endDate'),
    outcome: t('prb.close.outcome'),
    hoursPerWeek: t('prb.close.hoursPerWeek'),
    contractType: t('prb.close.contractType'),
    reason: t('prb.close.reason'),
  };
  const fields = Object.keys(labels) as Field[];
  const form = useApiForm<CloseValues>({
    defaultValues: { close: { endDate: todayInAmsterdam(), outcome: '', hoursPerWeek: '', contractType: '', reason: '' } },
    labels: Object.fromEntries(fields.map((f) => [`close.${f}`, labels[f]])),
    apiNames: Object.fromEntries(fields.map((f) => [f, `close.${f}`])),
    checks: ({ close: values }) => {
      const outcome = values.outcome as TrajectoryOutcome | '';
      const next: FieldErrors = {};
      if (!values.endDate) next['close.endDate'] = t('form.required', { label: inSentence(labels.endDate) });
      else if (!isIsoDate(values.endDate)) next['close.endDate'] = t('form.invalidDate');
      if (!outcome) next['close.outcome'] = t('form.requiredChoice', { label: inSentence(labels.outcome) });
      if (outcome === 'work') {
        if (intInRange(values.hoursPerWeek, 1, 60) === null) next['close.hoursPerWeek'] = t('prb.close.hoursRange');
        if (!values.contractType) next['close.contractType'] = t('form.requiredChoice', { label: inSentence(labels.contractType) });
      }
      if (outcome === 'dropped_out' && !values.reason.trim())
        next['close.reason'] = t('form.required', { label: inSentence(labels.reason) });
      return next;
    },
  });
  const outcome = form.watch('close.outcome') as TrajectoryOutcome | '';

  const close = useMutation({
    mutationFn: ({ close: values }: CloseValues) => {
      const chosen = values.outcome as TrajectoryOutcome;
      const input: TrajectoryCloseInput = { endDate: values.endDate, outcome: chosen };
      if (chosen === 'work') {
        input.hoursPerWeek = Number(values.hoursPerWeek.trim());
        input.contractType = values.contractType as OutcomeContractType;
      }
      if (chosen === 'dropped_out') input.reason = values.reason.trim();
      return call(api.POST('/api/v1/trajectories/{id}/close', { params: { path: { id: trajectoryId } }, body: input }));
    },
    onSuccess: async () => {
      flash(t('prb.close.closed'));
      await refresh();
    },
  });

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('prb.close.title')}</h3>
      <p className="utrecht-paragraph">{t('prb.close.intro')}</p>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => close.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <div className="wp-field-row">
          <FormTextField form={form} name="close.endDate" type="date" width="sm" required />
          <FormSelectField
            form={form}
            name="close.outcome"
            options={TRAJECTORY_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o, i18n) }))}
            placeholder={t('app.chooseOption')}
            required
          />
        </div>
        {outcome === 'work' ? (
          <div className="wp-field-row">
            <FormTextField form={form} name="close.hoursPerWeek" type="number" min={1} max={60} step={1} width="xs" required />
            <FormSelectField
              form={form}
              name="close.contractType"
              options={OUTCOME_CONTRACT_TYPES.map((c) => ({ value: c, label: t(`prb.contractType.${c}` as MessageKey) }))}
              placeholder={t('app.chooseOption')}
              required
            />
          </div>
        ) : null}
        {outcome === 'dropped_out' ? <FormTextareaField form={form} name="close.reason" rows={2} required /> : null}
        <SubmitButton busy={close.isPending} appearance="secondary">
          {t('prb.close.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
