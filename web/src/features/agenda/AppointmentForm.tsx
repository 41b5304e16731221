import { useMutation, useQueryClient } from '@tanstack/react-query';
import { amsterdamInstant, isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { agendaKeys } from './queries.ts';

interface AppointmentValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  videoUrl: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const emptyAppointment = (): AppointmentValues => ({
  title: '',
  date: todayInAmsterdam(),
  startTime: '',
  endTime: '',
  location: '',
  videoUrl: '',
});

/** Plans an appointment (with the client, when one is given) for the signed-in user. */
export function AppointmentForm({ client }: { client?: { id: string; displayName: string } }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = {
    title: t('agenda.form.subject'),
    date: t('agenda.form.date'),
    startTime: t('agenda.form.start'),
    endTime: t('agenda.form.end'),
    location: t('agenda.form.location'),
    videoUrl: t('agenda.form.videoUrl'),
  };
  const form = useApiForm<AppointmentValues>({
    defaultValues: emptyAppointment(),
    labels,
    // The form asks for a date and two times, the API for two instants.
    apiNames: { startsAt: 'startTime', endsAt: 'endTime' },
    checks: ({ title, date, startTime, endTime }) => {
      const next: FieldErrors = {};
      if (!title.trim()) next.title = t('form.required', { label: labels.title.toLowerCase() });
      if (!isIsoDate(date)) next.date = t('form.invalidDate');
      if (!TIME.test(startTime)) next.startTime = t('form.required', { label: labels.startTime.toLowerCase() });
      if (!TIME.test(endTime)) next.endTime = t('form.required', { label: labels.endTime.toLowerCase() });
      else if (TIME.test(startTime) && endTime <= startTime) next.endTime = t('agenda.form.endBeforeStart');
      return next;
    },
  });

  const plan = useMutation({
    mutationFn: (values: AppointmentValues) =>
      call(
        api.POST('/api/v1/appointments', {
          body: {
            title: values.title.trim(),
            startsAt: amsterdamInstant(values.date, values.startTime).toISOString(),
            endsAt: amsterdamInstant(values.date, values.endTime).toISOString(),
            location: values.location.trim() || null,
            videoUrl: values.videoUrl.trim() || null,
            clientId: client?.id ?? null,
            participantUserIds: [],
          },
        }),
      ),
    onSuccess: async (_data, values) => {
      form.reset({ ...emptyAppointment(), date: values.date });
      flash(t('agenda.form.saved'));
      await queryClient.invalidateQueries({ queryKey: agendaKeys.all });
    },
  });

  const heading = client ? t('agenda.form.clientTitle', { name: client.displayName }) : t('agenda.form.title');
  return (
    <section className="wp-section wp-card" aria-labelledby="appointment-form-heading">
      <h2 id="appointment-form-heading" className="utrecht-heading-2">
        {heading}
      </h2>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => plan.mutateAsync(values))}>
        <FormErrors form={form} />
        <FormTextField form={form} name="title" required maxLength={200} />
        <div className="wp-field-row">
          <FormTextField form={form} name="date" type="date" required width="sm" />
          <FormTextField form={form} name="startTime" type="time" required width="xs" />
          <FormTextField form={form} name="endTime" type="time" required width="xs" />
        </div>
        <FormTextField form={form} name="location" optional maxLength={200} />
        <FormTextField form={form} name="videoUrl" type="url" description={t('agenda.form.videoHint')} optional maxLength={500} />
        <SubmitButton busy={plan.isPending}>{t('agenda.form.submit')}</SubmitButton>
      </form>
    </section>
  );
}
