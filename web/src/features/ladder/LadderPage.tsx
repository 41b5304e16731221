import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, type LadderAssessment } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { clientKeys, clientQuery, ladderQuery } from '../clients/queries.ts';
import { LadderChart } from './LadderChart.tsx';
import { rungShort, RUNG_VALUES } from './rungs.ts';

function byDateAsc(a: LadderAssessment, b: LadderAssessment): number {
  return a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt);
}

export function LadderPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { id } = useParams({ from: '/auth/clienten/$id/ladder' });
  const { user } = useRouteContext({ from: '/auth/clienten/$id/ladder' });
  const { data: client } = useSuspenseQuery(clientQuery(id));
  const { data: assessments } = useSuspenseQuery(ladderQuery(id));
  // A partner with consent sees a shared file read-only; only the owning organisation records.
  const editable = mayCall(user, 'recordLadderAssessment') && !client.shared;

  const chronological = [...assessments].sort(byDateAsc);
  const newestFirst = [...chronological].reverse();

  return (
    <>
      <PageHeader preHeading={client.displayName} title={t('ladder.title')} documentTitle={t('ladder.title')} lead={t('ladder.intro')} />
      <p className="utrecht-paragraph">
        <Link to="/clienten/$id" params={{ id }} className="utrecht-link">
          {t('ladder.backToClient')}
        </Link>
      </p>

      <section className="wp-section wp-card">
        <LadderChart assessments={chronological} />
      </section>

      {editable ? <LadderForm clientId={id} /> : null}

      <section className="wp-section">
        <h2 className="utrecht-heading-2">{t('ladder.history.title')}</h2>
        {newestFirst.length === 0 ? (
          <p className="utrecht-paragraph">{t('ladder.none')}</p>
        ) : (
          <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('ladder.history.caption')}>
            <table className="utrecht-table utrecht-table--html-table wp-table">
              <caption className="utrecht-table__caption wp-visually-hidden">{t('ladder.history.caption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('ladder.history.date')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('ladder.history.rung')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('ladder.history.growth')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('ladder.history.assessor')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('ladder.history.notes')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {newestFirst.map((a) => (
                  <tr className="utrecht-table__row" key={a.id}>
                    <th scope="row" className="utrecht-table__cell wp-table__row-header wp-nowrap">
                      {formatDate(a.assessedOn)}
                    </th>
                    <td className="utrecht-table__cell">{rungShort(a.rung, i18n)}</td>
                    <td className="utrecht-table__cell">{rungShort(a.growthPotential, i18n)}</td>
                    <td className="utrecht-table__cell">{a.assessor.name}</td>
                    <td className="utrecht-table__cell wp-preserve">{a.notes ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

interface LadderValues {
  rung: string;
  growthPotential: string;
  assessedOn: string;
  notes: string;
}

const emptyAssessment = (): LadderValues => ({ rung: '', growthPotential: '', assessedOn: todayInAmsterdam(), notes: '' });

function LadderForm({ clientId }: { clientId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();

  const labels = {
    rung: t('ladder.form.rung'),
    growthPotential: t('ladder.form.growth'),
    assessedOn: t('ladder.form.date'),
    notes: t('ladder.form.notes'),
  };
  const form = useApiForm<LadderValues>({
    defaultValues: emptyAssessment(),
    labels,
    checks: ({ rung, growthPotential, assessedOn, notes }) => {
      const next: FieldErrors = {};
      if (!rung) next.rung = t('form.requiredChoice', { label: labels.rung.toLowerCase() });
      if (!growthPotential) next.growthPotential = t('form.requiredChoice', { label: labels.growthPotential.toLowerCase() });
      else if (rung && Number(growthPotential) < Number(rung)) next.growthPotential = t('ladder.form.growthBelowRung');
      if (!assessedOn) next.assessedOn = t('form.required', { label: labels.assessedOn.toLowerCase() });
      else if (!isIsoDate(assessedOn)) next.assessedOn = t('form.invalidDate');
      else if (assessedOn > todayInAmsterdam()) next.assessedOn = t('form.dateInFuture');
      if (notes.length > 4000) next.notes = t('form.tooLong', { label: labels.notes, max: 4000 });
      return next;
    },
  });
  const rungOptions = RUNG_VALUES.map((r) => ({ value: String(r), label: rungShort(r, i18n) }));

  const create = useMutation({
    mutationFn: (values: LadderValues) =>
      call(
        api.POST('/api/v1/clients/{id}/ladder-assessments', {
          params: { path: { id: clientId } },
          body: {
            rung: Number(values.rung),
            growthPotential: Number(values.growthPotential),
            assessedOn: values.assessedOn,
            notes: values.notes.trim() || null,
          },
        }),
      ),
    onSuccess: async () => {
      form.reset(emptyAssessment());
      flash(t('ladder.form.saved'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientKeys.detail(clientId) }),
        queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
      ]);
    },
  });

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('ladder.form.title')}</h2>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))}>
        <FormErrors form={form} />
        <FormSelectField
          form={form}
          name="rung"
          description={t('ladder.form.rungHint')}
          placeholder={t('app.chooseOption')}
          options={rungOptions}
          required
        />
        <FormSelectField
          form={form}
          name="growthPotential"
          description={t('ladder.form.growthHint')}
          placeholder={t('app.chooseOption')}
          options={rungOptions}
          required
        />
        <FormTextField
          form={form}
          name="assessedOn"
          type="date"
          description={t('ladder.form.dateHint')}
          max={todayInAmsterdam()}
          width="sm"
          required
        />
        <FormTextareaField form={form} name="notes" maxLength={4000} rows={4} optional />
        <SubmitButton busy={create.isPending}>{t('ladder.form.submit')}</SubmitButton>
      </form>
    </section>
  );
}
