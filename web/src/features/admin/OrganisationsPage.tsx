import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, call, type Organisation, ORGANISATION_KINDS, type OrganisationKind } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { kindLabel } from '../../app/labels.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
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

function CreateOrganisationForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [cbsCode, setCbsCode] = useState('');
  const [region, setRegion] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels = {
    name: t('admin.organisations.name'),
    kind: t('admin.organisations.kind'),
    cbsCode: t('admin.organisations.cbsCode'),
    region: t('admin.organisations.region'),
  };

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/organisations', {
          body: {
            name: name.trim(),
            kind: kind as OrganisationKind,
            cbsCode: cbsCode.trim().toUpperCase() || null,
            region: region.trim() || null,
          },
        }),
      ),
    onSuccess: async (org) => {
      setName('');
      setKind('');
      setCbsCode('');
      setRegion('');
      setErrors({});
      flash(t('admin.organisations.created', { name: org.name }));
      await queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsFromError(error, Object.keys(labels));
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const next: FieldErrors = {};
    if (!name.trim()) next.name = t('form.required', { label: labels.name.toLowerCase() });
    if (!kind) next.kind = t('form.requiredChoice', { label: labels.kind.toLowerCase() });
    const code = cbsCode.trim().toUpperCase();
    if (code && !/^GM\d{4}$/.test(code)) next.cbsCode = t('form.invalidCbsCode');
    else if (kind === 'gemeente' && !code) next.cbsCode = t('form.required', { label: labels.cbsCode });
    setErrors(next);
    if (hasErrors(next)) {
      create.reset();
      setAttempt((n) => n + 1);
      return;
    }
    create.mutate();
  };

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('admin.organisations.create')}</h2>
      <form className="wp-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {create.isError && !hasErrors(errors) ? <ProblemAlert error={create.error} /> : null}
        <TextField name="name" label={labels.name} value={name} onChange={setName} error={errors.name} width="md" required />
        <SelectField
          name="kind"
          label={labels.kind}
          value={kind}
          onChange={setKind}
          placeholder={t('app.chooseOption')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))}
          error={errors.kind}
          required
        />
        <TextField
          name="cbsCode"
          label={labels.cbsCode}
          description={t('admin.organisations.cbsCodeHint')}
          value={cbsCode}
          onChange={setCbsCode}
          error={errors.cbsCode}
          width="sm"
          optional={kind !== 'gemeente'}
          required={kind === 'gemeente'}
        />
        <TextField name="region" label={labels.region} value={region} onChange={setRegion} error={errors.region} width="md" optional />
        <SubmitButton busy={create.isPending}>{t('admin.organisations.create')}</SubmitButton>
      </form>
    </section>
  );
}

function EditOrganisationForm({ organisation, onDone }: { organisation: Organisation; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [name, setName] = useState(organisation.name);
  const [region, setRegion] = useState(organisation.region ?? '');
  const [active, setActive] = useState(organisation.active);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const labels = {
    'edit-name': t('admin.organisations.name'),
    'edit-region': t('admin.organisations.region'),
    'edit-active': t('admin.organisations.activeLabel'),
  };

  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/organisations/{id}', {
          params: { path: { id: organisation.id } },
          body: { name: name.trim(), region: region.trim() || null, active },
        }),
      ),
    onSuccess: async (org) => {
      flash(t('admin.organisations.updated', { name: org.name }));
      await queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
      onDone();
    },
    onError: (error) => {
      const raw = fieldErrorsFromError(error, ['name', 'region', 'active']);
      const mapped: FieldErrors = {};
      for (const [k, v] of Object.entries(raw)) mapped[`edit-${k}`] = v;
      if (hasErrors(mapped)) {
        setErrors(mapped);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const next: FieldErrors = {};
    if (!name.trim()) next['edit-name'] = t('form.required', { label: labels['edit-name'].toLowerCase() });
    setErrors(next);
    if (hasErrors(next)) {
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate();
  };

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {save.isError && !hasErrors(errors) ? <ProblemAlert error={save.error} /> : null}
      <TextField name="edit-name" label={labels['edit-name']} value={name} onChange={setName} error={errors['edit-name']} required />
      <TextField
        name="edit-region"
        label={labels['edit-region']}
        value={region}
        onChange={setRegion}
        error={errors['edit-region']}
        optional
      />
      <CheckboxField name="edit-active" label={labels['edit-active']} checked={active} onChange={setActive} error={errors['edit-active']} />
      <div className="wp-form-actions">
        <SubmitButton busy={save.isPending}>{t('app.save')}</SubmitButton>
        <Button appearance="subtle-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
