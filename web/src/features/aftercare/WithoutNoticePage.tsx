import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import './aftercare.css';
import { DomainFields, Fieldset, PersonFields } from './FormParts.tsx';
import {
  checkWithoutNotice,
  domainLabels,
  emptyWithoutNotice,
  personLabels,
  withoutNoticeBody,
  type WithoutNoticeValues,
} from './noticeForm.ts';
import { aftercareKeys, aftercareOrganisationsQuery } from './queries.ts';

/** The emergency path: the coordinator records a release the municipality heard of without a notice. */
export function WithoutNoticePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const organisations = useQuery(aftercareOrganisationsQuery());
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
    onSuccess: async (notice) => {
      flash(t('aftercare.emergency.saved'), { afterNavigation: true });
      await queryClient.invalidateQueries({ queryKey: aftercareKeys.all });
      await navigate({ to: '/nazorg/$id', params: { id: notice.id } });
    },
  });

  return (
    <>
      <PageHeader title={t('aftercare.emergency.title')} lead={t('aftercare.emergency.intro')} />
      <p className="utrecht-paragraph">
        <Link to="/nazorg" className="utrecht-link">
          {t('aftercare.notice.back')}
        </Link>
      </p>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      {organisations.data ? (
        <form className="wp-form" noValidate onSubmit={form.submit((v) => register.mutateAsync(v))}>
          <FormErrors form={form} />
          <PersonFields form={form} />
          <Fieldset legend={t('aftercare.detention.legend')}>
            <FormSelectField
              form={form}
              name="institutionId"
              options={[
                { value: '', label: t('aftercare.detention.institutionUnknown') },
                ...organisations.data.institutions.map((i) => ({ value: i.id, label: i.name })),
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
          </Fieldset>
          <DomainFields form={form} />
          <SubmitButton busy={register.isPending}>{t('aftercare.emergency.submit')}</SubmitButton>
        </form>
      ) : null}
    </>
  );
}
