import { Button } from '@utrecht/component-library-react';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  canRegisterClients,
  canViewClients,
  canViewEmployers,
  canViewResults,
  canViewVacancies,
  isAdmin,
  isEmployerPortalUser,
  useAuthActions,
  useSession,
  canUseMyPrb,
  canViewPrbProgrammes,
  canViewTrajectoryReports,
  canManageInstruments,
  canViewAssignments,
  canViewTrajectories,
  isClientPortalUser,
} from './auth.tsx';
import { FlashProvider, FlashRegion } from './flash.tsx';
import { useI18n } from './i18n.tsx';

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const user = session?.user ?? null;
  const { logout } = useAuthActions();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);

  const onLogout = async () => {
    setLoggingOut(true);
    try {
      await logout();
    } catch {
      // The session is gone locally either way; the server expires it on its own.
    } finally {
      setLoggingOut(false);
      await navigate({ to: '/inloggen', search: { reason: 'logout' } });
    }
  };

  const otherLang = lang === 'nl' ? 'en' : 'nl';

  return (
    <FlashProvider>
      <div className="wp-app">
        <p className="wp-skip">
          <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" onClick={focusMain}>
            {t('app.skipLink')}
          </a>
        </p>
        <header className="wp-header">
          <div className="wp-header__bar wp-container">
            <div className="wp-brand">
              <Link to="/" className="wp-brand__link">
                <svg className="wp-brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                  <rect width="32" height="32" rx="6" />
                  <path d="M6 24V10l5 9 5-9 5 9 5-9v14" />
                </svg>
                <span className="wp-brand__name">{t('app.name')}</span>
              </Link>
              {user ? <span className="wp-brand__org">{user.organisation.name}</span> : null}
            </div>
            <div className="wp-header__tools">
              {user ? (
                <p className="wp-header__user">
                  <span className="wp-visually-hidden">{t('app.loggedInAs', { name: '' })}</span>
                  <span className="wp-header__user-name">{user.name}</span>
                </p>
              ) : null}
              <Button
                appearance="subtle-button"
                className="wp-header__button"
                lang={otherLang}
                onClick={() => setLang(otherLang)}
                aria-label={t('app.switchLanguageLabel')}
              >
                {t('app.switchLanguage')}
              </Button>
              {user ? (
                <Button
                  appearance="secondary-action-button"
                  className="wp-header__button"
                  onClick={() => void onLogout()}
                  disabled={loggingOut}
                >
                  {t('app.logout')}
                </Button>
              ) : null}
            </div>
          </div>
          {user ? (
            <nav className="wp-nav" aria-label={t('app.mainNav')}>
              <ul className="wp-nav__list wp-container">
                {canViewClients(user) ? (
                  <li>
                    <Link to="/clienten" className="wp-nav__link" activeOptions={{ exact: true, includeSearch: false }}>
                      {t('nav.clients')}
                    </Link>
                  </li>
                ) : null}
                {canRegisterClients(user) ? (
                  <li>
                    <Link to="/clienten/nieuw" className="wp-nav__link" activeOptions={{ exact: true }}>
                      {t('nav.registerClient')}
                    </Link>
                  </li>
                ) : null}
                {canViewTrajectories(user) ? (
                  <li>
                    <Link to="/trajecten" className="wp-nav__link" activeOptions={{ includeSearch: false }}>
                      {t('nav.trajectories')}
                    </Link>
                  </li>
                ) : null}
                {canViewAssignments(user) ? (
                  <li>
                    <Link to="/opdrachten" className="wp-nav__link">
                      {t('nav.assignments')}
                    </Link>
                  </li>
                ) : null}
                {canViewEmployers(user) ? (
                  <li>
                    <Link to="/werkgevers" className="wp-nav__link" activeOptions={{ includeSearch: false }}>
                      {t('nav.employers')}
                    </Link>
                  </li>
                ) : null}
                {canViewVacancies(user) ? (
                  <li>
                    <Link to="/vacatures-beheer" className="wp-nav__link" activeOptions={{ includeSearch: false }}>
                      {t('nav.vacancies')}
                    </Link>
                  </li>
                ) : null}
                {isEmployerPortalUser(user) ? (
                  <li>
                    <Link to="/werkgeversportaal" className="wp-nav__link" activeOptions={{ exact: true }}>
                      {t('nav.employerPortal')}
                    </Link>
                  </li>
                ) : null}
                {canViewResults(user) ? (
                  <li>
                    <Link to="/resultaten" className="wp-nav__link" activeOptions={{ exact: true, includeSearch: false }}>
                      {t('nav.results')}
                    </Link>
                  </li>
                ) : null}
                {canViewPrbProgrammes(user) ? (
                  <li>
                    <Link to="/prb" className="wp-nav__link">
                      {t('nav.prb')}
                    </Link>
                  </li>
                ) : null}
                {canViewTrajectoryReports(user) ? (
                  <li>
                    <Link to="/rapportages" className="wp-nav__link" activeOptions={{ includeSearch: false }}>
                      {t('nav.reports')}
                    </Link>
                  </li>
                ) : null}
                {isClientPortalUser(user) ? (
                  <>
                    <li>
                      <Link to="/mijn" className="wp-nav__link" activeOptions={{ exact: true }}>
                        {t('nav.myHome')}
                      </Link>
                    </li>
                    <li>
                      <Link to="/mijn/polis" className="wp-nav__link" activeOptions={{ exact: true }}>
                        {t('nav.myPolis')}
                      </Link>
                    </li>
                  </>
                ) : null}
                {canUseMyPrb(user) ? (
                  <li>
                    <Link to="/mijn/prb" className="wp-nav__link" activeOptions={{ exact: true }}>
                      {t('nav.myPrb')}
                    </Link>
                  </li>
                ) : null}
                {canManageInstruments(user) ? (
                  <li>
                    <Link to="/beheer/instrumenten" className="wp-nav__link" activeOptions={{ exact: true }}>
                      {t('nav.instruments')}
                    </Link>
                  </li>
                ) : null}
                {isAdmin(user) ? (
                  <>
                    <li>
                      <Link to="/beheer/organisaties" className="wp-nav__link" activeOptions={{ exact: true }}>
                        {t('nav.organisations')}
                      </Link>
                    </li>
                    <li>
                      <Link to="/beheer/gebruikers" className="wp-nav__link" activeOptions={{ exact: true, includeSearch: false }}>
                        {t('nav.users')}
                      </Link>
                    </li>
                  </>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" className="wp-main wp-container" tabIndex={-1}>
          <FlashRegion />
          <Outlet />
        </main>
        <footer className="wp-footer">
          <div className="wp-container">
            <p className="utrecht-paragraph">{t('app.footer')}</p>
            <p className="utrecht-paragraph">
              <Link to="/vacatures" className="utrecht-link">
                {t('nav.publicVacancies')}
              </Link>
            </p>
          </div>
        </footer>
      </div>
    </FlashProvider>
  );
}
