import { Button } from '@utrecht/component-library-react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { api, apiUrl, call, type PolisVersion } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { FormErrors, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { InfoAlert } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { clientQuery } from '../clients/queries.ts';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence } from '../../ui/checks.ts';
import { isOpenDraft, PolisContentView, PolisHistory, PolisStatusBadge, signatureOf, SignaturesView } from './PolisView.tsx';
import { clientPolissesQuery, polisKeys, portalAccountQuery } from './queries.ts';

/** A plain link target: the browser downloads the signed PDF with the session cookie. */
const polisPdfUrl = (id: string) => apiUrl('/api/v1/polis-versions/{id}/pdf', { id });

/** The polis of a client for the case manager: the current version, signing, new versions, history. */
export function PolisPage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/auth/clienten/$id/polis/' });
  const { user } = useRouteContext({ from: '/auth/clienten/$id/polis/' });
  const { data: client } = useSuspenseQuery(clientQuery(id));
  const { data: polisses } = useSuspenseQuery(clientPolissesQuery(id));
  // The polis is the owning organisation's; a partner with consent sees a shared file without it.
  const editable = mayCall(user, 'draftPolis') && !client.shared;
  const mayDownload = mayCall(user, 'downloadPolisPdf') && !client.shared;
  const polis = polisses[0];
  const current = polis?.versions[0];

  return (
    <>
      <PageHeader
        preHeading={client.displayName}
        title={t('polis.title')}
        // The browser history must not collect client names.
        documentTitle={t('polis.title')}
      />
      <p className="utrecht-paragraph">
        <Link to="/clienten/$id" params={{ id }} className="utrecht-link">
          {t('polis.backToClient')}
        </Link>
      </p>
      {!polis || !current ? (
        <section className="wp-section">
          <p className="utrecht-paragraph">{t('polis.none')}</p>
          {editable ? (
            <p className="utrecht-paragraph">
              <Link
                to="/clienten/$id/polis/bewerken"
                params={{ id }}
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              >
                {t('polis.draftLink')}
              </Link>
            </p>
          ) : null}
        </section>
      ) : (
        <>
          <CurrentVersion
            clientId={id}
            organisationName={client.organisationName}
            version={current}
            editable={editable}
            mayDownload={mayDownload}
          />
          <section className="wp-section" aria-labelledby="polis-history">
            <h2 className="utrecht-heading-2" id="polis-history">
              {t('polis.history')}
            </h2>
            <p className="utrecht-paragraph">{t('polis.historyIntro')}</p>
            <PolisHistory versions={polis.versions} pdfUrl={mayDownload ? polisPdfUrl : undefined} caption={t('polis.historyCaption')} />
          </section>
        </>
      )}
      {editable ? <PortalAccountSection clientId={id} /> : null}
    </>
  );
}

