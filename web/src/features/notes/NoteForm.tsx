import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { notesKeys } from './queries.ts';

const NOTE_KINDS = ['gesprek', 'telefoon', 'intake', 'waarschuwing'] as const;

interface NoteValues {
  kind: string;
  notedOn: string;
  text: string;
}

/** Records a case note in the client file. */
export function NoteForm({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = { kind: t('note.form.kind'), notedOn: t('note.form.notedOn'), text: t('note.form.text') };
  const empty = (): NoteValues => ({ kind: 'gesprek', notedOn: todayInAmsterdam(), text: '' });
  const form = useApiForm<NoteValues>({
    defaultValues: empty(),
    labels,
    checks: ({ notedOn, text }) => {
      const next: FieldErrors = {};
      if (!isIsoDate(notedOn)) next.notedOn = t('form.invalidDate');
      else if (notedOn > todayInAmsterdam()) next.notedOn = t('form.dateInFuture');
      if (!text.trim()) next.text = t('form.required', { label: labels.text.toLowerCase() });
      else if (text.length > 5000) next.text = t('form.tooLong', { label: labels.text, max: 5000 });
      return next;
    },
  });
  const save = useMutation({
    mutationFn: (v: NoteValues) =>
      call(
        api.POST('/api/v1/clients/{id}/notes', {
          params: { path: { id: clientId } },
          body: { kind: v.kind as (typeof NOTE_KINDS)[number], notedOn: v.notedOn, text: v.text.trim() },
        }),
      ),
    onSuccess: async () => {
      form.reset(empty());
      flash(t('note.form.saved'));
      await queryClient.invalidateQueries({ queryKey: notesKeys.client(clientId) });
    },
  });
  return (
    <form className="wp-form wp-card" noValidate onSubmit={form.submit((v) => save.mutateAsync(v))} aria-labelledby="note-form-heading">
      <h3 id="note-form-heading" className="utrecht-heading-3">
        {t('note.form.title')}
      </h3>
      <FormErrors form={form} />
      <div className="wp-field-row">
        <FormSelectField
          form={form}
          name="kind"
          required
          options={NOTE_KINDS.map((k) => ({ value: k, label: t(`note.kind.${k}` as MessageKey) }))}
        />
        <FormTextField form={form} name="notedOn" type="date" required width="sm" />
      </div>
      <FormTextareaField form={form} name="text" required description={t('note.form.textHint')} maxLength={5000} />
      <SubmitButton busy={save.isPending}>{t('note.form.submit')}</SubmitButton>
    </form>
  );
}
