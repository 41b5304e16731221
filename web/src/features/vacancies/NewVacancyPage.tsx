import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Controller } from 'react-hook-form';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { amountProblemMessage, FormAmountField } from '../../ui/AmountField.tsx';
import { parseAmount } from '../../ui/amount.ts';
import { checkEuroInput, type EuroInputCheck } from '../../ui/money.ts';
import { normalisePostcode } from '../../../../src/kernel/postcode.ts';
import {
  api,
  call,
  EDUCATION_LEVELS,
  type EducationLevel,
  type Occupation,
  type VacancyInput,
  VISIBILITIES,
  type Visibility,
} from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { educationLabel } from '../../app/labels.ts';
import { FormCheckboxField, FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { employerQuery } from '../employers/queries.ts';
import { OccupationCombobox } from './OccupationCombobox.tsx';
import { vacancyKeys } from './queries.ts';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { parseTags, Tags } from '../../ui/tags.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { visibilityLabel } from './labels.ts';

/** Field names are the API's (the error summary and the server's invalidParams use them). */
interface Values {
  occupationUri: Occupation | null;
  title: string;
  description: string;
  hoursPerWeek: string;
  postcode: string;
  positions: string;
  educationLevel: string;
  drivingLicenceRequired: boolean;
  skills: string;
  startDate: string;
  /** Euros as typed; sent as cents. */
  wageMinCents: string;
  wageMaxCents: string;
  visibility: Visibility | '';
}
type Field = keyof Values;

/** "5611 ab" → "5611 AB"; "5611" stays a PC4 (the vacancy needs a place, not an address). */
function normaliseWorkPostcode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[1-9]\d{3}$/.test(trimmed)) return trimmed;
  return normalisePostcode(trimmed);
}

/** An optional amount: null when left empty, otherwise the check of what was typed. */
function optionalCents(text: string): EuroInputCheck | null {
  return text.trim() ? checkEuroInput(text, { allowZero: true }) : null;
}

function centsOrNull(text: string): number | null {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.cents : null;
}

