import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api, call, type ResponseOf } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormTextareaField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { MeasureView } from './MeasureView.tsx';
import { myMeasuresQuery, workfirstKeys } from './queries.ts';

type PortalMeasure = ResponseOf<'listMyWorkfirstMeasures'>[number];

/** The client's confirmed measures, and their response while the hearing period runs. */
export function MyMeasuresPage() {
  const { t, formatDate } = useI18n();
  const { data } = useSuspenseQuery(myMeasuresQuery());
  return (
    <>
      <PageHeader title={t('workfirst.portal.title')} documentTitle={t('workfirst.portal.title')} lead={t('workfirst.portal.intro')} />
      {data.length === 0 ? <p className="utrecht-paragraph">{t('workfirst.portal.none')}</p> : null}
      {data.map((m) => (
        <section key={m.id} className="wp-section wp-card" aria-labelledby={`measure-${m.id}`}>
          <h2 id={`measure-${m.id}`} className="utrecht-heading-2">
            {t('workfirst.portal.week', { date: formatDate(m.weekStart), activity: m.activity, provider: m.providerName })}
          </h2>
          <MeasureView measure={m} />
          {m.clientResponse ? (
            <p className="utrecht-paragraph">{t('workfirst.portal.yourResponse', { response: m.clientResponse })}</p>
          ) : null}
          {m.hearingOpen ? <ResponseForm measure={m} /> : null}
        </section>
      ))}
    </>
  );
}

function ResponseForm({ measure }: { measure: PortalMeasure }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = { response: t('workfirst.portal.respond') };
  const form = useApiForm<{ response: string }>({
    idPrefix: `wf-resp-${measure.id}`,
    defaultValues: { response: measure.clientResponse ?? '' },
    labels,
    checks: ({ response }) => {
      const next: FieldErrors = {};
      if (!response.trim()) next.response = t('form.required', { label: labels.response.toLowerCase() });
      return next;
    },
  });
  const send = useMutation({
    mutationFn: (v: { response: string }) =>
      call(
        api.POST('/api/v1/portal/workfirst/measures/{id}/response', {
          params: { path: { id: measure.id } },
          body: { response: v.response.trim() },
        }),
      ),
    onSuccess: async () => {
      flash(t('workfirst.portal.saved'));
      await queryClient.invalidateQueries({ queryKey: workfirstKeys.portal });
    },
  });
  return (
    <form className="wp-form" noValidate onSubmit={form.submit((v) => send.mutateAsync(v))}>
      <FormErrors form={form} />
      <FormTextareaField form={form} name="response" description={t('workfirst.portal.respondHint')} maxLength={4000} rows={4} required />
      <SubmitButton busy={send.isPending}>{t('workfirst.portal.submit')}</SubmitButton>
    </form>
  );
}
