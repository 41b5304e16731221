import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { parseEuros } from '../../../../src/kernel/money.ts';
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
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { employerQuery } from '../employers/queries.ts';
import { OccupationCombobox } from './OccupationCombobox.tsx';
import { vacancyKeys } from './queries.ts';
import { inSentence, intInRange, parseTags, RadioGroup, Tags, visibilityLabel } from '../../ui/blocks.tsx';

/** API field paths in form order (the error summary uses this order). */
const FIELDS = [
  'occupationUri',
  'title',
  'description',
  'hoursPerWeek',
  'postcode',
  'positions',
  'educationLevel',
  'drivingLicenceRequired',
  'skills',
  'startDate',
  'wageMinCents',
  'wageMaxCents',
  'visibility',
] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  title: string;
  description: string;
  hoursPerWeek: string;
  postcode: string;
  positions: string;
  educationLevel: string;
  drivingLicenceRequired: boolean;
  skills: string;
  startDate: string;
  wageMin: string;
  wageMax: string;
  visibility: Visibility | '';
}

/** "5611 ab" → "5611 AB"; "5611" stays a PC4 (the vacancy needs a place, not an address). */
function normaliseWorkPostcode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[1-9]\d{3}$/.test(trimmed)) return trimmed;
  return normalisePostcode(trimmed);
}

