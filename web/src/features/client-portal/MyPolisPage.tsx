import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, apiUrl, call, type PolisVersion } from '../../api/index.ts';
import { useUser } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { FormCheckboxField, useApiForm } from '../../ui/form.tsx';
import { InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { PolisContentView, PolisHistory, PolisStatusBadge, SignaturesView } from '../polis/PolisView.tsx';
import { myPolissesQuery, polisKeys, portalProfileQuery } from '../polis/queries.ts';
import { portalPolisState } from './portalPolis.ts';

/** A plain link target: the browser downloads the own signed PDF with the session cookie. */
const myPolisPdfUrl = (id: string) => apiUrl('/api/v1/portal/polis-versions/{id}/pdf', { id });

/** The client's own polis: read the current version, sign it (with an explicit confirmation), PDF, history. */

export function MyPolisPage() {
  const { t } = useI18n();
  const user = useUser();
  const profile = useQuery(portalProfileQuery);
  const polisses = useQuery(myPolissesQuery);
  const organisation = profile.data?.organisationName ?? user.organisation.name;
  const state = polisses.data ? portalPolisState(polisses.data) : null;
  const version = state && state.kind !== 'none' ? state.version : null;
  const others = (polisses.data ?? []).flatMap((p) => p.versions).filter((v) => v.id !== version?.id);

  return (
    <>
      <PageHeader title={t('myPolis.title')} lead={t('myPolis.intro', { organisation })} />
      <p className="utrecht-paragraph">
        <Link to="/mijn" className="utrecht-link">
          {t('myPolis.backHome')}
        </Link>
      </p>
      {polisses.isPending ? <Loading /> : null}
      {polisses.isError ? <ProblemAlert error={polisses.error} /> : null}
      {state?.kind === 'none' ? <p className="utrecht-paragraph">{t('myPolis.none')}</p> : null}
      {version && state ? (
        <section className="wp-section wp-card" aria-labelledby="my-polis-version">
          <h2 className="utrecht-heading-2 wp-focus-target" id="my-polis-version" tabIndex={-1}>
            {t('polis.versionTitle', { version: version.versionNumber })} <PolisStatusBadge version={version} audience="client" />
          </h2>
          {state.kind === 'waiting' ? <InfoAlert>{t('portalHome.polisWaiting', { version: version.versionNumber })}</InfoAlert> : null}
          {state.kind === 'signed' ? <InfoAlert>{t('portalHome.polisSigned', { version: version.versionNumber })}</InfoAlert> : null}
          <PolisContentView version={version} audience="client" level={3} />
          <h3 className="utrecht-heading-3">{t('polis.signatures')}</h3>
          <SignaturesView version={version} audience="client" />
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={myPolisPdfUrl(version.id)} download>
              {t('polis.pdf')} <span className="wp-visually-hidden">({t('polis.versionTitle', { version: version.versionNumber })})</span>
            </a>
          </p>
          {state.kind === 'toSign' ? <SignForm version={version} /> : null}
        </section>
      ) : null}
      {others.length > 0 ? (
        <section className="wp-section" aria-labelledby="my-polis-history">
          <h2 className="utrecht-heading-2" id="my-polis-history">
            {t('myPolis.history')}
          </h2>
          <PolisHistory versions={others} pdfUrl={myPolisPdfUrl} caption={t('polis.historyCaption')} audience="client" />
        </section>
      ) : null}
    </>
  );
}

/** Signing needs an explicit "I have read and agree" first; the revision read travels along. */
function SignForm({ version }: { version: PolisVersion }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = { confirm: t('myPolis.sign.confirm', { version: version.versionNumber }) };
  const form = useApiForm<{ confirm: boolean }>({
    defaultValues: { confirm: false },
    labels,
    checks: ({ confirm }) => (confirm ? {} : { confirm: t('myPolis.sign.confirmRequired') }),
  });

  const sign = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/portal/polis-versions/{id}/sign', { params: { path: { id: version.id } }, body: { revision: version.revision } }),
      ),
    onSuccess: async () => {
      flash(t('myPolis.sign.done', { version: version.versionNumber }));
      await queryClient.invalidateQueries({ queryKey: polisKeys.mine });
      document.getElementById('my-polis-version')?.focus();
    },
  });

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('myPolis.sign.title')}</h3>
      <p className="utrecht-paragraph">{t('myPolis.sign.intro')}</p>
      <form className="wp-form" noValidate onSubmit={form.submit(() => sign.mutateAsync())}>
        <ErrorSummary errors={form.errors} labels={form.labels} focusKey={form.focusKey} />
        {form.problem ? <ActionError error={form.problem} /> : null}
        <FormCheckboxField form={form} name="confirm" />
        <SubmitButton busy={sign.isPending}>{t('myPolis.sign.submit')}</SubmitButton>
      </form>
    </div>
  );
}
