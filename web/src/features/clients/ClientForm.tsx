import { useState, type FormEvent, type ReactNode } from 'react';
import { isApiError, TARGET_GROUPS, type TargetGroup } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { benefitLabel, educationLabel, genderLabel, targetGroupLabel } from '../../app/labels.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { CheckboxField, CheckboxGroup, SelectField, TextareaField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { WantedOccupationsField } from '../matching/WantedOccupationsField.tsx';
import {
  ALL_KEYS,
  BENEFIT_OPTIONS,
  EDUCATION_OPTIONS,
  FIELD_LABEL,
  FIELD_PATH,
  fieldLabels,
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
  const [values, setValues] = useState<ClientFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const keys = includeHealth ? ALL_KEYS : ALL_KEYS.filter((k) => k !== 'healthLimitations');
  const labels = fieldLabels(i18n, keys);
  const knownPaths = keys.map((k) => FIELD_PATH[k]);

  const set =
    <K extends ClientFormKey>(key: K) =>
    (value: ClientFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  // Common props for a field: name (API path), label, current error.
  const field = (key: ClientFormKey) => ({
    name: FIELD_PATH[key],
    label: t(FIELD_LABEL[key]),
    error: errors[FIELD_PATH[key]],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const clientErrors = validateClientForm(values, i18n, { includeHealth });
    setErrors(clientErrors);
    if (hasErrors(clientErrors)) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      let serverErrors = fieldErrorsFromError(error, knownPaths);
      if (!hasErrors(serverErrors) && isApiError(error) && error.code === 'duplicate_bsn') {
        serverErrors = { bsn: t('problem.duplicate_bsn') };
      }
      if (hasErrors(serverErrors)) {
        setErrors(serverErrors);
        setAttempt((n) => n + 1);
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="wp-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {failure ? <ProblemAlert error={failure} /> : null}

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.personal')}</h2>
        <TextField
          {...field('bsn')}
          value={values.bsn}
          onChange={set('bsn')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={11}
          width="sm"
          required
        />
        <TextField {...field('firstName')} value={values.firstName} onChange={set('firstName')} autoComplete="off" width="md" required />
        <TextField
          {...field('surnamePrefix')}
          value={values.surnamePrefix}
          onChange={set('surnamePrefix')}
          autoComplete="off"
          width="sm"
          optional
        />
        <TextField {...field('surname')} value={values.surname} onChange={set('surname')} autoComplete="off" width="md" required />
        <TextField
          {...field('dateOfBirth')}
          type="date"
          value={values.dateOfBirth}
          onChange={set('dateOfBirth')}
          autoComplete="off"
          width="sm"
          required
        />
        <SelectField
          {...field('gender')}
          value={values.gender}
          onChange={set('gender')}
          placeholder={t('app.chooseOption')}
          options={GENDER_OPTIONS.map((g) => ({ value: g, label: genderLabel(g, i18n) }))}
          required
        />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.contact')}</h2>
        <TextField
          {...field('email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          autoComplete="off"
          spellCheck={false}
          width="md"
          optional
        />
        <TextField {...field('phone')} type="tel" value={values.phone} onChange={set('phone')} autoComplete="off" width="sm" optional />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.address')}</h2>
        <TextField {...field('street')} value={values.street} onChange={set('street')} autoComplete="off" width="md" required />
        <div className="wp-field-row">
          <TextField
            {...field('houseNumber')}
            value={values.houseNumber}
            onChange={set('houseNumber')}
            inputMode="numeric"
            autoComplete="off"
            width="xs"
            required
          />
          <TextField
            {...field('houseNumberAddition')}
            value={values.houseNumberAddition}
            onChange={set('houseNumberAddition')}
            autoComplete="off"
            width="xs"
            optional
          />
        </div>
        <TextField {...field('postcode')} value={values.postcode} onChange={set('postcode')} autoComplete="off" width="sm" required />
        <TextField {...field('city')} value={values.city} onChange={set('city')} autoComplete="off" width="md" required />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.work')}</h2>
        <SelectField
          {...field('educationLevel')}
          value={values.educationLevel}
          onChange={set('educationLevel')}
          placeholder={t('app.chooseOption')}
          options={EDUCATION_OPTIONS.map((e) => ({ value: e, label: educationLabel(e, i18n) }))}
          required
        />
        <SelectField
          {...field('benefitType')}
          value={values.benefitType}
          onChange={set('benefitType')}
          placeholder={t('app.chooseOption')}
          options={BENEFIT_OPTIONS.map((b) => ({ value: b, label: benefitLabel(b, i18n) }))}
          required
        />
        <TextField
          {...field('hoursAvailable')}
          type="number"
          min={0}
          max={60}
          step={1}
          value={values.hoursAvailable}
          onChange={set('hoursAvailable')}
          width="xs"
          required
        />
        <CheckboxField
          {...field('drivingLicence')}
          description={t('client.drivingLicenceHint')}
          checked={values.drivingLicence}
          onChange={set('drivingLicence')}
        />
        <TextField
          {...field('maxTravelKm')}
          type="number"
          min={0}
          max={250}
          step={1}
          value={values.maxTravelKm}
          onChange={set('maxTravelKm')}
          width="xs"
          required
        />
        <TextField
          {...field('languages')}
          description={t('client.languagesHint')}
          value={values.languages}
          onChange={set('languages')}
          autoComplete="off"
          width="lg"
          optional
        />
        <CheckboxGroup<TargetGroup>
          name={FIELD_PATH.targetGroups}
          legend={t('client.targetGroups')}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: targetGroupLabel(g, i18n) }))}
          value={values.targetGroups}
          onChange={set('targetGroups')}
          error={errors[FIELD_PATH.targetGroups]}
          optional
        />
      </section>

      <section className="wp-form-section">
        <h2 className="utrecht-heading-2">{t('client.matchProfile')}</h2>
        <p className="utrecht-paragraph wp-muted">{t('client.matchProfileIntro')}</p>
        <WantedOccupationsField
          name={FIELD_PATH.wantedOccupationUris}
          legend={t('client.wantedOccupations')}
          value={values.wantedOccupationUris}
          onChange={set('wantedOccupationUris')}
          error={errors[FIELD_PATH.wantedOccupationUris]}
        />
        <TextField
          {...field('skills')}
          description={t('client.skillsHint')}
          value={values.skills}
          onChange={set('skills')}
          autoComplete="off"
          optional
        />
        <TextField
          {...field('availableFrom')}
          type="date"
          description={t('client.availableFromHint')}
          value={values.availableFrom}
          onChange={set('availableFrom')}
          width="sm"
          optional
        />
      </section>

      {includeHealth ? (
        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('client.health')}</h2>
          <TextareaField
            {...field('healthLimitations')}
            description={t('client.healthHint')}
            value={values.healthLimitations}
            onChange={set('healthLimitations')}
            maxLength={2000}
            rows={4}
            optional
          />
        </section>
      ) : null}

      <div className="wp-form-actions">
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
        {secondaryAction}
      </div>
    </form>
  );
}
