import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { type AgreementProgress, api, call, type Employer } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { Bar } from '../../ui/Bar.tsx';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { employerKeys } from './queries.ts';
import '../vacancies/one-stop-shop.css';

type Field = 'description' | 'targetPlacements' | 'periodStart' | 'periodEnd';

export function AgreementsSection({ employer, editable }: { employer: Employer; editable: boolean }) {
  const { t } = useI18n();
  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('agreements.title')}</h2>
      <p className="utrecht-paragraph">{t('agreements.intro')}</p>
      {employer.agreements.length === 0 ? (
        <p className="utrecht-paragraph">{t('agreements.none')}</p>
      ) : (
        <ul className="wp-vacancy-list">
          {employer.agreements.map((a) => (
            <AgreementItem key={a.id} agreement={a} />
          ))}
        </ul>
      )}
      {editable ? <AddAgreementForm employerId={employer.id} /> : null}
    </section>
  );
}

function AgreementItem({ agreement: a }: { agreement: AgreementProgress }) {
  const { t, formatDate } = useI18n();
  const percentage = a.targetPlacements > 0 ? Math.round((a.placements / a.targetPlacements) * 100) : 0;
  return (
    <li className="wp-candidate">
      <h3 className="utrecht-heading-3">{a.description}</h3>
      <p className="utrecht-paragraph wp-muted">
        {t('agreements.period', { from: formatDate(a.periodStart), to: formatDate(a.periodEnd) })} ·{' '}
        {t('agreements.madeBy', { organisation: a.organisationName })}
      </p>
      <Bar value={a.placements} max={a.targetPlacements} wide done={a.placements >= a.targetPlacements} />
      <p className="utrecht-paragraph">
        <strong>{t('agreements.progress', { placements: a.placements, target: a.targetPlacements })}</strong>{' '}
        <span className="wp-muted">({t('agreements.percentage', { percentage })})</span>
        {a.placements >= a.targetPlacements ? <> {t('agreements.reached')}</> : null}
      </p>
    </li>
  );
}

function AddAgreementForm({ employerId }: { employerId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const year = new Date().getFullYear();
  const empty = (): Record<Field, string> => ({
    description: '',
    targetPlacements: '',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
  });
  const labels: Record<Field, string> = {
    description: t('agreements.form.description'),
    targetPlacements: t('agreements.form.target'),
    periodStart: t('agreements.form.start'),
    periodEnd: t('agreements.form.end'),
  };
  const form = useApiForm<Record<Field, string>>({
    defaultValues: empty(),
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.description.trim()) next.description = t('form.required', { label: inSentence(labels.description) });
      if (!values.targetPlacements.trim()) next.targetPlacements = t('form.required', { label: inSentence(labels.targetPlacements) });
      else if (intInRange(values.targetPlacements, 1, 10000) === null)
        next.targetPlacements = t('form.integerRange', { label: labels.targetPlacements, min: 1, max: 10000 });
      for (const key of ['periodStart', 'periodEnd'] as const) {
        if (!values[key]) next[key] = t('form.required', { label: inSentence(labels[key]) });
        else if (!isIsoDate(values[key])) next[key] = t('form.invalidDate');
      }
      if (!next.periodStart && !next.periodEnd && values.periodEnd < values.periodStart)
        next.periodEnd = t('agreements.form.endBeforeStart');
      return next;
    },
  });

  const add = useMutation({
    mutationFn: (values: Record<Field, string>) =>
      call(
        api.POST('/api/v1/employers/{id}/agreements', {
          params: { path: { id: employerId } },
          body: {
            description: values.description.trim(),
            targetPlacements: Number(values.targetPlacements.trim()),
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
          },
        }),
      ),
    onSuccess: async () => {
      form.reset(empty());
      flash(t('agreements.added'));
      await queryClient.invalidateQueries({ queryKey: employerKeys.detail(employerId) });
    },
  });

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('agreements.form.title')}</h3>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => add.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormTextField form={form} name="description" description={t('agreements.form.descriptionHint')} autoComplete="off" required />
        <FormTextField form={form} name="targetPlacements" type="number" min={1} step={1} width="xs" required />
        <div className="wp-field-row">
          <FormTextField form={form} name="periodStart" type="date" width="sm" required />
          <FormTextField form={form} name="periodEnd" type="date" width="sm" required />
        </div>
        <SubmitButton busy={add.isPending} appearance="secondary">
          {t('agreements.form.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
