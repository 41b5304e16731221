import { useMutation } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { SessionUser } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { api, call } from '../../api/index.ts';
import { fieldId } from '../../ui/fields.tsx';
import { FormErrors, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { checkHandover, handoverBody, type HandoverValues, type ParticipantValues } from './noticeForm.ts';
import { useNoticeUpdate, type Notice } from './queries.ts';

const MAX_PARTICIPANTS = 12;
const emptyParticipant = (): ParticipantValues => ({ name: '', organisation: '', role: '' });

/** The warm handover: the ones planned, and the form to plan one before release. */
export function HandoverSection({ notice, user, mayPlan }: { notice: Notice; user: SessionUser; mayPlan: boolean }) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  // A handover is before (or on) the release day; once released only the emergency path still plans one.
  const canPlan = mayPlan && (notice.releasedOn === null || notice.withoutNotice);
  const showForm = canPlan && (notice.handovers.length === 0 || open);
  return (
    <section className="wp-section" aria-labelledby="notice-handover">
      <h2 className="utrecht-heading-2" id="notice-handover">
        {t('aftercare.handover.title')}
      </h2>
      <p className="utrecht-paragraph">{t('aftercare.handover.intro')}</p>
      {notice.handovers.length === 0 ? <p className="utrecht-paragraph wp-muted">{t('aftercare.handover.none')}</p> : null}
      {notice.handovers.map((h) => (
        <article className="wp-card wp-section" key={h.id} aria-labelledby={`handover-${h.id}`}>
          <h3 className="utrecht-heading-3" id={`handover-${h.id}`}>
            {t('aftercare.handover.planned', { when: formatDateTime(h.startsAt), place: h.place })}
          </h3>
          <h4 className="utrecht-heading-4">{t('aftercare.handover.participants')}</h4>
          <ul className="utrecht-unordered-list">
            {h.participants.map((p, i) => (
              <li className="utrecht-unordered-list__item" key={i}>
                {p.role
                  ? t('aftercare.handover.participantRole', { name: p.name, role: p.role, organisation: p.organisation })
                  : t('aftercare.handover.participant', { name: p.name, organisation: p.organisation })}
              </li>
            ))}
          </ul>
          {h.note ? <p className="utrecht-paragraph wp-preserve">{h.note}</p> : null}
          <p className="utrecht-paragraph wp-muted wp-small">{t('aftercare.handover.plannedBy', { name: h.plannedByName })}</p>
        </article>
      ))}
      {canPlan && !showForm ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('aftercare.handover.planAnother')}
        </Button>
      ) : null}
      {showForm ? <HandoverForm notice={notice} user={user} onDone={() => setOpen(false)} /> : null}
    </section>
  );
}

function HandoverForm({ notice, user, onDone }: { notice: Notice; user: SessionUser; onDone: () => void }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const addButton = useRef<HTMLButtonElement>(null);
  const ownRole = user.roles.find((r) => r === 'nazorgcoordinator' || r === 'inrichtingsmedewerker');
  const defaultValues: HandoverValues = {
    date: '',
    time: '10:00',
    place: '',
    participants: [
      { name: user.name, organisation: user.organisation.name, role: ownRole ? t(`role.${ownRole}` as MessageKey) : '' },
      emptyParticipant(),
    ],
    note: '',
  };
  const [count, setCount] = useState(defaultValues.participants.length);
  const labels: Record<string, string> = {
    date: t('aftercare.handover.date'),
    time: t('aftercare.handover.time'),
    place: t('aftercare.handover.place'),
  };
  for (let i = 0; i < count; i++) {
    labels[`participants.${i}.name`] = t('aftercare.handover.participantName', { n: i + 1 });
    labels[`participants.${i}.organisation`] = t('aftercare.handover.participantOrganisation', { n: i + 1 });
    labels[`participants.${i}.role`] = t('aftercare.handover.participantRoleField', { n: i + 1 });
  }
  labels.note = t('aftercare.handover.note');
  const form = useApiForm<HandoverValues>({
    idPrefix: 'handover-',
    defaultValues,
    labels,
    apiNames: { startsAt: 'date' },
    checks: (v) => checkHandover(v, t, labels),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'participants' });
  const plan = useMutation({
    mutationFn: (v: HandoverValues) =>
      call(api.POST('/api/v1/aftercare/notices/{id}/handovers', { params: { path: { id: notice.id } }, body: handoverBody(v) })),
    onSuccess: async (n) => {
      flash(t('aftercare.handover.saved'));
      await update(n);
      onDone();
    },
  });
  const add = () => {
    if (fields.length >= MAX_PARTICIPANTS) return;
    const index = fields.length;
    append(emptyParticipant(), { shouldFocus: false });
    setCount(index + 1);
    requestAnimationFrame(() => document.getElementById(fieldId(`handover-participants.${index}.name`))?.focus());
  };
  const removeAt = (index: number) => {
    remove(index);
    setCount(fields.length - 1);
    form.clearErrors();
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <form className="wp-form" noValidate aria-label={t('aftercare.handover.plan')} onSubmit={form.submit((v) => plan.mutateAsync(v))}>
      <h3 className="utrecht-heading-3">{t('aftercare.handover.plan')}</h3>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <div className="wp-field-row">
        <FormTextField form={form} name="date" type="date" required />
        <FormTextField form={form} name="time" type="time" width="sm" description={t('aftercare.handover.timeHint')} required />
      </div>
      <FormTextField form={form} name="place" autoComplete="off" required />
      {fields.map((field, index) => (
        <div className="utrecht-form-fieldset wp-aftercare-participant" key={field.id}>
          <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('aftercare.handover.participantLegend', { n: index + 1 })}
            </legend>
            <div className="wp-field-row">
              <FormTextField form={form} name={`participants.${index}.name`} autoComplete="off" width="md" required />
              <FormTextField form={form} name={`participants.${index}.organisation`} autoComplete="off" width="md" required />
              <FormTextField form={form} name={`participants.${index}.role`} autoComplete="off" width="md" optional />
            </div>
            {fields.length > 2 ? (
              <Button appearance="subtle-button" onClick={() => removeAt(index)}>
                {t('aftercare.handover.removeParticipant', { n: index + 1 })}
              </Button>
            ) : null}
          </fieldset>
        </div>
      ))}
      <p className="utrecht-paragraph">
        <Button appearance="secondary-action-button" ref={addButton} onClick={add} disabled={fields.length >= MAX_PARTICIPANTS}>
          {t('aftercare.handover.addParticipant')}
        </Button>
      </p>
      <FormTextareaField form={form} name="note" rows={2} maxLength={2000} optional />
      <SubmitButton busy={plan.isPending}>{t('aftercare.handover.submit')}</SubmitButton>
    </form>
  );
}
