import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, CONTACT_MOMENT_KINDS, type ContactMomentKind } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Loading } from '../../ui/misc.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { contactKindLabel } from './labels.ts';
import { inSentence } from '../../ui/checks.ts';
import { contactMomentsQuery, employerKeys } from './queries.ts';

export function ContactMomentsSection({ employerId, editable }: { employerId: string; editable: boolean }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const moments = useQuery(contactMomentsQuery(employerId));
  const list = [...(moments.data ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('contactMoments.title')}</h2>
      <p className="utrecht-paragraph">{t('contactMoments.intro')}</p>
      {moments.isPending ? <Loading /> : null}
      {moments.isError ? <ActionError error={moments.error} /> : null}
      {moments.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('contactMoments.none')}</p> : null}
      {list.length > 0 ? (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('contactMoments.caption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('contactMoments.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contactMoments.date')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contactMoments.kind')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contactMoments.notes')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contactMoments.by')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((m) => (
                <tr className="utrecht-table__row" key={m.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header wp-nowrap">
                    {formatDate(m.occurredOn)}
                  </th>
                  <td className="utrecht-table__cell">{contactKindLabel(m.kind, i18n)}</td>
                  <td className="utrecht-table__cell wp-preserve">{m.notes}</td>
                  <td className="utrecht-table__cell">
                    {m.userName}
                    <br />
                    <span className="wp-muted wp-small">{m.organisationName}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editable ? <AddContactMomentForm employerId={employerId} /> : null}
    </section>
  );
}

interface ContactMomentValues {
  kind: string;
  occurredOn: string;
  notes: string;
}

function AddContactMomentForm({ employerId }: { employerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = {
    kind: t('contactMoments.form.kind'),
    occurredOn: t('contactMoments.form.date'),
    notes: t('contactMoments.form.notes'),
  };
  const empty = (): ContactMomentValues => ({ kind: '', occurredOn: todayInAmsterdam(), notes: '' });
  const form = useApiForm<ContactMomentValues>({
    defaultValues: empty(),
    labels,
    checks: ({ kind, occurredOn, notes }) => {
      const next: FieldErrors = {};
      if (!kind) next.kind = t('form.requiredChoice', { label: inSentence(labels.kind) });
      if (!occurredOn) next.occurredOn = t('form.required', { label: inSentence(labels.occurredOn) });
      else if (!isIsoDate(occurredOn)) next.occurredOn = t('form.invalidDate');
      else if (occurredOn > todayInAmsterdam()) next.occurredOn = t('form.dateInFuture');
      if (!notes.trim()) next.notes = t('form.required', { label: inSentence(labels.notes) });
      else if (notes.length > 4000) next.notes = t('form.tooLong', { label: labels.notes, max: 4000 });
      return next;
    },
  });

  const add = useMutation({
    mutationFn: ({ kind, occurredOn, notes }: ContactMomentValues) =>
      call(
        api.POST('/api/v1/employers/{id}/contact-moments', {
          params: { path: { id: employerId } },
          body: { kind: kind as ContactMomentKind, occurredOn, notes: notes.trim() },
        }),
      ),
    onSuccess: async () => {
      form.reset(empty());
      flash(t('contactMoments.added'));
      await queryClient.invalidateQueries({ queryKey: employerKeys.contactMoments(employerId) });
    },
  });

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('contactMoments.form.title')}</h3>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => add.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormSelectField
          form={form}
          name="kind"
          placeholder={t('app.chooseOption')}
          options={CONTACT_MOMENT_KINDS.map((k) => ({ value: k, label: contactKindLabel(k, i18n) }))}
          required
        />
        <FormTextField form={form} name="occurredOn" type="date" max={todayInAmsterdam()} width="sm" required />
        <FormTextareaField form={form} name="notes" maxLength={4000} rows={3} required />
        <SubmitButton busy={add.isPending} appearance="secondary">
          {t('contactMoments.form.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
