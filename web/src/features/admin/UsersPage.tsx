import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { api, call, type Role, ROLES, type SessionUser, type User } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { roleLabel } from '../../app/labels.ts';
import { ConfirmDialog, Dialog } from '../../ui/Dialog.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { FormCheckboxGroup, FormErrors, FormSelectField, FormTextField, useApiForm, type ApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Badge, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { organisationsQuery } from '../clients/queries.ts';

const PASSWORD_MIN_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const usersQueryKey = (organisationId: string) => ['users', organisationId] as const;

export function UsersPage() {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const { user: me } = useRouteContext({ from: '/auth/beheer/gebruikers' });
  const search = useSearch({ from: '/auth/beheer/gebruikers' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  // The platform's functioneel beheerder manages the users of every organisation, others those of their own.
  const platform = mayCall(me, 'listUsers') && me.organisation.kind === 'platform';
  const organisationId = platform ? (search.organisationId ?? me.organisation.id) : me.organisation.id;

  const organisations = useQuery({ ...organisationsQuery, enabled: platform });
  const users = useQuery({
    queryKey: usersQueryKey(organisationId),
    queryFn: () => call(api.GET('/api/v1/users', { params: { query: { organisationId: platform ? organisationId : undefined } } })),
  });
  const [editing, setEditing] = useState<User | null>(null);
  const [toDisable, setToDisable] = useState<User | null>(null);
  const [filterOrg, setFilterOrg] = useState(organisationId);

  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: User; active: boolean }) =>
      call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { active } })),
    onSuccess: async (updated) => {
      setToDisable(null);
      flash(t(updated.active ? 'admin.users.enabledDone' : 'admin.users.disabledDone', { name: updated.name }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });

  const orgName =
    organisations.data?.find((o) => o.id === organisationId)?.name ?? (organisationId === me.organisation.id ? me.organisation.name : '');
  const caption = orgName ? t('admin.users.caption', { organisation: orgName }) : t('admin.users.captionAll');
  const list = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const sortedOrgs = [...(organisations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <>
      <PageHeader title={t('admin.users.title')} lead={t('admin.users.intro')} />

      {platform && sortedOrgs.length > 0 ? (
        <form
          className="wp-form wp-form--inline wp-panel"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ to: '/beheer/gebruikers', search: { organisationId: filterOrg } });
          }}
        >
          <SelectField
            name="filterOrganisation"
            label={t('admin.users.filterOrganisation')}
            value={filterOrg}
            onChange={setFilterOrg}
            options={sortedOrgs.map((o) => ({ value: o.id, label: o.name }))}
          />
          <div className="wp-button-row">
            <Button type="submit" appearance="secondary-action-button">
              {t('admin.users.filterSubmit')}
            </Button>
          </div>
        </form>
      ) : null}

      {setActive.isError ? <ProblemAlert error={setActive.error} /> : null}
      {users.isPending ? <Loading /> : null}
      {users.isError ? <ProblemAlert error={users.error} /> : null}
      {users.isSuccess ? (
        <section className="wp-section">
          <h2 className="utrecht-heading-2">{caption}</h2>
          <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <table className="utrecht-table utrecht-table--html-table wp-table">
              <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.users.name')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.users.email')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.users.roles')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.users.status')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.users.lastLogin')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('admin.users.actions')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {list.map((u) => (
                  <tr className="utrecht-table__row" key={u.id}>
                    <th scope="row" className="utrecht-table__cell wp-table__row-header">
                      {u.name} {u.id === me.id ? <span className="wp-muted">{t('admin.users.self')}</span> : null}
                    </th>
                    <td className="utrecht-table__cell">{u.email}</td>
                    <td className="utrecht-table__cell">{u.roles.map((r) => roleLabel(r, i18n)).join(', ')}</td>
                    <td className="utrecht-table__cell">
                      {u.active ? (
                        <Badge tone="ok">{t('admin.users.active')}</Badge>
                      ) : (
                        <Badge tone="warn">{t('admin.users.disabled')}</Badge>
                      )}
                    </td>
                    <td className="utrecht-table__cell">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('admin.users.never')}</td>
                    <td className="utrecht-table__cell">
                      <div className="wp-button-row wp-button-row--tight">
                        <Button appearance="secondary-action-button" className="wp-small-button" onClick={() => setEditing(u)}>
                          {t('admin.users.edit')}
                          <span className="wp-visually-hidden"> {t('admin.users.editFor', { name: u.name })}</span>
                        </Button>
                        {u.id !== me.id ? (
                          u.active ? (
                            <Button
                              appearance="secondary-action-button"
                              hint="danger"
                              className="wp-small-button"
                              onClick={() => {
                                setActive.reset();
                                setToDisable(u);
                              }}
                            >
                              {t('admin.users.disable')}
                              <span className="wp-visually-hidden"> {t('admin.users.editFor', { name: u.name })}</span>
                            </Button>
                          ) : (
                            <Button
                              appearance="secondary-action-button"
                              className="wp-small-button"
                              onClick={() => setActive.mutate({ user: u, active: true })}
                            >
                              {t('admin.users.enable')}
                              <span className="wp-visually-hidden"> {t('admin.users.editFor', { name: u.name })}</span>
                            </Button>
                          )
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <CreateUserForm me={me} platform={platform} organisationId={organisationId} organisations={sortedOrgs} />

      <Dialog open={editing !== null} title={t('admin.users.editTitle')} onClose={() => setEditing(null)}>
        {editing ? <EditUserForm user={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>

      <ConfirmDialog
        open={toDisable !== null}
        title={t('admin.users.confirmDisable.title')}
        message={toDisable ? t('admin.users.confirmDisable.text', { name: toDisable.name }) : ''}
        confirmLabel={t('admin.users.confirmDisable.submit')}
        busy={setActive.isPending}
        error={setActive.isError ? <ProblemAlert error={setActive.error} /> : null}
        onConfirm={() => {
          if (toDisable && !setActive.isPending) setActive.mutate({ user: toDisable, active: false });
        }}
        onCancel={() => setToDisable(null)}
      />
    </>
  );
}

interface CreateValues {
  name: string;
  email: string;
  organisationId: string;
  roles: Role[];
  password: string;
}

function CreateUserForm({
  me,
  platform,
  organisationId,
  organisations,
}: {
  me: SessionUser;
  platform: boolean;
  organisationId: string;
  organisations: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels: Record<string, string> = {
    name: t('admin.users.name'),
    email: t('admin.users.email'),
    ...(platform ? { organisationId: t('admin.users.organisation') } : {}),
    roles: t('admin.users.roles'),
    password: t('admin.users.password'),
  };
  const form = useApiForm<CreateValues>({
    defaultValues: { name: '', email: '', organisationId, roles: [], password: '' },
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values.name.trim()) next.name = t('form.required', { label: t('admin.users.name').toLowerCase() });
      if (!values.email.trim()) next.email = t('form.required', { label: t('admin.users.email').toLowerCase() });
      else if (!EMAIL.test(values.email.trim())) next.email = t('form.invalidEmail');
      if (values.roles.length === 0) next.roles = t('form.chooseAtLeastOne', { label: t('admin.users.roleNoun') });
      if (values.password.length < PASSWORD_MIN_LENGTH) next.password = t('form.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
      return next;
    },
  });

  const create = useMutation({
    mutationFn: (values: CreateValues) =>
      call(
        api.POST('/api/v1/users', {
          body: {
            name: values.name.trim(),
            email: values.email.trim(),
            organisationId: platform ? values.organisationId : me.organisation.id,
            roles: values.roles,
            password: values.password,
          },
        }),
      ),
    onSuccess: async (user, values) => {
      // The chosen organisation stays for the next user.
      form.reset({ name: '', email: '', organisationId: values.organisationId, roles: [], password: '' });
      flash(t('admin.users.created', { name: user.name }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('admin.users.create')}</h2>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))} autoComplete="off">
        <FormErrors form={form} />
        <FormTextField form={form} name="name" width="md" required />
        <FormTextField form={form} name="email" type="email" autoComplete="off" spellCheck={false} width="md" required />
        {platform ? (
          <FormSelectField
            form={form}
            name="organisationId"
            label={t('admin.users.organisation')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            required
          />
        ) : null}
        <RolesField form={form} name="roles" />
        <FormTextField
          form={form}
          name="password"
          type="password"
          description={t('admin.users.passwordHint')}
          autoComplete="new-password"
          width="md"
          required
        />
        <SubmitButton busy={create.isPending}>{t('admin.users.create')}</SubmitButton>
      </form>
    </section>
  );
}

/** The fields are named edit-… (ids field-edit-…), apart from the create form on the same page. */
interface EditValues {
  'edit-name': string;
  'edit-roles': Role[];
  'edit-password': string;
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = {
    'edit-name': t('admin.users.name'),
    'edit-roles': t('admin.users.roles'),
    'edit-password': t('admin.users.newPassword'),
  };
  const form = useApiForm<EditValues>({
    defaultValues: { 'edit-name': user.name, 'edit-roles': user.roles, 'edit-password': '' },
    labels,
    apiNames: { name: 'edit-name', roles: 'edit-roles', password: 'edit-password' },
    checks: (values) => {
      const next: FieldErrors = {};
      if (!values['edit-name'].trim()) next['edit-name'] = t('form.required', { label: labels['edit-name'].toLowerCase() });
      if (values['edit-roles'].length === 0) next['edit-roles'] = t('form.chooseAtLeastOne', { label: t('admin.users.roleNoun') });
      const password = values['edit-password'];
      if (password && password.length < PASSWORD_MIN_LENGTH) {
        next['edit-password'] = t('form.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
      }
      return next;
    },
  });

  const save = useMutation({
    mutationFn: (values: EditValues) => {
      const password = values['edit-password'];
      return call(
        api.PATCH('/api/v1/users/{id}', {
          params: { path: { id: user.id } },
          body: { name: values['edit-name'].trim(), roles: values['edit-roles'], ...(password ? { password } : {}) },
        }),
      );
    },
    onSuccess: async (updated) => {
      flash(t('admin.users.updated', { name: updated.name }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onDone();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => save.mutateAsync(values))} autoComplete="off">
      <p className="utrecht-paragraph wp-muted">{user.email}</p>
      <FormErrors form={form} />
      <FormTextField form={form} name="edit-name" required />
      <RolesField form={form} name="edit-roles" />
      <FormTextField
        form={form}
        name="edit-password"
        type="password"
        description={t('admin.users.newPasswordHint')}
        autoComplete="new-password"
        optional
      />
      <div className="wp-form-actions">
        <SubmitButton busy={save.isPending}>{t('app.save')}</SubmitButton>
        <Button appearance="subtle-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}

function RolesField<V extends FieldValues>({ form, name }: { form: ApiForm<V>; name: FieldPathByValue<V, Role[]> }) {
  const i18n = useI18n();
  return (
    <FormCheckboxGroup<V, Role>
      form={form}
      name={name}
      legend={i18n.t('admin.users.roles')}
      options={ROLES.map((r) => ({ value: r, label: roleLabel(r, i18n) }))}
    />
  );
}
