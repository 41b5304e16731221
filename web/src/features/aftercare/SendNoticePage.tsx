import { useMutation } from '@tanstack/react-query';
import { addDays, isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import { InfoAlert } from '../../ui/misc.tsx';
import './aftercare.css';
import { NoticeFormPage, useOpenSavedNotice } from './FormParts.tsx';
import { checkSend, domainLabels, emptySend, personLabels, sendBody, type SendValues } from './noticeForm.ts';
import { IN_TIME_DAYS } from './notices.ts';

/** "Vrijlatingsmelding doen": the institution's staff notify the municipality where the person will live. */
export function SendNoticePage() {
  const { t } = useI18n();
  const openSaved = useOpenSavedNotice();
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
    onSuccess: (notice) => openSaved(notice, t('aftercare.send.sent', { municipality: notice.municipalityName })),
  });
  const expected = form.watch('expectedReleaseOn');
  const late = isIsoDate(expected) && expected >= today && expected < addDays(today, IN_TIME_DAYS);

  return (
    <NoticeFormPage
      title={t('aftercare.send.title')}
      intro={t('aftercare.send.intro')}
      form={form}
      onSubmit={(v) => send.mutateAsync(v)}
      busy={send.isPending}
      submitLabel={t('aftercare.send.submit')}
      detention={(organisations) => (
        <>
          <FormSelectField
            form={form}
            name="municipalityId"
            description={t('aftercare.detention.municipalityHint')}
            placeholder={t('app.chooseOption')}
            options={organisations.municipalities.map((m) => ({ value: m.id, label: m.name }))}
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
        </>
      )}
    />
  );
}
