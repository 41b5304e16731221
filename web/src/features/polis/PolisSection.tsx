import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { isApiError } from '../../api/index.ts';
import { useUser } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { clientQuery } from '../clients/queries.ts';
import { DataList, DataRow, Loading } from '../../ui/misc.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { rungShort } from '../ladder/rungs.ts';
import { PolisStatusBadge, signatureOf } from './PolisView.tsx';
import { clientPolissesQuery } from './queries.ts';

interface PolisSectionProps {
  clientId: string;
  /** Draft, change and sign: the klantmanager of the owning organisation. */
  editable: boolean;
}

/** The "Polis" section of the client file: the current version's status and a link to the polis page. */
export function PolisSection({ clientId, editable }: PolisSectionProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const user = useUser();
  const client = useQuery(clientQuery(clientId));
  // The polis is between the client and the municipality that owns the file: partners never see it.
  const own = client.data?.organisationId === user.organisation.id;
  const polisses = useQuery({ ...clientPolissesQuery(clientId), enabled: own });

  if (!own) return null;

  // Partners who may not see the polis of a shared file get no section at all.
  if (polisses.isError && isApiError(polisses.error) && polisses.error.status === 403) return null;
  const polis = polisses.data?.[0];
  const current = polis?.versions[0];

  return (
    <section className="wp-section wp-card" aria-labelledby="polis-title">
      <h2 className="utrecht-heading-2" id="polis-title">
        {t('polis.title')}
      </h2>
      <p className="utrecht-paragraph">{t('polis.sectionIntro')}</p>
      {polisses.isPending ? <Loading /> : null}
      {polisses.isError ? <ProblemAlert error={polisses.error} /> : null}
      {polisses.isSuccess && !current ? <p className="utrecht-paragraph">{t('polis.none')}</p> : null}
      {current ? (
        <DataList>
          <DataRow label={t('polis.version')}>
            {current.versionNumber} <PolisStatusBadge version={current} />
          </DataRow>
          <DataRow label={t('polis.goalRung')}>{rungShort(current.goalRung, i18n)}</DataRow>
          <DataRow label={t('polis.partyMunicipality')}>
            {signatureOf(current, 'municipality')
              ? t('polis.signedBy', {
                  name: signatureOf(current, 'municipality')!.signerName,
                  date: formatDateTime(signatureOf(current, 'municipality')!.signedAt),
                })
              : t('polis.notSigned')}
          </DataRow>
          <DataRow label={t('polis.partyClient')}>
            {signatureOf(current, 'client')
              ? t('polis.signedBy', {
                  name: signatureOf(current, 'client')!.signerName,
                  date: formatDateTime(signatureOf(current, 'client')!.signedAt),
                })
              : t('polis.notSigned')}
          </DataRow>
        </DataList>
      ) : null}
      {polisses.isSuccess && (current || editable) ? (
        <p className="utrecht-paragraph">
          <Link
            to={current ? '/clienten/$id/polis' : '/clienten/$id/polis/bewerken'}
            params={{ id: clientId }}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {current ? t('polis.viewLink') : t('polis.draftLink')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
