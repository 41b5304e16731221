import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { normalisePostcode } from '../../../../src/kernel/postcode.ts';
import { api, call, isApiError, SIZE_CLASSES, type SizeClass } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { inSentence, intInRange, sizeClassLabel } from '../../ui/blocks.tsx';
import { employerKeys } from './queries.ts';

const FIELDS = [
  'kvkNumber',
  'name',
  'sbiCode',
  'sizeClass',
  'address.street',
  'address.houseNumber',
  'address.postcode',
  'address.city',
] as const;
type Field = (typeof FIELDS)[number];

export function RegisterEmployerPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [values, setValues] = useState<Record<Field, string>>({
    kvkNumber: '',
    name: '',
    sbiCode: '',
    sizeClass: '',
    'address.street': '',
    'address.houseNumber': '',
    'address.postcode': '',
    'address.city': '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const labels: Record<Field, string> = {
    kvkNumber: t('employer.kvkNumber'),
    name: t('employer.name'),
    sbiCode: t('employer.sbiCode'),
    sizeClass: t('employer.sizeClass'),
    'address.street': t('employer.street'),
    'address.houseNumber': t('employer.houseNumber'),
    'address.postcode': t('employer.postcode'),
    'address.city': t('employer.city'),
  };
  const set = (key: Field) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: Field) => ({ name: key, label: labels[key], error: errors[key], value: values[key], onChange: set(key) });

  const validate = (): FieldErrors => {
    const next: FieldErrors = {};
    const required = (key: Field) => {
      if (!values[key].trim()) next[key] = t('form.required', { label: inSentence(labels[key]) });
    };
    const kvk = values.kvkNumber.replace(/\s/g, '');
    if (!kvk) required('kvkNumber');
    else if (!/^\d{8}$/.test(kvk)) next.kvkNumber = t('employer.invalidKvk');
    required('name');
    if (!values.sbiCode.trim()) required('sbiCode');
    else if (!/^\d{2}(\d{1,3})?$/.test(values.sbiCode.trim())) next.sbiCode = t('employer.invalidSbi');
    if (!values.sizeClass) next.sizeClass = t('form.requiredChoice', { label: inSentence(labels.sizeClass) });
    required('address.street');
    if (!values['address.houseNumber'].trim()) required('address.houseNumber');
    else if (intInRange(values['address.houseNumber'], 1, 99999) === null)
      next['address.houseNumber'] = t('form.integerRange', { label: labels['address.houseNumber'], min: 1, max: 99999 });
    if (!values['address.postcode'].trim()) required('address.postcode');
    else if (!normalisePostcode(values['address.postcode'])) next['address.postcode'] = t('form.invalidPostcode');
    required('address.city');
    return next;
  };

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
      const employer = await call(
        api.POST('/api/v1/employers', {
          body: {
            kvkNumber: values.kvkNumber.replace(/\s/g, ''),
            name: values.name.trim(),
            sbiCode: values.sbiCode.trim(),
            sizeClass: values.sizeClass as SizeClass,
            address: {
              street: values['address.street'].trim(),
              houseNumber: Number(values['address.houseNumber'].trim()),
              postcode: normalisePostcode(values['address.postcode']) ?? values['address.postcode'].trim(),
              city: values['address.city'].trim(),
            },
          },
        }),
      );
      queryClient.setQueryData(employerKeys.detail(employer.id), employer);
      await queryClient.invalidateQueries({ queryKey: ['employers', 'list'] });
      flash(t('employers.created', { name: employer.name }), { afterNavigation: true });
      await navigate({ to: '/werkgevers/$id', params: { id: employer.id } });
    } catch (error) {
      let serverErrors = fieldErrorsFromError(error, FIELDS);
      // A duplicate KvK number is a 409 that names the field.
      if (!hasErrors(serverErrors) && isApiError(error) && error.status === 409) {
        const named = error.invalidParams.find((p) => p.name === 'kvkNumber');
        if (named || /kvk/i.test(`${error.code} ${error.problem.detail ?? ''}`)) {
          serverErrors = { kvkNumber: named?.reason ?? t('employer.duplicateKvk') };
        }
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
    <>
      <PageHeader title={t('employers.registerTitle')} lead={t('employers.registerIntro')} />
      <form className="wp-form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {failure ? <ProblemAlert error={failure} /> : null}
        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('employer.company')}</h2>
          <TextField
            {...field('kvkNumber')}
            description={t('employer.kvkHint')}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
            width="sm"
            required
          />
          <TextField {...field('name')} autoComplete="organization" width="lg" required />
          <TextField
            {...field('sbiCode')}
            description={t('employer.sbiHint')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            width="sm"
            required
          />
          <SelectField
            {...field('sizeClass')}
            placeholder={t('app.chooseOption')}
            options={SIZE_CLASSES.map((s) => ({ value: s, label: sizeClassLabel(s, i18n) }))}
            required
          />
        </section>
        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('employer.address')}</h2>
          <TextField {...field('address.street')} autoComplete="off" width="md" required />
          <TextField {...field('address.houseNumber')} inputMode="numeric" autoComplete="off" width="xs" required />
          <TextField {...field('address.postcode')} autoComplete="off" width="sm" required />
          <TextField {...field('address.city')} autoComplete="off" width="md" required />
        </section>
        <div className="wp-form-actions">
          <SubmitButton busy={busy}>{t('employers.registerSubmit')}</SubmitButton>
          <Link to="/werkgevers" className="utrecht-link">
            {t('app.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
