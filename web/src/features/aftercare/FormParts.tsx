import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { ResponseOf } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, type ApiForm } from '../../ui/form.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { DOMAIN_STATUSES, LIFE_DOMAINS, type DomainValues, type LifeDomain, type PersonValues } from './noticeForm.ts';
import { aftercareKeys, aftercareOrganisationsQuery } from './queries.ts';

type AftercareOrganisations = ResponseOf<'listAftercareOrganisations'>;

/** After a notice is saved: say so on the next page, refresh the aftercare lists and open the notice. */
export function useOpenSavedNotice(): (notice: { id: string }, message: string) => Promise<void> {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  return async (notice, message) => {
    flash(message, { afterNavigation: true });
    await queryClient.invalidateQueries({ queryKey: aftercareKeys.all });
    await navigate({ to: '/nazorg/$id', params: { id: notice.id } });
  };
}

/**
 * The page frame of a notice form: heading, the way back to the overview, the organisations to choose from
 * (loading and error), and the form with its error summary, the person, the detention fieldset the page
 * fills, the life domains and the submit button.
 */
export function NoticeFormPage<V extends PersonValues & WithDomains>({
  title,
  intro,
  form,
  onSubmit,
  busy,
  submitLabel,
  detention,
}: {
  title: string;
  intro: string;
  form: ApiForm<V>;
  onSubmit: (values: V) => Promise<unknown>;
  busy: boolean;
  submitLabel: string;
  detention: (organisations: AftercareOrganisations) => ReactNode;
}) {
  const { t } = useI18n();
  const organisations = useQuery(aftercareOrganisationsQuery());
  return (
    <>
      <PageHeader title={title} lead={intro} />
      <p className="utrecht-paragraph">
        <Link to="/nazorg" className="utrecht-link">
          {t('aftercare.notice.back')}
        </Link>
      </p>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      {organisations.data ? (
        <form className="wp-form" noValidate onSubmit={form.submit(onSubmit)}>
          <FormErrors form={form} />
          <PersonFields form={form} />
          <Fieldset legend={t('aftercare.detention.legend')}>{detention(organisations.data)}</Fieldset>
          <DomainFields form={form} />
          <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
        </form>
      ) : null}
    </>
  );
}

/** A group of fields under a legend (NL Design System fieldset markup). */
export function Fieldset({ legend, description, children }: { legend: string; description?: ReactNode; children: ReactNode }) {
  return (
    <div className="utrecht-form-fieldset wp-form-section">
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {description ? <p className="utrecht-paragraph wp-muted">{description}</p> : null}
        {children}
      </fieldset>
    </div>
  );
}

/** BSN, name and date of birth of the person, as the notice forms ask them. */
export function PersonFields<V extends PersonValues & FieldValues>({ form }: { form: ApiForm<V> }) {
  const f = form as unknown as ApiForm<PersonValues>;
  const { t } = useI18n();
  return (
    <Fieldset legend={t('aftercare.person.legend')}>
      <FormTextField form={f} name="bsn" inputMode="numeric" autoComplete="off" width="sm" required />
      <div className="wp-field-row">
        <FormTextField form={f} name="firstName" autoComplete="off" width="md" required />
        <FormTextField form={f} name="surnamePrefix" autoComplete="off" width="xs" optional />
        <FormTextField form={f} name="surname" autoComplete="off" width="md" required />
      </div>
      <FormTextField form={f} name="dateOfBirth" type="date" required />
    </Fieldset>
  );
}

type WithDomains = FieldValues & { domains: Record<LifeDomain, DomainValues> };

/** The five basic conditions and the social network as far as the sender knows them: a status and a note each. */
export function DomainFields<V extends WithDomains>({ form }: { form: ApiForm<V> }) {
  const f = form as unknown as ApiForm<{ domains: Record<LifeDomain, DomainValues> }>;
  const { t } = useI18n();
  const statusOptions = [
    { value: '', label: t('aftercare.conditions.unknown') },
    ...DOMAIN_STATUSES.map((s) => ({ value: s, label: t(`aftercare.status.${s}` as MessageKey) })),
  ];
  return (
    <Fieldset legend={t('aftercare.conditions.legend')} description={t('aftercare.conditions.hint')}>
      <div className="wp-aftercare-domain-grid">
        {LIFE_DOMAINS.map((d) => (
          <div key={d} className="utrecht-form-fieldset wp-aftercare-domain-input">
            <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                {t(`aftercare.domain.${d}` as MessageKey)}
              </legend>
              <FormSelectField
                form={f}
                name={`domains.${d}.status`}
                label={t('aftercare.domains.status')}
                options={statusOptions}
                optional
              />
              <FormTextareaField
                form={f}
                name={`domains.${d}.notes`}
                label={t('aftercare.domains.notes')}
                rows={2}
                maxLength={4000}
                optional
              />
            </fieldset>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
