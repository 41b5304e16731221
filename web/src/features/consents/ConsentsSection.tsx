import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, type Consent, isApiError } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { Badge, Loading } from '../../ui/misc.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { clientKeys, consentsQuery, organisationsQuery } from '../clients/queries.ts';

interface ConsentsSectionProps {
  clientId: string;
  clientOrganisationId: string;
  /** Grant and withdraw only for the klantmanager of the owning organisation. */
  editable: boolean;
}

export function ConsentsSection({ clientId, clientOrganisationId, editable }: ConsentsSectionProps) {
  const { t, formatDate, formatDateTime } = useI18n();
  const consents = useQuery(consentsQuery(clientId));
  const [toWithdraw, setToWithdraw] = useState<Consent | null>(null);
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const withdraw = useMutation({
    mutationFn: (consent: Consent) =>
      call(api.POST('/api/v1/clients/{id}/consents/{consentId}/withdraw', { params: { path: { id: clientId, consentId: consent.id } } })),
    onSuccess: async (consent) => {
      setToWithdraw(null);
      flash(t('consents.withdrawn', { organisation: consent.organisationName }));
      await queryClient.invalidateQueries({ queryKey: clientKeys.consents(clientId) });
      // The withdraw button is gone now; continue from the section heading.
      headingRef.current?.focus();
    },
  });

  // Partners that see a shared file may not be allowed to read its consents: then there is no section.
  if (consents.isError && isApiError(consents.error) && consents.error.status === 403) return null;

  const list = consents.data ?? [];
  // A partner with an open-ended consent in force needs no new one; one for a period may be renewed.
  const activeOrgIds = new Set(list.filter((c) => c.inForce && c.validUntil === null).map((c) => c.organisationId));

  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2 wp-focus-target" ref={headingRef} tabIndex={-1}>
        {t('consents.title')}
      </h2>
      <p className="utrecht-paragraph">{t('consents.intro')}</p>
      {consents.isPending ? <Loading /> : null}
      {consents.isError ? <ProblemAlert error={consents.error} /> : null}
      {consents.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('consents.none')}</p> : null}
      {list.length > 0 ? (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('consents.caption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('consents.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('consents.organisation')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('consents.grantedAt')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('consents.grantedBy')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('consents.status')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('consents.note')}
                </th>
                {editable ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('consents.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((c) => (
                <tr className="utrecht-table__row" key={c.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {c.organisationName}
                  </th>
                  <td className="utrecht-table__cell">{formatDateTime(c.grantedAt)}</td>
                  <td className="utrecht-table__cell">{c.grantedBy}</td>
                  <td className="utrecht-table__cell">
                    {c.withdrawnAt ? (
                      <Badge tone="warn">{t('consents.withdrawnOn', { date: formatDateTime(c.withdrawnAt) })}</Badge>
                    ) : c.inForce ? (
                      <Badge tone="ok">{t('consents.active')}</Badge>
                    ) : (
                      <Badge tone="warn">{t('consents.expired')}</Badge>
                    )}
                    {c.validUntil ? <> {t('consents.validUntilOn', { date: formatDate(c.validUntil) })}</> : null}
                  </td>
                  <td className="utrecht-table__cell wp-preserve">{c.note ?? ''}</td>
                  {editable ? (
                    <td className="utrecht-table__cell">
                      {!c.withdrawnAt ? (
                        <Button
                          appearance="secondary-action-button"
                          hint="danger"
                          className="wp-small-button"
                          onClick={() => {
                            withdraw.reset();
                            setToWithdraw(c);
                          }}
                        >
                          {t('consents.withdraw')}
                          <span className="wp-visually-hidden"> {t('consents.withdrawFor', { organisation: c.organisationName })}</span>
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {editable ? <GrantConsentForm clientId={clientId} clientOrganisationId={clientOrganisationId} activeOrgIds={activeOrgIds} /> : null}

      <ConfirmDialog
        open={toWithdraw !== null}
        title={t('consents.confirm.title')}
        message={toWithdraw ? t('consents.confirm.text', { organisation: toWithdraw.organisationName }) : ''}
        confirmLabel={t('consents.confirm.submit')}
        busy={withdraw.isPending}
        error={withdraw.isError ? <ProblemAlert error={withdraw.error} /> : null}
        onConfirm={() => {
          if (toWithdraw && !withdraw.isPending) withdraw.mutate(toWithdraw);
        }}
        onCancel={() => setToWithdraw(null)}
      />
    </section>
  );
}

interface GrantValues {
  organisationId: string;
  /** YYYY-MM-DD or empty (until withdrawn). */
  validUntil: string;
  note: string;
}

function GrantConsentForm({
  clientId,
  clientOrganisationId,
  activeOrgIds,
}: {
  clientId: string;
  clientOrganisationId: string;
  activeOrgIds: Set<string>;
}) {
  const { t } = useI18n();
  const organisations = useQuery(organisationsQuery);
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = {
    organisationId: t('consents.grant.organisation'),
    validUntil: t('consents.grant.validUntil'),
    note: t('consents.grant.note'),
  };
  const form = useApiForm<GrantValues>({
    defaultValues: { organisationId: '', validUntil: '', note: '' },
    labels,
    checks: ({ organisationId, validUntil, note }) => {
      const next: FieldErrors = {};
      if (!organisationId) next.organisationId = t('form.requiredChoice', { label: labels.organisationId.toLowerCase() });
      if (validUntil && !isIsoDate(validUntil)) next.validUntil = t('consents.grant.validUntilInvalid');
      else if (validUntil && validUntil < todayInAmsterdam()) next.validUntil = t('consents.grant.validUntilPast');
      if (note.length > 500) next.note = t('form.tooLong', { label: labels.note, max: 500 });
      return next;
    },
  });

  const grant = useMutation({
    mutationFn: ({ organisationId, validUntil, note }: GrantValues) =>
      call(
        api.POST('/api/v1/clients/{id}/consents', {
          params: { path: { id: clientId } },
          body: { organisationId, validUntil: validUntil || null, note: note.trim() || null },
        }),
      ),
    onSuccess: async (consent) => {
      form.reset();
      flash(t('consents.grant.saved', { organisation: consent.organisationName }));
      await queryClient.invalidateQueries({ queryKey: clientKeys.consents(clientId) });
    },
  });

  const candidates = (organisations.data ?? [])
    .filter((o) => o.active && o.id !== clientOrganisationId && !activeOrgIds.has(o.id) && o.kind !== 'platform')
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('consents.grant.title')}</h3>
      {organisations.isError ? <ProblemAlert error={organisations.error} /> : null}
      {organisations.isSuccess && candidates.length === 0 ? (
        <p className="utrecht-paragraph">{t('consents.grant.noOrganisations')}</p>
      ) : (
        <form className="wp-form" noValidate onSubmit={form.submit((values) => grant.mutateAsync(values))}>
          <FormErrors form={form} />
          <FormSelectField
            form={form}
            name="organisationId"
            description={t('consents.grant.organisationHint')}
            placeholder={t('app.chooseOption')}
            options={candidates.map((o) => ({ value: o.id, label: o.name }))}
            required
          />
          <FormTextField
            form={form}
            name="validUntil"
            type="date"
            min={todayInAmsterdam()}
            width="sm"
            description={t('consents.grant.validUntilHint')}
            optional
          />
          <FormTextareaField form={form} name="note" maxLength={500} rows={2} optional />
          <SubmitButton busy={grant.isPending} appearance="secondary">
            {t('consents.grant.submit')}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
