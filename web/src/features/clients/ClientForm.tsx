import { type ReactNode } from 'react';
import { isApiError, TARGET_GROUPS, type TargetGroup } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { benefitLabel, educationLabel, genderLabel, targetGroupLabel } from '../../app/labels.ts';
import {
  FormCheckboxField,
  FormCheckboxGroup,
  FormErrors,
  FormSelectField,
  FormTextareaField,
  FormTextField,
  useApiForm,
  useBound,
  type ApiForm,
} from '../../ui/form.tsx';
import { invalidParamsAsFieldErrors } from '../../ui/apiForm.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { WantedOccupationsField } from '../matching/WantedOccupationsField.tsx';
import {
  ALL_KEYS,
  BENEFIT_OPTIONS,
  EDUCATION_OPTIONS,
  FIELD_LABEL,
  FIELD_PATH,
  GENDER_OPTIONS,
  validateClientForm,
  type ClientFormKey,
  type ClientFormValues,
} from './clientForm.ts';

interface ClientFormProps {
  initial: ClientFormValues;
  /** Show the health-limitations field (only when the user may see it). */
  includeHealth: boolean;
  submitLabel: string;
  /** Sends the values; throws ApiError on failure (400 → field errors). */
  onSubmit: (values: ClientFormValues) => Promise<void>;
  /** Shown above the submit button, e.g. a cancel link. */
  secondaryAction?: ReactNode;
}

export function ClientForm({ initial, includeHealth, submitLabel, onSubmit, secondaryAction }: ClientFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const keys = includeHealth ? ALL_KEYS : ALL_KEYS.filter((k) => k !== 'healthLimitations');
  const labels = Object.fromEntries(keys.map((k) => [k, t(FIELD_LABEL[k])]));
  const form = useApiForm<ClientFormValues>({
    defaultValues: initial,
    labels,
    // The form's fields are flat; the API nests the address (address.street → street).
    apiNames: API_NAMES,
    checks: (values) => {
      const byPath = validateClientForm(values, i18n, { includeHealth });
      return Object.fromEntries(Object.entries(byPath).map(([path, message]) => [KEY_OF_PATH.get(path) ?? path, message]));
    },
  });

  const save = async (values: ClientFormValues) => {
    try {
      await onSubmit(values);
    } catch (error) {
      // A BSN that is already registered is a 409 without invalidParams; it belongs at the BSN field.
      if (isApiError(error) && error.code === 'duplicate_bsn' && !invalidParamsAsFieldErrors(error, keys, API_NAMES)) {
        form.showFieldErrors({ bsn: t('problem.duplicate_bsn') });
        return;
      }
      throw error;
    }
  };

  return (
    <form className="wp-form" noValidate onSubmit={form.submit(save)}>
      <FormErrors form={form} />

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.personal')}</h2>
        <FormTextField
          form={form}
          name="bsn"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={11}
          width="sm"
          required
        />
        <FormTextField form={form} name="firstName" autoComplete="off" width="md" required />
        <FormTextField form={form} name="surnamePrefix" autoComplete="off" width="sm" optional />
        <FormTextField form={form} name="surname" autoComplete="off" width="md" required />
        <FormTextField form={form} name="dateOfBirth" type="date" autoComplete="off" width="sm" required />
        <FormSelectField
          form={form}
          name="gender"
          placeholder={t('app.chooseOption')}
          options={GENDER_OPTIONS.map((g) => ({ value: g, label: genderLabel(g, i18n) }))}
          required
        />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.contact')}</h2>
        <FormTextField form={form} name="email" type="email" autoComplete="off" spellCheck={false} width="md" optional />
        <FormTextField form={form} name="phone" type="tel" autoComplete="off" width="sm" optional />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.address')}</h2>
        <FormTextField form={form} name="street" autoComplete="off" width="md" required />
        <div className="wp-field-row">
          <FormTextField form={form} name="houseNumber" inputMode="numeric" autoComplete="off" width="xs" required />
          <FormTextField form={form} name="houseNumberAddition" autoComplete="off" width="xs" optional />
        </div>
        <FormTextField form={form} name="postcode" autoComplete="off" width="sm" required />
        <FormTextField form={form} name="city" autoComplete="off" width="md" required />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.work')}</h2>
        <FormSelectField
          form={form}
          name="educationLevel"
          placeholder={t('app.chooseOption')}
          options={EDUCATION_OPTIONS.map((e) => ({ value: e, label: educationLabel(e, i18n) }))}
          required
        />
        <FormSelectField
          form={form}
          name="benefitType"
          placeholder={t('app.chooseOption')}
          options={BENEFIT_OPTIONS.map((b) => ({ value: b, label: benefitLabel(b, i18n) }))}
          required
        />
        <FormTextField form={form} name="hoursAvailable" type="number" min={0} max={60} step={1} width="xs" required />
        <FormCheckboxField form={form} name="drivingLicence" description={t('client.drivingLicenceHint')} />
        <FormTextField form={form} name="maxTravelKm" type="number" min={0} max={250} step={1} width="xs" required />
        <FormTextField form={form} name="languages" description={t('client.languagesHint')} autoComplete="off" width="lg" optional />
        <FormCheckboxGroup<ClientFormValues, TargetGroup>
          form={form}
          name="targetGroups"
          options={TARGET_GROUPS.map((g) => ({ value: g, label: targetGroupLabel(g, i18n) }))}
          optional
        />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.matchProfile')}</h2>
        <p className="utrecht-paragraph wp-muted">{t('client.matchProfileIntro')}</p>
        <FormWantedOccupations form={form} />
        <FormTextField form={form} name="skills" description={t('client.skillsHint')} autoComplete="off" optional />
        <FormTextField form={form} name="availableFrom" type="date" description={t('client.availableFromHint')} width="sm" optional />
      </section>

      {includeHealth ? (
        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('client.health')}</h2>
          <FormTextareaField form={form} name="healthLimitations" description={t('client.healthHint')} maxLength={2000} rows={4} optional />
        </section>
      ) : null}

      <div className="wp-form-actions">
        <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>
        {secondaryAction}
      </div>
    </form>
  );
}

/** API path → form key, for the checks (which speak API paths) and the server's invalidParams. */
const KEY_OF_PATH = new Map(ALL_KEYS.map((k) => [FIELD_PATH[k], k] as const));
const API_NAMES: Record<string, ClientFormKey> = Object.fromEntries(
  ALL_KEYS.filter((k) => FIELD_PATH[k] !== k).map((k) => [FIELD_PATH[k], k]),
);

/** The occupation picker bound to the form. */
function FormWantedOccupations({ form }: { form: ApiForm<ClientFormValues> }) {
  const bound = useBound<ClientFormValues, string[]>(form, 'wantedOccupationUris');
  return (
    <WantedOccupationsField name={bound.name} legend={bound.label} value={bound.value} onChange={bound.onChange} error={bound.error} />
  );
}
