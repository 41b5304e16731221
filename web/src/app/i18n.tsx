import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, nl, type MessageKey, type Messages } from './messages.ts';

export type Lang = 'nl' | 'en';
const STORAGE_KEY = 'werkplein.lang';
const DICTIONARIES: Record<Lang, Messages> = { nl, en };
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const TIME_ZONE = 'Europe/Amsterdam';

export type Params = Record<string, string | number>;

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Plain function properties (not methods): components destructure them, e.g. `const { t } = useI18n()`. */
export interface I18n {
  lang: Lang;
  locale: string;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** A calendar date (YYYY-MM-DD) as "3 maart 2026". */
  formatDate: (isoDate: string | null | undefined) => string;
  /** Short date for chart axes: "3 mrt 2026". */
  formatDateShort: (isoDate: string) => string;
  /** A timestamp as "3 maart 2026 14:05" (Amsterdam time). */
  formatDateTime: (isoTimestamp: string | null | undefined) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Parses YYYY-MM-DD as a calendar date (UTC midnight) so no time zone can shift the day. */
export function parseIsoDate(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dict = DICTIONARIES[lang];
    const locale = LOCALES[lang];
    const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const shortFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const dateTimeFmt = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    });
    const numberFmt = new Intl.NumberFormat(locale);
    return {
      lang,
      locale,
      setLang,
      t: (key, params) => interpolate(dict[key] ?? nl[key] ?? key, params),
      formatDate: (isoDate) => {
        if (!isoDate) return '';
        const d = parseIsoDate(isoDate);
        return d ? dateFmt.format(d) : isoDate;
      },
      formatDateShort: (isoDate) => {
        const d = parseIsoDate(isoDate);
        return d ? shortFmt.format(d) : isoDate;
      },
      formatDateTime: (iso) => {
        if (!iso) return '';
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : dateTimeFmt.format(d);
      },
      formatNumber: (n) => numberFmt.format(n),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** Today's date in Amsterdam as YYYY-MM-DD (for date defaults and "not in the future" checks). */
export { todayInAmsterdam } from '../../../src/kernel/dates.ts';
