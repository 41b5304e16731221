import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useUser } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { myPolissesQuery, portalProfileQuery } from '../polis/queries.ts';
import '../trajectories/trajectories.css';
import { portalPolisState } from './portalPolis.ts';

/** The client portal's calm home: the polis (sign it when it is ready) and the way to "Mijn PRB". */
export function PortalHomePage() {
  const { t } = useI18n();
  const user = useUser();
  const profile = useQuery(portalProfileQuery);
  const polisses = useQuery(myPolissesQuery);
  const organisation = profile.data?.organisationName ?? user.organisation.name;
  const name = profile.data?.displayName ?? user.name;
  const state = polisses.data ? portalPolisState(polisses.data) : null;

  return (
    <>
      <PageHeader
        title={t('portalHome.title', { name })}
        documentTitle={t('portalHome.documentTitle')}
        lead={t('portalHome.intro', { organisation })}
      />
      {profile.isError ? <ProblemAlert error={profile.error} /> : null}
      <div className="wp-card-grid wp-portal-home">
        <section className="wp-card" aria-labelledby="portal-polis">
          <h2 className="utrecht-heading-2" id="portal-polis">
            {t('portalHome.polisTitle')}
          </h2>
          {polisses.isPending ? <Loading /> : null}
          {polisses.isError ? <ProblemAlert error={polisses.error} /> : null}
          {state?.kind === 'none' ? <p className="utrecht-paragraph">{t('portalHome.polisNone')}</p> : null}
          {state?.kind === 'toSign' ? (
            <>
              <p className="utrecht-paragraph">{t('portalHome.polisToSign', { version: state.version.versionNumber })}</p>
              <p className="utrecht-paragraph">
                <Link to="/mijn/polis" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
                  {t('portalHome.polisReadAndSign')}
                </Link>
              </p>
            </>
          ) : null}
          {state?.kind === 'waiting' || state?.kind === 'signed' ? (
            <>
              <p className="utrecht-paragraph">
                {state.kind === 'waiting'
                  ? t('portalHome.polisWaiting', { version: state.version.versionNumber })
                  : t('portalHome.polisSigned', { version: state.version.versionNumber })}
              </p>
              <p className="utrecht-paragraph">
                <Link to="/mijn/polis" className="utrecht-link">
                  {t('portalHome.polisView')}
                </Link>
              </p>
            </>
          ) : null}
        </section>
        {/* "Mijn PRB" (/mijn/prb) is its own page (PRB module). */}
        <section className="wp-card" aria-labelledby="portal-prb">
          <h2 className="utrecht-heading-2" id="portal-prb">
            {t('portalHome.prbTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('portalHome.prbText')}</p>
          <p className="utrecht-paragraph">
            <Link to="/mijn/prb" className="utrecht-link">
              {t('portalHome.prbLink')}
            </Link>
          </p>
        </section>
      </div>
      <p className="utrecht-paragraph wp-muted">{t('portalHome.help', { organisation })}</p>
    </>
  );
}
