/**
 * Small building blocks shared by the one-stop-shop pages: labels for the API's codes, a radio group,
 * a decorative bar, wage and tag formatting. Everything here is text-first: a bar is always paired with
 * the same information as text, so it is hidden from assistive technology.
 */
import { useId, type ReactNode } from 'react';
import { isApiError } from '../api/index.ts';
import type { CloseReason, ContactMomentKind, ContractType, ProposalStatus, SizeClass, VacancyStatus, Visibility } from '../api/index.ts';
import { useI18n, type I18n } from '../app/i18n.tsx';
import type { MessageKey } from '../app/messages.ts';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { fieldId } from './fields.tsx';
import { ProblemAlert, problemMessage } from './ProblemAlert.tsx';
import '../features/vacancies/one-stop-shop.css';

type T = Pick<I18n, 't'>;
const known = (key: string, i: T, fallback: string): string => {
  const text = i.t(key as MessageKey);
  return text === key ? fallback : text;
};
export const visibilityLabel = (v: Visibility, i: T) => known(`visibility.${v}`, i, v);
export const vacancyStatusLabel = (s: VacancyStatus, i: T) => known(`vacancyStatus.${s}`, i, s);
export const proposalStatusLabel = (s: ProposalStatus, i: T) => known(`proposalStatus.${s}`, i, s);
export const contractTypeLabel = (c: ContractType, i: T) => known(`contractType.${c}`, i, c);
export const partLabel = (k: string, i: T) => known(`matchPart.${k}`, i, k);
export const contactKindLabel = (k: ContactMomentKind, i: T) => known(`contactKind.${k}`, i, k);
export const sizeClassLabel = (s: SizeClass, i: T) => known(`sizeClass.${s}`, i, s);
export const closeReasonLabel = (r: CloseReason, i: T) => known(`closeReason.${r}`, i, r);

/** The width class (in steps of 5%) of a bar filled to value/max. */
export function barStep(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  const ratio = Math.min(1, value / max);
  return Math.round(ratio * 20) * 5;
}

/** A bar filled to value/max; decorative (the text next to it says the same). CSS classes, no inline styles (CSP). */
export function Bar({ value, max, wide, done }: { value: number; max: number; wide?: boolean; done?: boolean }) {
  const step = barStep(value, max);
  return (
    <span className={`wp-bar${wide ? ' wp-bar--wide' : ''}`} aria-hidden="true">
      <span className={`wp-bar__fill wp-bar__fill--w${step}${done ? ' wp-bar__fill--done' : ''}`} />
    </span>
  );
}

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "€ 2.400 – € 2.900 per maand", "vanaf € 2.400 per maand", or '' when unknown. */
export function formatWage(min: number | null | undefined, max: number | null | undefined, i: T): string {
  const fmt = (c: number) => EURO.format(c / 100);
  if (min != null && max != null) return i.t('vacancy.wageRange', { min: fmt(min), max: fmt(max) });
  if (min != null) return i.t('vacancy.wageFrom', { min: fmt(min) });
  if (max != null) return i.t('vacancy.wageUpTo', { max: fmt(max) });
  return '';
}

/** "heftruck, VCA; klantvriendelijk" → ['heftruck', 'vca', 'klantvriendelijk'] (lower-cased, unique). */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = raw.trim().toLowerCase();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

export function Tags({ tags, label }: { tags: readonly string[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="wp-tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <span className="wp-badge">{tag}</span>
        </li>
      ))}
    </ul>
  );
}

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  options: readonly { value: V; label: string; description?: string }[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string | undefined;
  description?: ReactNode;
}

/** A fieldset of radio buttons. The first radio carries fieldId(name), so error-summary links land on it. */
export function RadioGroup<V extends string>({ name, legend, options, value, onChange, error, description }: RadioGroupProps<V>) {
  const { t } = useI18n();
  const groupId = `${fieldId(name)}-group`;
  const uid = useId();
  const describedIds = [description ? `${groupId}-description` : '', error ? `${groupId}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-fieldset wp-field${error ? ' utrecht-form-fieldset--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedIds || undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {description ? (
          <div className="utrecht-form-field-description" id={`${groupId}-description`}>
            {description}
          </div>
        ) : null}
        {error ? (
          <p className="utrecht-form-field-error-message wp-error-message" id={`${groupId}-error`}>
            <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
            {error}
          </p>
        ) : null}
        {options.map((o, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${o.value}`;
          const descId = o.description ? `${uid}-${o.value}-desc` : undefined;
          return (
            <div className="utrecht-form-field utrecht-form-field--radio wp-radio-option" key={o.value}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                  {o.label}
                </label>
              </div>
              {o.description ? (
                <div className="utrecht-form-field__description">
                  <div className="utrecht-form-field-description wp-muted" id={descId}>
                    {o.description}
                  </div>
                </div>
              ) : null}
              <div className="utrecht-form-field__input">
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={descId}
                  className={`utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`}
                />
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** Parses a whole number in [min, max]; null otherwise. */
export function intInRange(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** "Vul functietitel in." from the label "Functietitel" (keeps all-caps labels like KvK-nummer as they are). */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) || /^KvK/.test(label) || /^SBI/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The Amsterdam calendar date (YYYY-MM-DD) of a timestamp, for formatDate. */
export function dateOf(timestamp: string): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp.slice(0, 10) : todayInAmsterdam(d);
}

/** An error alert with a message of our own (e.g. a 409 whose detail names who holds the lead). */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--error wp-alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role="alert">
          <p className="utrecht-paragraph">{children}</p>
        </div>
      </div>
    </div>
  );
}

/**
 * For refusals the server explains in words (409 "X is al accountmanager", 403 "alleen de accountmanager
 * zelf …"): its detail; otherwise the usual translated message for the problem code.
 */
export function detailOrMessage(error: unknown, i18n: Pick<I18n, 't'>): string {
  if (isApiError(error) && (error.status === 409 || error.status === 403) && error.problem.detail) return error.problem.detail;
  return problemMessage(error, i18n);
}

/** A failed action: the server's own explanation for a refusal (403/409), else the usual problem alert. */
export function ActionError({ error }: { error: unknown }) {
  if (isApiError(error) && (error.status === 409 || error.status === 403) && error.problem.detail) {
    return <ErrorAlert>{error.problem.detail}</ErrorAlert>;
  }
  return <ProblemAlert error={error} />;
}

/** YYYY-MM-DD plus whole months, the day clamped to a shorter month (same rule as the server's check moments). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
