import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { addDays, isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import { InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import './aftercare.css';
import { DomainFields, Fieldset, PersonFields } from './FormParts.tsx';
import { checkSend, domainLabels, emptySend, personLabels, sendBody, type SendValues } from './noticeForm.ts';
import { IN_TIME_DAYS } from './notices.ts';
import { aftercareKeys, aftercareOrganisationsQuery } from './queries.ts';

/** "Vrijlatingsmelding doen": the institution's staff notify the municipality where the person will live. */
export function SendNoticePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const organisations = useQuery(aftercareOrganisationsQuery());
  const today = todayInAmsterdam();
  const labels = {
    ...personLabels(t),
    municipalityId: t('aftercare.detention.municipality'),
    detentionStartedOn: t('aftercare.detention.startedOn'),
    expectedReleaseOn: t('aftercare.detention.expectedReleaseOn'),
    activities: t('aftercare.detention.activities'),
    ...domainLabels(t),
  };
  const form = useApiForm<SendValues>({
    defaultValues: emptySend(),
    labels,
    checks: (v) => checkSend(v, t, todayInAmsterdam(), labels),
  });
  const send = useMutation({
    mutationFn: (v: SendValues) => call(api.POST('/api/v1/aftercare/notices', { body: sendBody(v) })),
    onSuccess: async (notice) => {
      flash(t('aftercare.send.sent', { municipality: notice.municipalityName }), { afterNavigation: true });
      await queryClient.invalidateQueries({ queryKey: aftercareKeys.all });
      await navigate({ to: '/nazorg/$id', params: { id: notice.id } });
    },
  });
  const expected = form.watch('expectedReleaseOn');
  const late = isIsoDate(expected) && expected >= today && expected < addDays(today, IN_TIME_DAYS);

  return (
    <>
      <PageHeader title={t('aftercare.send.title')} lead={t('aftercare.send.intro')} />
      <p className="utrecht-paragraph">
        <Link to="/nazorg" className="utrecht-link">
          {t('aftercare.notice.back')}
        </Link>
      </p>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      {organisations.data ? (
        <form className="wp-form" noValidate onSubmit={form.submit((v) => send.mutateAsync(v))}>
          <FormErrors form={form} />
          <PersonFields form={form} />
          <Fieldset legend={t('aftercare.detention.legend')}>
            <FormSelectField
              form={form}
              name="municipalityId"
              description={t('aftercare.detention.municipalityHint')}
              placeholder={t('app.chooseOption')}
              options={organisations.data.municipalities.map((m) => ({ value: m.id, label: m.name }))}
              required
            />
            <div className="wp-field-row">
              <FormTextField form={form} name="detentionStartedOn" type="date" required />
              <FormTextField form={form} name="expectedReleaseOn" type="date" required />
            </div>
            {late ? <InfoAlert>{t('aftercare.send.lateWarning')}</InfoAlert> : null}
            <FormTextareaField
              form={form}
              name="activities"
              description={t('aftercare.detention.activitiesHint')}
              rows={4}
              maxLength={4000}
              optional
            />
          </Fieldset>
          <DomainFields form={form} />
          <SubmitButton busy={send.isPending}>{t('aftercare.send.submit')}</SubmitButton>
        </form>
      ) : null}
    </>
  );
}
