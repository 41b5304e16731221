import { Button } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, CONTRACT_TYPES, type ContractType, type Proposal, type Vacancy } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormCheckboxField, FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { vacancyKeys } from '../vacancies/queries.ts';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { contractTypeLabel } from './labels.ts';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';

interface FormProps {
  vacancy: Vacancy;
  proposal: Proposal;
  onDone: () => void;
}

function useRefresh(vacancyId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: vacancyKeys.proposals(vacancyId) }),
      queryClient.invalidateQueries({ queryKey: vacancyKeys.detail(vacancyId) }),
      queryClient.invalidateQueries({ queryKey: ['vacancies', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['employers'] }),
    ]);
}

function Actions({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="wp-form-actions">
      <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      <Button appearance="secondary-action-button" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
    </div>
  );
}

interface PlacementValues {
  placement: { contractType: string; hours: string; startDate: string; wageSubsidy: boolean; jobCoaching: boolean };
}

/** Placed: contract type, hours, start date, wage-cost subsidy and job coaching. */
export function PlacementForm({ vacancy, proposal, onDone }: FormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const refresh = useRefresh(vacancy.id);
  const labels = {
    'placement.contractType': t('placement.contractType'),
    'placement.hours': t('placement.hours'),
    'placement.startDate': t('placement.startDate'),
    'placement.wageSubsidy': t('placement.wageSubsidy'),
    'placement.jobCoaching': t('placement.jobCoaching'),
  };
  const form = useApiForm<PlacementValues>({
    defaultValues: {
      placement: {
        contractType: '',
        hours: String(vacancy.hoursPerWeek),
        startDate: vacancy.startDate ?? todayInAmsterdam(),
        wageSubsidy: false,
        jobCoaching: false,
      },
    },
    labels,
    checks: ({ placement: { contractType, hours, startDate } }) => {
      const next: FieldErrors = {};
      if (!contractType) next['placement.contractType'] = t('form.requiredChoice', { label: inSentence(labels['placement.contractType']) });
      if (!hours.trim()) next['placement.hours'] = t('form.required', { label: inSentence(labels['placement.hours']) });
      else if (intInRange(hours, 1, 60) === null)
        next['placement.hours'] = t('form.integerRange', { label: labels['placement.hours'], min: 1, max: 60 });
      if (!startDate) next['placement.startDate'] = t('form.required', { label: inSentence(labels['placement.startDate']) });
      else if (!isIsoDate(startDate)) next['placement.startDate'] = t('form.invalidDate');
      return next;
    },
  });
  const name = proposal.clientDisplayName ?? t('proposals.unnamed');

  const place = useMutation({
    mutationFn: ({ placement }: PlacementValues) =>
      call(
        api.PATCH('/api/v1/proposals/{id}', {
          params: { path: { id: proposal.id } },
          body: {
            status: 'placed',
            placement: {
              contractType: placement.contractType as ContractType,
              hours: Number(placement.hours.trim()),
              startDate: placement.startDate,
              wageSubsidy: placement.wageSubsidy,
              jobCoaching: placement.jobCoaching,
            },
          },
        }),
      ),
    onSuccess: async () => {
      flash(t('placement.done', { name }));
      onDone();
      await refresh();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => place.mutateAsync(values))}>
      <p className="utrecht-paragraph">{t('placement.text', { name, title: vacancy.title })}</p>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormSelectField
        form={form}
        name="placement.contractType"
        placeholder={t('app.chooseOption')}
        options={CONTRACT_TYPES.map((c) => ({ value: c, label: contractTypeLabel(c, i18n) }))}
        required
      />
      <FormTextField form={form} name="placement.hours" type="number" min={1} max={60} step={1} width="xs" required />
      <FormTextField form={form} name="placement.startDate" type="date" width="sm" required />
      <FormCheckboxField form={form} name="placement.wageSubsidy" description={t('placement.wageSubsidyHint')} />
      <FormCheckboxField form={form} name="placement.jobCoaching" description={t('placement.jobCoachingHint')} />
      <Actions busy={place.isPending} submitLabel={t('placement.submit')} onCancel={onDone} />
    </form>
  );
}

