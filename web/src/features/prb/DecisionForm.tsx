import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { Controller } from 'react-hook-form';
import { api, call, type PrbDecision, type PrbProposal } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormTextareaField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
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
  const lastAttempt = useRef<KeyedAttempt | null>(null);
  const labels = { [p('decision')]: t('prb.decision.choice'), [p('reason')]: t('prb.decision.reason') };
  // The fields are named per proposal (several decision forms can be on one page).
  const form = useApiForm<Record<string, string>>({
    defaultValues: { [p('decision')]: '', [p('reason')]: '' },
    labels,
    apiNames: { decision: p('decision'), reason: p('reason') },
    checks: (values) => {
      const decision = values[p('decision')];
      const next: FieldErrors = {};
      if (!decision) next[p('decision')] = t('form.requiredChoice', { label: t('prb.decision.choice').toLowerCase() });
      else if (decision !== 'approve' && !values[p('reason')]?.trim()) next[p('reason')] = t('prb.decision.reasonRequired');
      return next;
    },
  });
  const decision = (form.watch(p('decision')) ?? '') as PrbDecision | '';

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
  });

  const submit = (values: Record<string, string>) => {
    const chosen = values[p('decision')] as PrbDecision;
    const trimmed = (values[p('reason')] ?? '').trim();
    const keyed = keyForAttempt(lastAttempt.current, `${chosen}|${trimmed}`);
    lastAttempt.current = keyed;
    return decide.mutateAsync({ decision: chosen, reason: trimmed, key: keyed.key });
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
      <form className="wp-form" noValidate onSubmit={form.submit(submit)}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <Controller
          control={form.control}
          name={p('decision')}
          render={({ field }) => (
            <RadioGroup<PrbDecision>
              name={p('decision')}
              legend={t('prb.decision.choice')}
              options={[
                { value: 'approve', label: t('prb.decision.approve'), description: t('prb.decision.approveHint') },
                { value: 'reject', label: t('prb.decision.reject') },
                { value: 'return', label: t('prb.decision.return'), description: t('prb.decision.returnHint') },
              ]}
              value={decision}
              onChange={field.onChange}
              error={form.errors[p('decision')]}
            />
          )}
        />
        <FormTextareaField
          form={form}
          name={p('reason')}
          rows={3}
          optional={decision === 'approve'}
          required={decision === 'reject' || decision === 'return'}
        />
        <SubmitButton busy={decide.isPending}>{t('prb.decision.submit')}</SubmitButton>
      </form>
    </div>
  );
}
