import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { api, call, CBS_CATEGORIES, type CbsCategory, type Instrument, INSTRUMENT_KINDS, type InstrumentKind } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormCheckboxField, FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Badge, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { cbsCategoryLabel, instrumentKindLabel } from '../trajectories/labels.ts';
import { instrumentsQuery } from '../trajectories/queries.ts';
import { inSentence } from '../../ui/checks.ts';

function useRefreshInstruments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['instruments'] });
}

/** The functioneel beheerder's catalogue of re-integration instruments: list, add, edit, (de)activate. */
export function InstrumentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useRouteContext({ from: '/auth/beheer/instrumenten' });
  const instruments = useQuery(instrumentsQuery(true));
  const [editing, setEditing] = useState<Instrument | null>(null);
  const { flash } = useFlash();
  const refresh = useRefreshInstruments();

  const toggle = useMutation({
    mutationFn: (instrument: Instrument) =>
      call(api.PATCH('/api/v1/instruments/{id}', { params: { path: { id: instrument.id } }, body: { active: !instrument.active } })),
    onSuccess: async (updated) => {
      flash(t(updated.active ? 'instruments.activated' : 'instruments.deactivated', { name: updated.name }));
      await refresh();
    },
  });

  const list = [...(instruments.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'nl'));
  const caption = t('instruments.caption', { organisation: user.organisation.name });
  const none = <span className="wp-muted">{t('app.none')}</span>;

  return (
    <>
      <PageHeader title={t('instruments.title')} lead={t('instruments.intro')} />
      {instruments.isPending ? <Loading /> : null}
      {instruments.isError ? <ProblemAlert error={instruments.error} /> : null}
      {toggle.isError ? <ActionError error={toggle.error} /> : null}
      {instruments.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('instruments.none')}</p> : null}
      {list.length > 0 ? (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('instruments.name')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('instruments.kind')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('instruments.cbsCategory')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('instruments.description')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('instruments.status')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('instruments.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((x) => (
                <tr className="utrecht-table__row" key={x.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {x.name}
                  </th>
                  <td className="utrecht-table__cell">{instrumentKindLabel(x.kind, i18n)}</td>
                  <td className="utrecht-table__cell">{x.cbsCategory ? cbsCategoryLabel(x.cbsCategory, i18n) : none}</td>
                  <td className="utrecht-table__cell wp-preserve">{x.description ?? ''}</td>
                  <td className="utrecht-table__cell">
                    {x.active ? <Badge tone="ok">{t('instruments.active')}</Badge> : <Badge tone="warn">{t('instruments.inactive')}</Badge>}
                  </td>
                  <td className="utrecht-table__cell">
                    <div className="wp-button-row wp-button-row--tight">
                      <Button appearance="secondary-action-button" className="wp-small-button" onClick={() => setEditing(x)}>
                        {t('instruments.edit')}
                        <span className="wp-visually-hidden"> {t('instruments.editFor', { name: x.name })}</span>
                      </Button>
                      <Button
                        appearance="subtle-button"
                        className="wp-small-button"
                        disabled={toggle.isPending}
                        onClick={() => {
                          if (!toggle.isPending) toggle.mutate(x);
                        }}
                      >
                        {x.active ? t('instruments.deactivate') : t('instruments.activate')}
                        <span className="wp-visually-hidden"> {t('instruments.editFor', { name: x.name })}</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <section className="wp-section wp-card" aria-labelledby="instrument-create">
        <h2 className="utrecht-heading-2" id="instrument-create">
          {t('instruments.create')}
        </h2>
        <CreateInstrumentForm />
      </section>

      <Dialog open={editing !== null} title={t('instruments.editTitle')} onClose={() => setEditing(null)}>
        {editing ? <EditInstrumentForm instrument={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>
    </>
  );
}

function cbsOptions(i18n: Parameters<typeof cbsCategoryLabel>[1]) {
  return CBS_CATEGORIES.map((c) => ({ value: c, label: cbsCategoryLabel(c, i18n) }));
}

interface CreateValues {
  name: string;
  kind: string;
  cbsCategory: string;
  description: string;
}

function CreateInstrumentForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const refresh = useRefreshInstruments();
  const labels = {
    name: t('instruments.name'),
    kind: t('instruments.kind'),
    cbsCategory: t('instruments.cbsCategory'),
    description: t('instruments.description'),
  };
  const form = useApiForm<CreateValues>({
    defaultValues: { name: '', kind: '', cbsCategory: '', description: '' },
    labels,
    checks: ({ name, kind, description }) => {
      const next: FieldErrors = {};
      if (!name.trim()) next.name = t('form.required', { label: inSentence(labels.name) });
      else if (name.trim().length > 200) next.name = t('form.tooLong', { label: labels.name, max: 200 });
      if (!kind) next.kind = t('form.requiredChoice', { label: inSentence(labels.kind) });
      if (description.length > 2000) next.description = t('form.tooLong', { label: labels.description, max: 2000 });
      return next;
    },
  });

  const create = useMutation({
    mutationFn: (values: CreateValues) =>
      call(
        api.POST('/api/v1/instruments', {
          body: {
            name: values.name.trim(),
            kind: values.kind as InstrumentKind,
            cbsCategory: (values.cbsCategory || null) as CbsCategory | null,
            description: values.description.trim() || null,
          },
        }),
      ),
    onSuccess: async (created) => {
      form.reset();
      flash(t('instruments.created', { name: created.name }));
      await refresh();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))}>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormTextField form={form} name="name" maxLength={200} required />
      <FormSelectField
        form={form}
        name="kind"
        placeholder={t('app.chooseOption')}
        options={INSTRUMENT_KINDS.map((k) => ({ value: k, label: instrumentKindLabel(k, i18n) }))}
        required
      />
      <FormSelectField
        form={form}
        name="cbsCategory"
        description={t('instruments.cbsCategoryHint')}
        placeholder={t('instruments.noCbsCategory')}
        options={cbsOptions(i18n)}
        optional
      />
      <FormTextareaField form={form} name="description" maxLength={2000} rows={3} optional />
      <SubmitButton busy={create.isPending}>{t('instruments.create')}</SubmitButton>
    </form>
  );
}

/** The edit dialog's fields sit under "edit" (ids field-edit-…): the add form with the same fields stays on the page. */
interface EditValues {
  edit: { name: string; cbsCategory: string; description: string; active: boolean };
}

function EditInstrumentForm({ instrument, onDone }: { instrument: Instrument; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { flash } = useFlash();
  const refresh = useRefreshInstruments();
  const labels = {
    'edit.name': t('instruments.name'),
    'edit.cbsCategory': t('instruments.cbsCategory'),
    'edit.description': t('instruments.description'),
    'edit.active': t('instruments.activeLabel'),
  };
  const form = useApiForm<EditValues>({
    defaultValues: {
      edit: {
        name: instrument.name,
        cbsCategory: instrument.cbsCategory ?? '',
        description: instrument.description ?? '',
        active: instrument.active,
      },
    },
    labels,
    apiNames: { name: 'edit.name', cbsCategory: 'edit.cbsCategory', description: 'edit.description', active: 'edit.active' },
    checks: ({ edit: { name, description } }) => {
      const next: FieldErrors = {};
      if (!name.trim()) next['edit.name'] = t('form.required', { label: inSentence(t('instruments.name')) });
      else if (name.trim().length > 200) next['edit.name'] = t('form.tooLong', { label: t('instruments.name'), max: 200 });
      if (description.length > 2000) next['edit.description'] = t('form.tooLong', { label: t('instruments.description'), max: 2000 });
      return next;
    },
  });

  const update = useMutation({
    mutationFn: ({ edit }: EditValues) =>
      call(
        api.PATCH('/api/v1/instruments/{id}', {
          params: { path: { id: instrument.id } },
          body: {
            name: edit.name.trim(),
            cbsCategory: (edit.cbsCategory || null) as CbsCategory | null,
            description: edit.description.trim() || null,
            active: edit.active,
          },
        }),
      ),
    onSuccess: async (updated) => {
      flash(t('instruments.updated', { name: updated.name }));
      onDone();
      await refresh();
    },
  });

  return (
    <form className="wp-form" noValidate onSubmit={form.submit((values) => update.mutateAsync(values))}>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormTextField form={form} name="edit.name" maxLength={200} required />
      <p className="utrecht-paragraph wp-muted">
        {t('instruments.kind')}: {instrumentKindLabel(instrument.kind, i18n)}. {t('instruments.kindFixed')}
      </p>
      <FormSelectField
        form={form}
        name="edit.cbsCategory"
        description={t('instruments.cbsCategoryHint')}
        placeholder={t('instruments.noCbsCategory')}
        options={cbsOptions(i18n)}
        optional
      />
      <FormTextareaField form={form} name="edit.description" maxLength={2000} rows={3} optional />
      <FormCheckboxField form={form} name="edit.active" description={t('instruments.activeHint')} />
      <div className="wp-form-actions">
        <SubmitButton busy={update.isPending}>{t('app.save')}</SubmitButton>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
