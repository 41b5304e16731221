import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { amsterdamWallClock } from '../../../../src/kernel/dates.ts';
import { api, apiUrl, call, type Appointment } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { TextareaField } from '../../ui/fields.tsx';
import { Badge } from '../../ui/misc.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { agendaKeys } from './queries.ts';

const time = (iso: string) => amsterdamWallClock(new Date(iso)).time;

/** One appointment in the agenda: when, what, where, with whom, and what a participant can do with it. */
export function AppointmentItem({ appointment: a }: { appointment: Appointment }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [reporting, setReporting] = useState(false);
  const begun = new Date(a.startsAt) <= new Date();
  const change = useMutation({
    mutationFn: (body: { status?: 'cancelled' | 'held' | 'no_show'; outcomeNote?: string | null }) =>
      call(api.PATCH('/api/v1/appointments/{id}', { params: { path: { id: a.id } }, body })),
    onSuccess: async (_data, body) => {
      setReporting(false);
      flash(body.status === 'cancelled' ? t('agenda.cancelled') : t('agenda.outcome.saved'));
      await queryClient.invalidateQueries({ queryKey: agendaKeys.all });
    },
  });
  return (
    <li className="wp-agenda__item" data-status={a.status}>
      <p className="utrecht-paragraph wp-agenda__when">
        <strong>{t('agenda.time', { start: time(a.startsAt), end: time(a.endsAt) })}</strong> {a.title}{' '}
        {a.status !== 'planned' ? (
          <Badge tone={a.status === 'held' ? 'ok' : 'warn'}>{t(`agenda.status.${a.status}` as MessageKey)}</Badge>
        ) : null}
      </p>
      {a.client ? (
        <p className="utrecht-paragraph">
          <Link to="/clienten/$id" params={{ id: a.client.id }} className="utrecht-link">
            {t('agenda.withClient', { name: a.client.displayName })}
          </Link>
        </p>
      ) : a.withClient ? (
        <p className="utrecht-paragraph wp-muted">{t('agenda.withHiddenClient')}</p>
      ) : null}
      {a.location ? <p className="utrecht-paragraph">{a.location}</p> : null}
      {a.videoUrl ? (
        <p className="utrecht-paragraph">
          <a href={a.videoUrl} className="utrecht-link" target="_blank" rel="noreferrer noopener">
            {t('agenda.video')}
          </a>
        </p>
      ) : null}
      <p className="utrecht-paragraph wp-muted">{t('agenda.participants', { names: a.participants.map((p) => p.name).join(', ') })}</p>
      {a.outcomeNote ? <p className="utrecht-paragraph wp-preserve">{a.outcomeNote}</p> : null}
      <p className="utrecht-paragraph wp-agenda__actions">
        <a href={apiUrl('/api/v1/appointments/{id}/ics', { id: a.id })} className="utrecht-link" download>
          {t('agenda.addToCalendar')}
        </a>
        {a.mine && a.status === 'planned' && !begun ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action wp-inline-button"
            onClick={() => change.mutate({ status: 'cancelled' })}
          >
            {t('agenda.cancel')}
          </button>
        ) : null}
        {a.mine && begun && a.status !== 'cancelled' && !reporting ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action wp-inline-button"
            onClick={() => setReporting(true)}
          >
            {t('agenda.outcome')}
          </button>
        ) : null}
      </p>
      {change.isError ? <ProblemAlert error={change.error} /> : null}
      {reporting ? <OutcomeForm appointment={a} busy={change.isPending} onSave={(body) => change.mutate(body)} /> : null}
    </li>
  );
}

function OutcomeForm({
  appointment,
  busy,
  onSave,
}: {
  appointment: Appointment;
  busy: boolean;
  onSave: (body: { status: 'held' | 'no_show'; outcomeNote: string | null }) => void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'held' | 'no_show'>(appointment.status === 'no_show' ? 'no_show' : 'held');
  const [note, setNote] = useState(appointment.outcomeNote ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ status, outcomeNote: note.trim() || null });
  };
  const name = `outcome-${appointment.id}`;
  return (
    <form onSubmit={submit} noValidate className="wp-agenda__outcome">
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('agenda.outcome.legend')}</legend>
        {(['held', 'no_show'] as const).map((value) => (
          <label key={value} className="utrecht-form-label utrecht-form-label--radio wp-radio">
            <input
              type="radio"
              className="utrecht-radio-button"
              name={name}
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />{' '}
            {t(value === 'held' ? 'agenda.outcome.held' : 'agenda.outcome.noShow')}
          </label>
        ))}
      </fieldset>
      <TextareaField
        name={`${name}-note`}
        label={t('agenda.outcome.note')}
        value={note}
        onChange={setNote}
        optional
        rows={3}
        maxLength={4000}
      />
      <SubmitButton busy={busy}>{t('agenda.outcome.save')}</SubmitButton>
    </form>
  );
}