/** Rejected, with a reason. */
export function RejectForm({ vacancy, proposal, onDone }: FormProps) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const refresh = useRefresh(vacancy.id);
  const labels = { rejectionReason: t('reject.reason') };
  const form = useApiForm<{ rejectionReason: string }>({
    defaultValues: { rejectionReason: '' },
    labels,
    checks: ({ rejectionReason: reason }) => ({
      rejectionReason: !reason.trim()
        ? t('form.required', { label: inSentence(labels.rejectionReason) })
        : reason.length > 2000
          ? t('form.tooLong', { label: labels.rejectionReason, max: 2000 })
          : undefined,
    }),
  });
  const name = proposal.clientDisplayName ?? t('proposals.unnamed');

  const reject = useMutation({
    mutationFn: ({ rejectionReason }: { rejectionReason: string }) =>
      call(
        api.PATCH('/api/v1/proposals/{id}', {
          params: { path: { id: proposal.id } },
          body: { status: 'rejected', rejectionReason: rejectionReason.trim() },
        }),
      ),
    onSuccess: async () => {
      flash(t('reject.done', { name }));
      onDone();
      await refresh();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => reject.mutateAsync(values))}>
      <p className="utrecht-paragraph">{t('reject.text', { name, title: vacancy.title })}</p>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormTextareaField form={form} name="rejectionReason" description={t('reject.reasonHint')} maxLength={2000} rows={3} required />
      <Actions busy={reject.isPending} submitLabel={t('reject.submit')} onCancel={onDone} />
    </form>
  );
}

interface CheckValues {
  checkedOn: string;
  stillWorking: 'ja' | 'nee' | '';
  notes: string;
}

/** The 6- or 12-month check: is the person still at work? */
export function CheckForm({ vacancy, proposal, months, onDone }: FormProps & { months: 6 | 12 }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const refresh = useRefresh(vacancy.id);
  const labels = { checkedOn: t('check.date'), stillWorking: t('check.stillWorking'), notes: t('check.notes') };
  const form = useApiForm<CheckValues>({
    defaultValues: { checkedOn: todayInAmsterdam(), stillWorking: '', notes: '' },
    labels,
    checks: ({ checkedOn, stillWorking, notes }) => {
      const next: FieldErrors = {};
      if (!checkedOn) next.checkedOn = t('form.required', { label: inSentence(labels.checkedOn) });
      else if (!isIsoDate(checkedOn)) next.checkedOn = t('form.invalidDate');
      else if (checkedOn > todayInAmsterdam()) next.checkedOn = t('form.dateInFuture');
      if (!stillWorking) next.stillWorking = t('check.chooseStillWorking');
      if (notes.length > 2000) next.notes = t('form.tooLong', { label: labels.notes, max: 2000 });
      return next;
    },
  });
  const name = proposal.clientDisplayName ?? t('proposals.unnamed');

  const record = useMutation({
    mutationFn: ({ checkedOn, stillWorking, notes }: CheckValues) =>
      call(
        api.POST('/api/v1/proposals/{id}/checks', {
          params: { path: { id: proposal.id } },
          body: { months, checkedOn, stillWorking: stillWorking === 'ja', notes: notes.trim() || null },
        }),
      ),
    onSuccess: async () => {
      flash(t('check.done', { months, name }));
      onDone();
      await refresh();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => record.mutateAsync(values))}>
      <p className="utrecht-paragraph">{t('check.text', { months, name })}</p>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormTextField form={form} name="checkedOn" type="date" max={todayInAmsterdam()} width="sm" required />
      <Controller
        control={form.control}
        name="stillWorking"
        render={({ field }) => (
          <RadioGroup<'ja' | 'nee'>
            name="stillWorking"
            legend={labels.stillWorking}
            options={[
              { value: 'ja', label: t('app.yes') },
              { value: 'nee', label: t('app.no') },
            ]}
            value={field.value}
            onChange={field.onChange}
            error={form.errors.stillWorking}
          />
        )}
      />
      <FormTextareaField form={form} name="notes" maxLength={2000} rows={2} optional />
      <Actions busy={record.isPending} submitLabel={t('check.submit')} onCancel={onDone} />
    </form>
  );
}
