import { useMutation } from '@tanstack/react-query';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import './aftercare.css';
import { NoticeFormPage, useOpenSavedNotice } from './FormParts.tsx';
import {
  checkWithoutNotice,
  domainLabels,
  emptyWithoutNotice,
  personLabels,
  withoutNoticeBody,
  type WithoutNoticeValues,
} from './noticeForm.ts';

/** The emergency path: the coordinator records a release the municipality heard of without a notice. */
export function WithoutNoticePage() {
  const { t } = useI18n();
  const openSaved = useOpenSavedNotice();
  const labels = {
    ...personLabels(t),
    institutionId: t('aftercare.detention.institution'),
    detentionStartedOn: t('aftercare.detention.startedOn'),
    releaseOn: t('aftercare.detention.releasedOn'),
    activities: t('aftercare.detention.activities'),
    ...domainLabels(t),
  };
  const form = useApiForm<WithoutNoticeValues>({
    defaultValues: emptyWithoutNotice(),
    labels,
    checks: (v) => checkWithoutNotice(v, t, todayInAmsterdam(), labels),
  });
  const register = useMutation({
    mutationFn: (v: WithoutNoticeValues) => call(api.POST('/api/v1/aftercare/notices/without-notice', { body: withoutNoticeBody(v) })),
    onSuccess: (notice) => openSaved(notice, t('aftercare.emergency.saved')),
  });

  return (
    <NoticeFormPage
      title={t('aftercare.emergency.title')}
      intro={t('aftercare.emergency.intro')}
      form={form}
      onSubmit={(v) => register.mutateAsync(v)}
      busy={register.isPending}
      submitLabel={t('aftercare.emergency.submit')}
      detention={(organisations) => (
        <>
          <FormSelectField
            form={form}
            name="institutionId"
            options={[
              { value: '', label: t('aftercare.detention.institutionUnknown') },
              ...organisations.institutions.map((i) => ({ value: i.id, label: i.name })),
            ]}
            optional
          />
          <div className="wp-field-row">
            <FormTextField form={form} name="detentionStartedOn" type="date" optional />
            <FormTextField form={form} name="releaseOn" type="date" required />
          </div>
          <FormTextareaField
            form={form}
            name="activities"
            description={t('aftercare.detention.activitiesHint')}
            rows={3}
            maxLength={4000}
            optional
          />
        </>
      )}
    />
  );
}
