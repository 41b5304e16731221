import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { FormSelectField, FormTextareaField, FormTextField, type ApiForm } from '../../ui/form.tsx';
import { DOMAIN_STATUSES, LIFE_DOMAINS, type DomainValues, type LifeDomain, type PersonValues } from './noticeForm.ts';

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
