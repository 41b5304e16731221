import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { api, call, type Organisation, ORGANISATION_KINDS, type OrganisationKind } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { kindLabel } from '../../app/labels.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormCheckboxField, FormErrors, FormSelectField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Badge, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { organisationsQuery } from '../clients/queries.ts';

export function OrganisationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useRouteContext({ from: '/auth/beheer/organisaties' });
  const mayEdit = mayCall(user, 'updateOrganisation');
  const organisations = useQuery(organisationsQuery);
  const [editing, setEditing] = useState<Organisation | null>(null);

  const list = [...(organisations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <>
      <PageHeader title={t('admin.organisations.title')} lead={t('admin.organisations.intro')} />
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      {list.length > 0 ? (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('admin.organisations.caption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('admin.organisations.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('admin.organisations.name')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('admin.organisations.kind')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('admin.organisations.cbsCode')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('admin.organisations.region')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('admin.organisations.status')}
                </th>
                {mayEdit ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.organisations.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((o) => (
                <tr className="utrecht-table__row" key={o.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {o.name}
                  </th>
                  <td className="utrecht-table__cell">{kindLabel(o.kind, i18n)}</td>
                  <td className="utrecht-table__cell wp-mono">{o.cbsCode ?? ''}</td>
                  <td className="utrecht-table__cell">{o.region ?? ''}</td>
                  <td className="utrecht-table__cell">
                    {o.active ? (
                      <Badge tone="ok">{t('admin.organisations.active')}</Badge>
                    ) : (
                      <Badge tone="warn">{t('admin.organisations.inactive')}</Badge>
                    )}
                  </td>
                  {mayEdit ? (
                    <td className="utrecht-table__cell">
                      <Button appearance="secondary-action-button" className="wp-small-button" onClick={() => setEditing(o)}>
                        {t('admin.organisations.edit')}
                        <span className="wp-visually-hidden"> {o.name}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {mayCall(user, 'createOrganisation') ? <CreateOrganisationForm /> : null}

      <Dialog open={editing !== null} title={t('admin.organisations.editTitle')} onClose={() => setEditing(null)}>
        {editing ? <EditOrganisationForm organisation={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>
    </>
  );
}

interface CreateValues {
  name: string;
  kind: OrganisationKind | '';
  cbsCode: string;
  region: string;
}

function CreateOrganisationForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = {
    name: t('admin.organisations.name'),
    kind: t('admin.organisations.kind'),
    cbsCode: t('admin.organisations.cbsCode'),
    region: t('admin.organisations.region'),
  };
  const form = useApiForm<CreateValues>({
    defaultValues: { name: '', kind: '', cbsCode: '', region: '' },
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.name.trim()) next.name = t('form.required', { label: labels.name.toLowerCase() });
      if (!values.kind) next.kind = t('form.requiredChoice', { label: labels.kind.toLowerCase() });
      const code = values.cbsCode.trim().toUpperCase();
      if (code && !/^GM\d{4}$/.test(code)) next.cbsCode = t('form.invalidCbsCode');
      else if (values.kind === 'gemeente' && !code) next.cbsCode = t('form.required', { label: labels.cbsCode });
      return next;
    },
  });
  const kind = form.watch('kind');

  const create = useMutation({
    mutationFn: (values: CreateValues) =>
      call(
        api.POST('/api/v1/organisations', {
          body: {
            name: values.name.trim(),
            kind: values.kind as OrganisationKind,
            cbsCode: values.cbsCode.trim().toUpperCase() || null,
            region: values.region.trim() || null,
          },
        }),
      ),
    onSuccess: async (org) => {
      form.reset();
      flash(t('admin.organisations.created', { name: org.name }));
      await queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
    },
  });

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('admin.organisations.create')}</h2>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))}>
        <FormErrors form={form} />
        <FormTextField form={form} name="name" width="md" required />
        <FormSelectField
          form={form}
          name="kind"
          placeholder={t('app.chooseOption')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))}
          required
        />
        <FormTextField
          form={form}
          name="cbsCode"
          description={t('admin.organisations.cbsCodeHint')}
          width="sm"
          optional={kind !== 'gemeente'}
          required={kind === 'gemeente'}
        />
        <FormTextField form={form} name="region" width="md" optional />
        <SubmitButton busy={create.isPending}>{t('admin.organisations.create')}</SubmitButton>
      </form>
    </section>
  );
}

/** The fields are named edit-… (ids field-edit-…), apart from the create form on the same page. */
interface EditValues {
  'edit-name': string;
  'edit-region': string;
  'edit-active': boolean;
}

function EditOrganisationForm({ organisation, onDone }: { organisation: Organisation; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = {
    'edit-name': t('admin.organisations.name'),
    'edit-region': t('admin.organisations.region'),
    'edit-active': t('admin.organisations.activeLabel'),
  };
  const form = useApiForm<EditValues>({
    defaultValues: { 'edit-name': organisation.name, 'edit-region': organisation.region ?? '', 'edit-active': organisation.active },
    labels,
    apiNames: { name: 'edit-name', region: 'edit-region', active: 'edit-active' },
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values['edit-name'].trim()) next['edit-name'] = t('form.required', { label: labels['edit-name'].toLowerCase() });
      return next;
    },
  });

  const save = useMutation({
    mutationFn: (values: EditValues) =>
      call(
        api.PATCH('/api/v1/organisations/{id}', {
          params: { path: { id: organisation.id } },
          body: { name: values['edit-name'].trim(), region: values['edit-region'].trim() || null, active: values['edit-active'] },
        }),
      ),
    onSuccess: async (org) => {
      flash(t('admin.organisations.updated', { name: org.name }));
      await queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
      onDone();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => save.mutateAsync(values))}>
      <FormErrors form={form} />
      <FormTextField form={form} name="edit-name" required />
      <FormTextField form={form} name="edit-region" optional />
      <FormCheckboxField form={form} name="edit-active" />
      <div className="wp-form-actions">
        <SubmitButton busy={save.isPending}>{t('app.save')}</SubmitButton>
        <Button appearance="subtle-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
