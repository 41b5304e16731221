import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from '@tanstack/react-router';
import { Button } from '@utrecht/component-library-react';
import { useI18n } from './i18n.tsx';

interface FlashState {
  text: string;
  /** How many more location changes the message survives. */
  survives: number;
}

interface FlashApi {
  message: string | null;
  /**
   * Shows a success message in the page's status region. Pass `afterNavigation` when a navigation
   * follows immediately (e.g. after creating a record), so the message appears on the next page.
   */
  flash: (text: string, options?: { afterNavigation?: boolean }) => void;
  clear: () => void;
}

const FlashContext = createContext<FlashApi | null>(null);

export function FlashProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<FlashState | null>(null);
  const location = useLocation();
  const lastHref = useRef(location.pathname);

  useEffect(() => {
    if (lastHref.current === location.pathname) return;
    lastHref.current = location.pathname;
    setState((s) => (s && s.survives > 0 ? { ...s, survives: s.survives - 1 } : null));
  }, [location.pathname]);

  const flash = useCallback((text: string, options?: { afterNavigation?: boolean }) => {
    setState({ text, survives: options?.afterNavigation ? 1 : 0 });
  }, []);
  const clear = useCallback(() => setState(null), []);

  const value = useMemo(() => ({ message: state?.text ?? null, flash, clear }), [state, flash, clear]);
  return <FlashContext.Provider value={value}>{children}</FlashContext.Provider>;
}

export function useFlash(): FlashApi {
  const ctx = useContext(FlashContext);
  if (!ctx) throw new Error('useFlash outside FlashProvider');
  return ctx;
}

/**
 * The live region for flash messages; always in the DOM so additions are announced. It is shown as a
 * toast at the bottom of the viewport, so a confirmation after saving at the bottom of a long page is
 * seen where the user is; the close button stands outside the live region (it is not announced).
 */
export function FlashRegion() {
  const { message, clear } = useFlash();
  const { t } = useI18n();
  return (
    <div className={`wp-flash${message ? ' wp-flash--shown' : ''}`}>
      <div role="status" className="wp-flash-region">
        {message ? (
          <div className="utrecht-alert utrecht-alert--ok wp-alert">
            <div className="utrecht-alert__content">
              <div className="utrecht-alert__message">
                <p className="utrecht-paragraph">{message}</p>
              </div>
            </div>
          </div>
        ) : null}
      </div>
      {message ? (
        <Button appearance="subtle-button" className="wp-flash__close" onClick={clear}>
          {t('app.close')}
        </Button>
      ) : null}
    </div>
  );
}
