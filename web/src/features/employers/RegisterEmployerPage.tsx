import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { normalisePostcode } from '../../../../src/kernel/postcode.ts';
import { api, call, isApiError, SIZE_CLASSES, type SizeClass } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { sizeClassLabel } from './labels.ts';
import { employerKeys } from './queries.ts';

interface EmployerValues {
  kvkNumber: string;
  name: string;
  sbiCode: string;
  sizeClass: string;
  address: { street: string; houseNumber: string; postcode: string; city: string };
}

export function RegisterEmployerPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();

  const labels = {
    kvkNumber: t('employer.kvkNumber'),
    name: t('employer.name'),
    sbiCode: t('employer.sbiCode'),
    sizeClass: t('employer.sizeClass'),
    'address.street': t('employer.street'),
    'address.houseNumber': t('employer.houseNumber'),
    'address.postcode': t('employer.postcode'),
    'address.city': t('employer.city'),
  };
  const form = useApiForm<EmployerValues>({
    defaultValues: {
      kvkNumber: '',
      name: '',
      sbiCode: '',
      sizeClass: '',
      address: { street: '', houseNumber: '', postcode: '', city: '' },
    },
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      const required = (key: keyof typeof labels, value: string) => {
        if (!value.trim()) next[key] = t('form.required', { label: inSentence(labels[key]) });
      };
      const { address } = values;
      const kvk = values.kvkNumber.replace(/\s/g, '');
      if (!kvk) required('kvkNumber', kvk);
      else if (!/^\d{8}$/.test(kvk)) next.kvkNumber = t('employer.invalidKvk');
      required('name', values.name);
      if (!values.sbiCode.trim()) required('sbiCode', values.sbiCode);
      else if (!/^\d{2}(\d{1,3})?$/.test(values.sbiCode.trim())) next.sbiCode = t('employer.invalidSbi');
      if (!values.sizeClass) next.sizeClass = t('form.requiredChoice', { label: inSentence(labels.sizeClass) });
      required('address.street', address.street);
      if (!address.houseNumber.trim()) required('address.houseNumber', address.houseNumber);
      else if (intInRange(address.houseNumber, 1, 99999) === null)
        next['address.houseNumber'] = t('form.integerRange', { label: labels['address.houseNumber'], min: 1, max: 99999 });
      if (!address.postcode.trim()) required('address.postcode', address.postcode);
      else if (!normalisePostcode(address.postcode)) next['address.postcode'] = t('form.invalidPostcode');
      required('address.city', address.city);
      return next;
    },
  });

  const register = async (values: EmployerValues) => {
    const { address } = values;
    let employer;
    try {
      employer = await call(
        api.POST('/api/v1/employers', {
          body: {
            kvkNumber: values.kvkNumber.replace(/\s/g, ''),
            name: values.name.trim(),
            sbiCode: values.sbiCode.trim(),
            sizeClass: values.sizeClass as SizeClass,
            address: {
              street: address.street.trim(),
              houseNumber: Number(address.houseNumber.trim()),
              postcode: normalisePostcode(address.postcode) ?? address.postcode.trim(),
              city: address.city.trim(),
            },
          },
        }),
      );
    } catch (error) {
      // A duplicate KvK number is a 409 that names the field.
      if (isApiError(error) && error.status === 409) {
        const named = error.invalidParams.find((p) => p.name === 'kvkNumber');
        if (named || /kvk/i.test(`${error.code} ${error.problem.detail ?? ''}`)) {
          form.showFieldErrors({ kvkNumber: named?.reason ?? t('employer.duplicateKvk') });
          return;
        }
      }
      throw error;
    }
    queryClient.setQueryData(employerKeys.detail(employer.id), employer);
    await queryClient.invalidateQueries({ queryKey: ['employers', 'list'] });
    flash(t('employers.created', { name: employer.name }), { afterNavigation: true });
    await navigate({ to: '/werkgevers/$id', params: { id: employer.id } });
  };

  return (
    <>
      <PageHeader title={t('employers.registerTitle')} lead={t('employers.registerIntro')} />
      <form className="wp-form" noValidate onSubmit={form.submit(register)}>
        <FormErrors form={form} />
        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('employer.company')}</h2>
          <FormTextField
            form={form}
            name="kvkNumber"
            description={t('employer.kvkHint')}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
            width="sm"
            required
          />
          <FormTextField form={form} name="name" autoComplete="organization" width="lg" required />
          <FormTextField
            form={form}
            name="sbiCode"
            description={t('employer.sbiHint')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            width="sm"
            required
          />
          <FormSelectField
            form={form}
            name="sizeClass"
            placeholder={t('app.chooseOption')}
            options={SIZE_CLASSES.map((s) => ({ value: s, label: sizeClassLabel(s, i18n) }))}
            required
          />
        </section>
        <section className="wp-form-section">
          <h2 className="utrecht-heading-2">{t('employer.address')}</h2>
          <FormTextField form={form} name="address.street" autoComplete="off" width="md" required />
          <FormTextField form={form} name="address.houseNumber" inputMode="numeric" autoComplete="off" width="xs" required />
          <FormTextField form={form} name="address.postcode" autoComplete="off" width="sm" required />
          <FormTextField form={form} name="address.city" autoComplete="off" width="md" required />
        </section>
        <div className="wp-form-actions">
          <SubmitButton busy={form.busy}>{t('employers.registerSubmit')}</SubmitButton>
          <Link to="/werkgevers" className="utrecht-link">
            {t('app.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
