import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { amsterdamInstant, isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, type Appointment } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { agendaKeys } from './queries.ts';

const FIELDS = ['title', 'date', 'startTime', 'endTime', 'location', 'videoUrl'] as const;
/** The API's field names onto this form's (the form asks for a date and two times, the API for two instants). */
const FROM_API: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime' };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Plans an appointment (with the client, when one is given) for the signed-in user. */
export function AppointmentForm({ client }: { client?: { id: string; displayName: string } }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => todayInAmsterdam());
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [location, setLocation] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels = {
    title: t('agenda.form.subject'),
    date: t('agenda.form.date'),
    startTime: t('agenda.form.start'),
    endTime: t('agenda.form.end'),
    location: t('agenda.form.location'),
    videoUrl: t('agenda.form.videoUrl'),
  };

  const plan = useMutation({
    mutationFn: (): Promise<Appointment> =>
      call(
        api.POST('/api/v1/appointments', {
          body: {
            title: title.trim(),
            startsAt: amsterdamInstant(date, startTime).toISOString(),
            endsAt: amsterdamInstant(date, endTime).toISOString(),
            location: location.trim() || null,
            videoUrl: videoUrl.trim() || null,
            clientId: client?.id ?? null,
            participantUserIds: [],
          },
        }),
      ),
    onSuccess: async () => {
      setTitle('');
      setStartTime('');
      setEndTime('');
      setLocation('');
      setVideoUrl('');
      setErrors({});
      flash(t('agenda.form.saved'));
      await queryClient.invalidateQueries({ queryKey: agendaKeys.all });
    },
    onError: (error) => {
      const raw = fieldErrorsFromError(error, [...FIELDS, 'startsAt', 'endsAt']);
      const mapped = Object.fromEntries(Object.entries(raw).map(([k, v]) => [FROM_API[k] ?? k, v]));
      if (hasErrors(mapped)) {
        setErrors(mapped);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (plan.isPending) return;
    const next: FieldErrors = {};
    if (!title.trim()) next.title = t('form.required', { label: labels.title.toLowerCase() });
    if (!isIsoDate(date)) next.date = t('form.invalidDate');
    if (!TIME.test(startTime)) next.startTime = t('form.required', { label: labels.startTime.toLowerCase() });
    if (!TIME.test(endTime)) next.endTime = t('form.required', { label: labels.endTime.toLowerCase() });
    else if (TIME.test(startTime) && endTime <= startTime) next.endTime = t('agenda.form.endBeforeStart');
    setErrors(next);
    if (hasErrors(next)) {
      setAttempt((n) => n + 1);
      return;
    }
    plan.mutate();
  };

  const heading = client ? t('agenda.form.clientTitle', { name: client.displayName }) : t('agenda.form.title');
  return (
    <section className="wp-section wp-card" aria-labelledby="appointment-form-heading">
      <h2 id="appointment-form-heading" className="utrecht-heading-2">
        {heading}
      </h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {plan.isError && !hasErrors(errors) ? <ProblemAlert error={plan.error} /> : null}
        <TextField name="title" label={labels.title} value={title} onChange={setTitle} error={errors.title} required maxLength={200} />
        <div className="wp-field-row">
          <TextField name="date" type="date" label={labels.date} value={date} onChange={setDate} error={errors.date} required width="sm" />
          <TextField
            name="startTime"
            type="time"
            label={labels.startTime}
            value={startTime}
            onChange={setStartTime}
            error={errors.startTime}
            required
            width="xs"
          />
          <TextField
            name="endTime"
            type="time"
            label={labels.endTime}
            value={endTime}
            onChange={setEndTime}
            error={errors.endTime}
            required
            width="xs"
          />
        </div>
        <TextField
          name="location"
          label={labels.location}
          value={location}
          onChange={setLocation}
          error={errors.location}
          optional
          maxLength={200}
        />
        <TextField
          name="videoUrl"
          type="url"
          label={labels.videoUrl}
          description={t('agenda.form.videoHint')}
          value={videoUrl}
          onChange={setVideoUrl}
          error={errors.videoUrl}
          optional
          maxLength={500}
        />
        <SubmitButton busy={plan.isPending}>{t('agenda.form.submit')}</SubmitButton>
      </form>
    </section>
  );
}
