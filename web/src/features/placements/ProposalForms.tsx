import { Button } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, CONTRACT_TYPES, type ContractType, type Proposal, type Vacancy } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { vacancyKeys } from '../vacancies/queries.ts';
import { ActionError, contractTypeLabel, inSentence, intInRange, RadioGroup } from '../../ui/blocks.tsx';

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

const PLACEMENT_FIELDS = [
  'placement.contractType',
  'placement.hours',
  'placement.startDate',
  'placement.wageSubsidy',
  'placement.jobCoaching',
] as const;

/** Placed: contract type, hours, start date, wage-cost subsidy and job coaching. */
export function PlacementForm({ vacancy, proposal, onDone }: FormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const refresh = useRefresh(vacancy.id);
  const [contractType, setContractType] = useState('');
  const [hours, setHours] = useState(String(vacancy.hoursPerWeek));
  const [startDate, setStartDate] = useState(vacancy.startDate ?? todayInAmsterdam());
  const [wageSubsidy, setWageSubsidy] = useState(false);
  const [jobCoaching, setJobCoaching] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels = {
    'placement.contractType': t('placement.contractType'),
    'placement.hours': t('placement.hours'),
    'placement.startDate': t('placement.startDate'),
    'placement.wageSubsidy': t('placement.wageSubsidy'),
    'placement.jobCoaching': t('placement.jobCoaching'),
  };
  const name = proposal.clientDisplayName ?? t('proposals.unnamed');

  const place = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/proposals/{id}', {
          params: { path: { id: proposal.id } },
          body: {
            status: 'placed',
            placement: {
              contractType: contractType as ContractType,
              hours: Number(hours.trim()),
              startDate,
              wageSubsidy,
              jobCoaching,
            },
          },
        }),
      ),
    onSuccess: async () => {
      flash(t('placement.done', { name }));
      onDone();
      await refresh();
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsFromError(error, PLACEMENT_FIELDS);
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (place.isPending) return;
    const next: FieldErrors = {};
    if (!contractType) next['placement.contractType'] = t('form.requiredChoice', { label: inSentence(labels['placement.contractType']) });
    if (!hours.trim()) next['placement.hours'] = t('form.required', { label: inSentence(labels['placement.hours']) });
    else if (intInRange(hours, 1, 60) === null)
      next['placement.hours'] = t('form.integerRange', { label: labels['placement.hours'], min: 1, max: 60 });
    if (!startDate) next['placement.startDate'] = t('form.required', { label: inSentence(labels['placement.startDate']) });
    else if (!isIsoDate(startDate)) next['placement.startDate'] = t('form.invalidDate');
    setErrors(next);
    if (hasErrors(next)) {
      place.reset();
      setAttempt((n) => n + 1);
      return;
    }
    place.mutate();
  };

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      <p className="utrecht-paragraph">{t('placement.text', { name, title: vacancy.title })}</p>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {place.isError && !hasErrors(errors) ? <ActionError error={place.error} /> : null}
      <SelectField
        name="placement.contractType"
        label={labels['placement.contractType']}
        value={contractType}
        onChange={setContractType}
        placeholder={t('app.chooseOption')}
        options={CONTRACT_TYPES.map((c) => ({ value: c, label: contractTypeLabel(c, i18n) }))}
        error={errors['placement.contractType']}
        required
      />
      <TextField
        name="placement.hours"
        label={labels['placement.hours']}
        type="number"
        min={1}
        max={60}
        step={1}
        value={hours}
        onChange={setHours}
        error={errors['placement.hours']}
        width="xs"
        required
      />
      <TextField
        name="placement.startDate"
        label={labels['placement.startDate']}
        type="date"
        value={startDate}
        onChange={setStartDate}
        error={errors['placement.startDate']}
        width="sm"
        required
      />
      <CheckboxField
        name="placement.wageSubsidy"
        label={labels['placement.wageSubsidy']}
        description={t('placement.wageSubsidyHint')}
        checked={wageSubsidy}
        onChange={setWageSubsidy}
        error={errors['placement.wageSubsidy']}
      />
      <CheckboxField
        name="placement.jobCoaching"
        label={labels['placement.jobCoaching']}
        description={t('placement.jobCoachingHint')}
        checked={jobCoaching}
        onChange={setJobCoaching}
        error={errors['placement.jobCoaching']}
      />
      <Actions busy={place.isPending} submitLabel={t('placement.submit')} onCancel={onDone} />
    </form>
  );
}

