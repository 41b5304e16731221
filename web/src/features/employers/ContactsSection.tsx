import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Employer } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence } from '../../ui/checks.ts';
import { employerKeys } from './queries.ts';

type Field = 'name' | 'jobTitle' | 'email' | 'phone';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]*$/;

export function ContactsSection({ employer, editable }: { employer: Employer; editable: boolean }) {
  const { t } = useI18n();
  const none = <span className="wp-muted">{t('app.none')}</span>;
  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('contacts.title')}</h2>
      {employer.contacts.length === 0 ? (
        <p className="utrecht-paragraph">{t('contacts.none')}</p>
      ) : (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('contacts.caption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('contacts.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contacts.name')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contacts.jobTitle')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contacts.email')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('contacts.phone')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {employer.contacts.map((c) => (
                <tr className="utrecht-table__row" key={c.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {c.name}
                  </th>
                  <td className="utrecht-table__cell">{c.jobTitle ?? none}</td>
                  <td className="utrecht-table__cell">
                    {c.email ? (
                      <a className="utrecht-link" href={`mailto:${c.email}`}>
                        {c.email}
                      </a>
                    ) : (
                      none
                    )}
                  </td>
                  <td className="utrecht-table__cell wp-nowrap">{c.phone ?? none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? <AddContactForm employerId={employer.id} /> : null}
    </section>
  );
}

function AddContactForm({ employerId }: { employerId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels: Record<Field, string> = {
    name: t('contacts.form.name'),
    jobTitle: t('contacts.form.jobTitle'),
    email: t('contacts.form.email'),
    phone: t('contacts.form.phone'),
  };
  const form = useApiForm<Record<Field, string>>({
    defaultValues: { name: '', jobTitle: '', email: '', phone: '' },
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.name.trim()) next.name = t('form.required', { label: inSentence(labels.name) });
      if (values.email.trim() && !EMAIL.test(values.email.trim())) next.email = t('form.invalidEmail');
      if (values.phone.trim() && !PHONE.test(values.phone.trim())) next.phone = t('form.invalidPhone');
      return next;
    },
  });

  const add = useMutation({
    mutationFn: (values: Record<Field, string>) =>
      call(
        api.POST('/api/v1/employers/{id}/contacts', {
          params: { path: { id: employerId } },
          body: {
            name: values.name.trim(),
            jobTitle: values.jobTitle.trim() || null,
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
          },
        }),
      ),
    onSuccess: async (contact) => {
      form.reset();
      flash(t('contacts.added', { name: contact.name }));
      await queryClient.invalidateQueries({ queryKey: employerKeys.detail(employerId) });
    },
  });

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('contacts.form.title')}</h3>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => add.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormTextField form={form} name="name" autoComplete="off" width="md" required />
        <FormTextField form={form} name="jobTitle" autoComplete="off" width="md" optional />
        <FormTextField form={form} name="email" type="email" autoComplete="off" spellCheck={false} width="md" optional />
        <FormTextField form={form} name="phone" type="tel" autoComplete="off" width="sm" optional />
        <SubmitButton busy={add.isPending} appearance="secondary">
          {t('contacts.form.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
