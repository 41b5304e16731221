import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, call, type PrbDecision, type PrbProposal } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextareaField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError, RadioGroup } from '../../ui/blocks.tsx';
import { formatCents, keyForAttempt, type KeyedAttempt } from './money.ts';

/**
 * The klantmanager's final word: approve, reject or send back (a reason is required for the last two; the
 * client sees it). Every decision attempt carries an Idempotency-Key; submitting the same decision again
 * (after a network error or a lost response) reuses the key, so the server applies it only once.
 */
export function DecisionForm({
  proposal,
  remainingCents,
  refresh,
}: {
  proposal: PrbProposal;
  remainingCents: number;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const p = (name: string) => `decide-${proposal.id}-${name}`;
  const [decision, setDecision] = useState<PrbDecision | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const lastAttempt = useRef<KeyedAttempt | null>(null);
  const labels = { [p('decision')]: t('prb.decision.choice'), [p('reason')]: t('prb.decision.reason') };

  const decide = useMutation({
    mutationFn: (vars: { decision: PrbDecision; reason: string; key: string }) =>
      call(
        api.POST('/api/v1/prb-proposals/{id}/decision', {
          params: { path: { id: proposal.id }, header: { 'Idempotency-Key': vars.key } },
          body: vars.reason ? { decision: vars.decision, reason: vars.reason } : { decision: vars.decision },
        }),
      ),
    onSuccess: async (_result, vars) => {
      lastAttempt.current = null;
      flash(
        vars.decision === 'approve'
          ? t('prb.decision.approved', { total: formatCents(proposal.totalCents) })
          : vars.decision === 'reject'
            ? t('prb.decision.rejected')
            : t('prb.decision.returned'),
      );
      await refresh();
    },
    onError: (error) => {
      const server = fieldErrorsFromError(error, ['decision', 'reason']);
      if (hasErrors(server)) {
        setErrors(Object.fromEntries(Object.entries(server).map(([k, v]) => [p(k), v])));
        setAttempt((a) => a + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (decide.isPending) return;
    const next: FieldErrors = {};
    if (!decision) next[p('decision')] = t('form.requiredChoice', { label: t('prb.decision.choice').toLowerCase() });
    else if (decision !== 'approve' && !reason.trim()) next[p('reason')] = t('prb.decision.reasonRequired');
    setErrors(next);
    if (hasErrors(next) || !decision) {
      decide.reset();
      setAttempt((a) => a + 1);
      return;
    }
    const trimmed = reason.trim();
    const keyed = keyForAttempt(lastAttempt.current, `${decision}|${trimmed}`);
    lastAttempt.current = keyed;
    decide.mutate({ decision, reason: trimmed, key: keyed.key });
  };

  const over = proposal.totalCents - remainingCents;
  return (
    <div className="wp-subsection">
      <h4 className="utrecht-heading-4">{t('prb.decision.title')}</h4>
      {over > 0 ? (
        <p className="utrecht-paragraph">
          <strong>{t('prb.proposal.overBudget', { over: formatCents(over), remaining: formatCents(remainingCents) })}</strong>
        </p>
      ) : null}
      <form className="wp-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {decide.isError && !hasErrors(errors) ? <ActionError error={decide.error} /> : null}
        <RadioGroup<PrbDecision>
          name={p('decision')}
          legend={t('prb.decision.choice')}
          options={[
            { value: 'approve', label: t('prb.decision.approve'), description: t('prb.decision.approveHint') },
            { value: 'reject', label: t('prb.decision.reject') },
            { value: 'return', label: t('prb.decision.return'), description: t('prb.decision.returnHint') },
          ]}
          value={decision}
          onChange={setDecision}
          error={errors[p('decision')]}
        />
        <TextareaField
          name={p('reason')}
          label={t('prb.decision.reason')}
          value={reason}
          onChange={setReason}
          error={errors[p('reason')]}
          rows={3}
          optional={decision === 'approve'}
          required={decision === 'reject' || decision === 'return'}
        />
        <SubmitButton busy={decide.isPending}>{t('prb.decision.submit')}</SubmitButton>
      </form>
    </div>
  );
}