export function NewVacancyPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id: employerId } = useParams({ from: '/auth/werkgevers/$id/vacatures/nieuw' });
  const { data: employer } = useSuspenseQuery(employerQuery(employerId));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();

  const [occupation, setOccupation] = useState<Occupation | null>(null);
  const [values, setValues] = useState<Values>({
    title: '',
    description: '',
    hoursPerWeek: '',
    postcode: employer.address.postcode,
    positions: '1',
    educationLevel: '',
    drivingLicenceRequired: false,
    skills: '',
    startDate: '',
    wageMin: '',
    wageMax: '',
    visibility: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

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
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const validate = (): FieldErrors => {
    const next: FieldErrors = {};
    const required = (key: Field, text: string) => {
      if (!text.trim()) next[key] = t('form.required', { label: inSentence(labels[key]) });
    };
    if (!occupation) next.occupationUri = t('vacancy.form.chooseOccupation');
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
    const min = values.wageMin.trim() ? parseEuros(values.wageMin) : null;
    const max = values.wageMax.trim() ? parseEuros(values.wageMax) : null;
    if (values.wageMin.trim() && (min === null || min < 0)) next.wageMinCents = t('vacancy.form.invalidAmount');
    if (values.wageMax.trim() && (max === null || max < 0)) next.wageMaxCents = t('vacancy.form.invalidAmount');
    else if (min !== null && max !== null && max < min) next.wageMaxCents = t('vacancy.form.wageMaxBelowMin');
    if (!values.visibility) next.visibility = t('form.requiredChoice', { label: inSentence(labels.visibility) });
    return next;
  };

  const toInput = (): VacancyInput => ({
    employerId,
    occupationUri: occupation!.uri,
    title: values.title.trim(),
    description: values.description.trim() || null,
    hoursPerWeek: Number(values.hoursPerWeek.trim()),
    postcode: normaliseWorkPostcode(values.postcode) ?? values.postcode.trim(),
    positions: Number(values.positions.trim()),
    educationLevel: (values.educationLevel || null) as EducationLevel | null,
    drivingLicenceRequired: values.drivingLicenceRequired,
    skills: parseTags(values.skills),
    startDate: values.startDate || null,
    wageMinCents: values.wageMin.trim() ? parseEuros(values.wageMin) : null,
    wageMaxCents: values.wageMax.trim() ? parseEuros(values.wageMax) : null,
    visibility: values.visibility as Visibility,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const next = validate();
    setErrors(next);
    if (hasErrors(next)) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const vacancy = await call(api.POST('/api/v1/vacancies', { body: toInput() }));
      queryClient.setQueryData(vacancyKeys.detail(vacancy.id), vacancy);
      await queryClient.invalidateQueries({ queryKey: ['vacancies', 'list'] });
      flash(t('vacancy.created', { title: vacancy.title }), { afterNavigation: true });
      await navigate({ to: '/vacatures-beheer/$id', params: { id: vacancy.id } });
    } catch (error) {
      const serverErrors = fieldErrorsFromError(error, FIELDS);
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

  const skillTags = parseTags(values.skills);

  return (
    <>
      <PageHeader preHeading={employer.name} title={t('vacancy.newTitle')} lead={t('vacancy.newIntro')} />
      <form className="wp-form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {failure ? <ProblemAlert error={failure} /> : null}

        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('vacancy.form.work')}</h2>
          <OccupationCombobox
            name="occupationUri"
            label={labels.occupationUri}
            description={t('vacancy.form.occupationHint')}
            value={occupation}
            onChange={(o) => {
              setOccupation(o);
              // A chosen occupation is a good default title.
              if (o) setValues((v) => (v.title.trim() ? v : { ...v, title: o.label.charAt(0).toUpperCase() + o.label.slice(1) }));
            }}
            error={errors.occupationUri}
            required
          />
          <TextField
            name="title"
            label={labels.title}
            value={values.title}
            onChange={set('title')}
            error={errors.title}
            autoComplete="off"
            required
          />
          <TextareaField
            name="description"
            label={labels.description}
            value={values.description}
            onChange={set('description')}
            error={errors.description}
            maxLength={4000}
            rows={4}
            optional
          />
          <div className="wp-field-row">
            <TextField
              name="hoursPerWeek"
              label={labels.hoursPerWeek}
              type="number"
              min={1}
              max={60}
              step={1}
              value={values.hoursPerWeek}
              onChange={set('hoursPerWeek')}
              error={errors.hoursPerWeek}
              width="xs"
              required
            />
            <TextField
              name="positions"
              label={labels.positions}
              type="number"
              min={1}
              step={1}
              value={values.positions}
              onChange={set('positions')}
              error={errors.positions}
              width="xs"
              required
            />
          </div>
          <TextField
            name="postcode"
            label={labels.postcode}
            description={t('vacancy.form.postcodeHint')}
            value={values.postcode}
            onChange={set('postcode')}
            error={errors.postcode}
            autoComplete="off"
            width="sm"
            required
          />
          <TextField
            name="startDate"
            label={labels.startDate}
            type="date"
            value={values.startDate}
            onChange={set('startDate')}
            error={errors.startDate}
            width="sm"
            optional
          />
        </section>

        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('vacancy.form.requirements')}</h2>
          <SelectField
            name="educationLevel"
            label={labels.educationLevel}
            value={values.educationLevel}
            onChange={set('educationLevel')}
            placeholder={t('vacancy.form.noRequirement')}
            options={EDUCATION_LEVELS.map((e) => ({ value: e, label: educationLabel(e, i18n) }))}
            error={errors.educationLevel}
            optional
          />
          <CheckboxField
            name="drivingLicenceRequired"
            label={labels.drivingLicenceRequired}
            checked={values.drivingLicenceRequired}
            onChange={set('drivingLicenceRequired')}
            error={errors.drivingLicenceRequired}
          />
          <TextField
            name="skills"
            label={labels.skills}
            description={t('vacancy.form.skillsHint')}
            value={values.skills}
            onChange={set('skills')}
            error={errors.skills}
            autoComplete="off"
            optional
          />
          <Tags tags={skillTags} label={t('vacancy.form.skillsPreview')} />
        </section>

        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('vacancy.form.wage')}</h2>
          <p className="utrecht-paragraph wp-muted">{t('vacancy.form.wageHint')}</p>
          <div className="wp-field-row">
            <TextField
              name="wageMinCents"
              label={labels.wageMinCents}
              value={values.wageMin}
              onChange={set('wageMin')}
              error={errors.wageMinCents}
              inputMode="decimal"
              autoComplete="off"
              width="sm"
              optional
            />
            <TextField
              name="wageMaxCents"
              label={labels.wageMaxCents}
              value={values.wageMax}
              onChange={set('wageMax')}
              error={errors.wageMaxCents}
              inputMode="decimal"
              autoComplete="off"
              width="sm"
              optional
            />
          </div>
        </section>

        <section className="wp-form-section">
          <RadioGroup<Visibility>
            name="visibility"
            legend={labels.visibility}
            options={VISIBILITIES.map((v) => ({
              value: v,
              label: visibilityLabel(v, i18n),
              description: t(`visibility.${v}.hint`),
            }))}
            value={values.visibility}
            onChange={set('visibility')}
            error={errors.visibility}
          />
        </section>

        <div className="wp-form-actions">
          <SubmitButton busy={busy}>{t('vacancy.form.submit')}</SubmitButton>
          <Link to="/werkgevers/$id" params={{ id: employerId }} className="utrecht-link">
            {t('app.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
