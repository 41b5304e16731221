import { Button } from '@utrecht/component-library-react';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useAuthActions, useSession } from './auth.tsx';
import { FlashProvider, FlashRegion } from './flash.tsx';
import { useI18n } from './i18n.tsx';
import type { NavEntry } from './feature.ts';
import { features } from '../features/index.ts';
import { NotificationBell } from '../features/notifications/index.ts';

/** A link of the main navigation, as one of the features (features/index.ts) declares it. */
type FeatureNavEntry = Extract<(typeof features)[number], { nav: unknown }>['nav'][number] & Pick<NavEntry, 'activeOptions'>;

/** The main navigation: the entries of all features, in their order. */
const NAV: readonly FeatureNavEntry[] = features
  .flatMap((feature): readonly FeatureNavEntry[] => ('nav' in feature ? feature.nav : []))
  .sort((a, b) => a.order - b.order);

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
              {user ? <NotificationBell /> : null}
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
                {NAV.filter((entry) => entry.visible(user)).map((entry) => (
                  <li key={entry.to}>
                    <Link to={entry.to} className="wp-nav__link" activeOptions={entry.activeOptions}>
                      {t(entry.labelKey)}
                    </Link>
                  </li>
                ))}
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