function CurrentVersion({
  clientId,
  organisationName,
  version: v,
  editable,
  mayDownload,
}: {
  clientId: string;
  organisationName: string;
  version: PolisVersion;
  editable: boolean;
  mayDownload: boolean;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const municipalitySigned = Boolean(signatureOf(v, 'municipality'));
  const clientSigned = Boolean(signatureOf(v, 'client'));
  const openDraft = isOpenDraft(v);

  const sign = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/polis-versions/{id}/sign', { params: { path: { id: v.id } }, body: { revision: v.revision } })),
    onSuccess: async (polis) => {
      setConfirming(false);
      queryClient.setQueryData(polisKeys.forClient(clientId), [polis]);
      flash(t('polis.signed', { version: v.versionNumber }));
      await queryClient.invalidateQueries({ queryKey: polisKeys.forClient(clientId) });
      headingRef.current?.focus();
    },
  });

  const status =
    v.status === 'signed'
      ? t('polis.readOnly')
      : v.status === 'draft' && municipalitySigned && !clientSigned
        ? t('polis.awaitingClient')
        : v.status === 'draft' && clientSigned && !municipalitySigned
          ? t('polis.awaitingMunicipality')
          : null;

  return (
    <section className="wp-section wp-card" aria-labelledby="polis-current">
      <h2 className="utrecht-heading-2 wp-focus-target" id="polis-current" ref={headingRef} tabIndex={-1}>
        {t('polis.versionTitle', { version: v.versionNumber })} <PolisStatusBadge version={v} />
      </h2>
      {status ? <InfoAlert>{status}</InfoAlert> : null}
      {editable || mayDownload ? (
        <div className="wp-button-row">
          {editable && openDraft ? (
            <Link
              to="/clienten/$id/polis/bewerken"
              params={{ id: clientId }}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            >
              {t('polis.editDraft')}
            </Link>
          ) : null}
          {editable && v.status === 'draft' && !municipalitySigned ? (
            <Button
              appearance="primary-action-button"
              onClick={() => {
                sign.reset();
                setConfirming(true);
              }}
            >
              {t('polis.sign')}
            </Button>
          ) : null}
          {editable && !openDraft && v.status !== 'superseded' ? (
            <Link
              to="/clienten/$id/polis/bewerken"
              params={{ id: clientId }}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            >
              {t('polis.newVersion')}
            </Link>
          ) : null}
          {mayDownload ? (
            <a className="utrecht-link wp-download-link" href={polisPdfUrl(v.id)} download>
              {t('polis.pdf')} <span className="wp-visually-hidden">({t('polis.versionTitle', { version: v.versionNumber })})</span>
            </a>
          ) : null}
        </div>
      ) : null}
      {sign.isError && !confirming ? <ActionError error={sign.error} /> : null}
      <PolisContentView version={v} audience="staff" level={3} />
      <h3 className="utrecht-heading-3">{t('polis.signatures')}</h3>
      <SignaturesView version={v} audience="staff" />

      <ConfirmDialog
        open={confirming}
        title={t('polis.signConfirm.title')}
        message={t('polis.signConfirm.text', { version: v.versionNumber, organisation: organisationName })}
        confirmLabel={t('polis.signConfirm.submit')}
        destructive={false}
        busy={sign.isPending}
        error={sign.isError ? <ActionError error={sign.error} /> : null}
        onConfirm={() => {
          if (!sign.isPending) sign.mutate();
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

/** Opens a client-portal account, so the client can read and sign the polis themself. */
function PortalAccountSection({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const queryClient = useQueryClient();
  const { data: account } = useSuspenseQuery(portalAccountQuery(clientId));
  const labels = { email: t('polis.portal.email'), password: t('polis.portal.password') };
  const form = useApiForm<{ email: string; password: string }>({
    defaultValues: { email: '', password: '' },
    labels,
    checks: ({ email, password }) => {
      const next: FieldErrors = {};
      if (!email.trim()) next.email = t('form.required', { label: inSentence(labels.email) });
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('form.invalidEmail');
      if (password.length < 12) next.password = t('form.passwordTooShort', { min: 12 });
      return next;
    },
  });

  const create = useMutation({
    mutationFn: (values: { email: string; password: string }) =>
      call(
        api.POST('/api/v1/clients/{id}/portal-account', {
          params: { path: { id: clientId } },
          body: { email: values.email.trim(), password: values.password },
        }),
      ),
    onSuccess: (account) => {
      flash(t('polis.portal.created', { email: account.email }));
      form.reset();
      void queryClient.invalidateQueries({ queryKey: polisKeys.portalAccount(clientId) });
    },
  });

  return (
    <section className="wp-section wp-card" aria-labelledby="portal-account">
      <h2 className="utrecht-heading-2" id="portal-account">
        {t('polis.portal.title')}
      </h2>
      {account.exists ? (
        <p className="utrecht-paragraph">{t('polis.portal.exists', { email: account.email ?? '' })}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('polis.portal.intro')}</p>
          <form className="wp-form" noValidate onSubmit={form.submit((values) => create.mutateAsync(values))}>
            <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
            <FormTextField form={form} name="email" type="email" autoComplete="off" width="md" required />
            <FormTextField
              form={form}
              name="password"
              type="password"
              description={t('polis.portal.passwordHint')}
              autoComplete="new-password"
              width="md"
              required
            />
            <SubmitButton busy={form.busy} appearance="secondary">
              {t('polis.portal.submit')}
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