export function NewVacancyPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id: employerId } = useParams({ from: '/auth/werkgevers/$id/vacatures/nieuw' });
  const { data: employer } = useSuspenseQuery(employerQuery(employerId));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();

  const labels: Record<Field, string> = {
    occupationUri: t('vacancy.form.occupation'),
    title: t('vacancy.form.title'),
    description: t('vacancy.form.description'),
    hoursPerWeek: t('vacancy.form.hours'),
    postcode: t('vacancy.form.postcode'),
    positions: t('vacancy.form.positions'),
    educationLevel: t('vacancy.form.education'),
    drivingLicenceRequired: t('vacancy.form.drivingLicence'),
    skills: t('vacancy.form.skills'),
    startDate: t('vacancy.form.startDate'),
    wageMinCents: t('vacancy.form.wageMin'),
    wageMaxCents: t('vacancy.form.wageMax'),
    visibility: t('vacancy.form.visibility'),
  };

  const checks = (values: Values): FieldErrors => {
    const next: FieldErrors = {};
    const required = (key: Field, text: string) => {
      if (!text.trim()) next[key] = t('form.required', { label: inSentence(labels[key]) });
    };
    if (!values.occupationUri) next.occupationUri = t('vacancy.form.chooseOccupation');
    required('title', values.title);
    if (values.title.trim().length > 200) next.title = t('form.tooLong', { label: labels.title, max: 200 });
    if (values.description.length > 4000) next.description = t('form.tooLong', { label: labels.description, max: 4000 });
    if (!values.hoursPerWeek.trim()) required('hoursPerWeek', values.hoursPerWeek);
    else if (intInRange(values.hoursPerWeek, 1, 60) === null)
      next.hoursPerWeek = t('form.integerRange', { label: labels.hoursPerWeek, min: 1, max: 60 });
    if (!values.postcode.trim()) required('postcode', values.postcode);
    else if (!normaliseWorkPostcode(values.postcode)) next.postcode = t('vacancy.form.invalidPostcode');
    if (!values.positions.trim()) required('positions', values.positions);
    else if (intInRange(values.positions, 1, 999) === null)
      next.positions = t('form.integerRange', { label: labels.positions, min: 1, max: 999 });
    const skills = parseTags(values.skills);
    if (skills.length > 30) next.skills = t('form.tooManyItems', { label: labels.skills, max: 30 });
    if (values.startDate && !isIsoDate(values.startDate)) next.startDate = t('form.invalidDate');
    const min = optionalCents(values.wageMinCents);
    const max = optionalCents(values.wageMaxCents);
    if (min !== null && 'problem' in min) next.wageMinCents = amountProblemMessage(min, labels.wageMinCents, i18n, { allowZero: true });
    if (max !== null && 'problem' in max) next.wageMaxCents = amountProblemMessage(max, labels.wageMaxCents, i18n, { allowZero: true });
    else if (min && max && 'cents' in min && max.cents < min.cents) next.wageMaxCents = t('vacancy.form.wageMaxBelowMin');
    if (!values.visibility) next.visibility = t('form.requiredChoice', { label: inSentence(labels.visibility) });
    return next;
  };

  const form = useApiForm<Values>({
    defaultValues: {
      occupationUri: null,
      title: '',
      description: '',
      hoursPerWeek: '',
      postcode: employer.address.postcode,
      positions: '1',
      educationLevel: '',
      drivingLicenceRequired: false,
      skills: '',
      startDate: '',
      wageMinCents: '',
      wageMaxCents: '',
      visibility: '',
    },
    labels,
    checks,
  });

  const toInput = (values: Values): VacancyInput => ({
    employerId,
    occupationUri: values.occupationUri!.uri,
    title: values.title.trim(),
    description: values.description.trim() || null,
    hoursPerWeek: Number(values.hoursPerWeek.trim()),
    postcode: normaliseWorkPostcode(values.postcode) ?? values.postcode.trim(),
    positions: Number(values.positions.trim()),
    educationLevel: (values.educationLevel || null) as EducationLevel | null,
    drivingLicenceRequired: values.drivingLicenceRequired,
    skills: parseTags(values.skills),
    startDate: values.startDate || null,
    wageMinCents: centsOrNull(values.wageMinCents),
    wageMaxCents: centsOrNull(values.wageMaxCents),
    visibility: values.visibility as Visibility,
  });

  const register = async (values: Values) => {
    const vacancy = await call(api.POST('/api/v1/vacancies', { body: toInput(values) }));
    queryClient.setQueryData(vacancyKeys.detail(vacancy.id), vacancy);
    await queryClient.invalidateQueries({ queryKey: ['vacancies', 'list'] });
    flash(t('vacancy.created', { title: vacancy.title }), { afterNavigation: true });
    await navigate({ to: '/vacatures-beheer/$id', params: { id: vacancy.id } });
  };

  const skillTags = parseTags(form.watch('skills'));

  return (
    <>
      <PageHeader preHeading={employer.name} title={t('vacancy.newTitle')} lead={t('vacancy.newIntro')} />
      <form className="wp-form" noValidate onSubmit={form.submit(register)}>
        <FormErrors form={form} />

        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('vacancy.form.work')}</h2>
          <Controller
            control={form.control}
            name="occupationUri"
            render={({ field }) => (
              <OccupationCombobox
                name="occupationUri"
                label={labels.occupationUri}
                description={t('vacancy.form.occupationHint')}
                value={field.value}
                onChange={(o) => {
                  field.onChange(o);
                  // A chosen occupation is a good default title.
                  if (o && !form.getValues('title').trim()) form.setValue('title', o.label.charAt(0).toUpperCase() + o.label.slice(1));
                }}
                error={form.errors.occupationUri}
                required
              />
            )}
          />
          <FormTextField form={form} name="title" autoComplete="off" required />
          <FormTextareaField form={form} name="description" maxLength={4000} rows={4} optional />
          <div className="wp-field-row">
            <FormTextField form={form} name="hoursPerWeek" type="number" min={1} max={60} step={1} width="xs" required />
            <FormTextField form={form} name="positions" type="number" min={1} step={1} width="xs" required />
          </div>
          <FormTextField form={form} name="postcode" description={t('vacancy.form.postcodeHint')} autoComplete="off" width="sm" required />
          <FormTextField form={form} name="startDate" type="date" width="sm" optional />
        </section>

        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('vacancy.form.requirements')}</h2>
          <FormSelectField
            form={form}
            name="educationLevel"
            placeholder={t('vacancy.form.noRequirement')}
            options={EDUCATION_LEVELS.map((e) => ({ value: e, label: educationLabel(e, i18n) }))}
            optional
          />
          <FormCheckboxField form={form} name="drivingLicenceRequired" />
          <FormTextField form={form} name="skills" description={t('vacancy.form.skillsHint')} autoComplete="off" optional />
          <Tags tags={skillTags} label={t('vacancy.form.skillsPreview')} />
        </section>

        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('vacancy.form.wage')}</h2>
          <p className="utrecht-paragraph wp-muted">{t('vacancy.form.wageHint')}</p>
          <div className="wp-field-row">
            <FormAmountField form={form} name="wageMinCents" optional />
            <FormAmountField form={form} name="wageMaxCents" optional />
          </div>
        </section>

        <section className="wp-form-section">
          <Controller
            control={form.control}
            name="visibility"
            render={({ field }) => (
              <RadioGroup<Visibility>
                name="visibility"
                legend={labels.visibility}
                options={VISIBILITIES.map((v) => ({
                  value: v,
                  label: visibilityLabel(v, i18n),
                  description: t(`visibility.${v}.hint`),
                }))}
                value={field.value}
                onChange={field.onChange}
                error={form.errors.visibility}
              />
            )}
          />
        </section>

        <div className="wp-form-actions">
          <SubmitButton busy={form.busy}>{t('vacancy.form.submit')}</SubmitButton>
          <Link to="/werkgevers/$id" params={{ id: employerId }} className="utrecht-link">
            {t('app.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