/** Rejected, with a reason. */
export function RejectForm({ vacancy, proposal, onDone }: FormProps) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const refresh = useRefresh(vacancy.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels = { rejectionReason: t('reject.reason') };
  const name = proposal.clientDisplayName ?? t('proposals.unnamed');

  const reject = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/proposals/{id}', {
          params: { path: { id: proposal.id } },
          body: { status: 'rejected', rejectionReason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      flash(t('reject.done', { name }));
      onDone();
      await refresh();
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsFromError(error, ['rejectionReason']);
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reject.isPending) return;
    const next: FieldErrors = {};
    if (!reason.trim()) next.rejectionReason = t('form.required', { label: inSentence(labels.rejectionReason) });
    else if (reason.length > 2000) next.rejectionReason = t('form.tooLong', { label: labels.rejectionReason, max: 2000 });
    setErrors(next);
    if (hasErrors(next)) {
      reject.reset();
      setAttempt((n) => n + 1);
      return;
    }
    reject.mutate();
  };

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      <p className="utrecht-paragraph">{t('reject.text', { name, title: vacancy.title })}</p>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {reject.isError && !hasErrors(errors) ? <ActionError error={reject.error} /> : null}
      <TextareaField
        name="rejectionReason"
        label={labels.rejectionReason}
        description={t('reject.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errors.rejectionReason}
        maxLength={2000}
        rows={3}
        required
      />
      <Actions busy={reject.isPending} submitLabel={t('reject.submit')} onCancel={onDone} />
    </form>
  );
}

/** The 6- or 12-month check: is the person still at work? */
export function CheckForm({ vacancy, proposal, months, onDone }: FormProps & { months: 6 | 12 }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const refresh = useRefresh(vacancy.id);
  const [checkedOn, setCheckedOn] = useState(() => todayInAmsterdam());
  const [stillWorking, setStillWorking] = useState<'ja' | 'nee' | ''>('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels = { checkedOn: t('check.date'), stillWorking: t('check.stillWorking'), notes: t('check.notes') };
  const name = proposal.clientDisplayName ?? t('proposals.unnamed');

  const record = useMutation({
    mutationFn: () =>
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
    onError: (error) => {
      const fieldErrors = fieldErrorsFromError(error, ['checkedOn', 'stillWorking', 'notes']);
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const next: FieldErrors = {};
    if (!checkedOn) next.checkedOn = t('form.required', { label: inSentence(labels.checkedOn) });
    else if (!isIsoDate(checkedOn)) next.checkedOn = t('form.invalidDate');
    else if (checkedOn > todayInAmsterdam()) next.checkedOn = t('form.dateInFuture');
    if (!stillWorking) next.stillWorking = t('check.chooseStillWorking');
    if (notes.length > 2000) next.notes = t('form.tooLong', { label: labels.notes, max: 2000 });
    setErrors(next);
    if (hasErrors(next)) {
      record.reset();
      setAttempt((n) => n + 1);
      return;
    }
    record.mutate();
  };

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      <p className="utrecht-paragraph">{t('check.text', { months, name })}</p>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {record.isError && !hasErrors(errors) ? <ActionError error={record.error} /> : null}
      <TextField
        name="checkedOn"
        label={labels.checkedOn}
        type="date"
        value={checkedOn}
        onChange={setCheckedOn}
        max={todayInAmsterdam()}
        error={errors.checkedOn}
        width="sm"
        required
      />
      <RadioGroup<'ja' | 'nee'>
        name="stillWorking"
        legend={labels.stillWorking}
        options={[
          { value: 'ja', label: t('app.yes') },
          { value: 'nee', label: t('app.no') },
        ]}
        value={stillWorking}
        onChange={setStillWorking}
        error={errors.stillWorking}
      />
      <TextareaField
        name="notes"
        label={labels.notes}
        value={notes}
        onChange={setNotes}
        error={errors.notes}
        maxLength={2000}
        rows={2}
        optional
      />
      <Actions busy={record.isPending} submitLabel={t('check.submit')} onCancel={onDone} />
    </form>
  );
}
