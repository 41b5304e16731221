import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n.tsx';

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="wp-visually-hidden">{children}</span>;
}

/** A polite loading message (role=status so screen readers hear it once). */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph wp-loading" role="status">
      {label ?? t('app.loading')}
    </p>
  );
}

export function OkAlert({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok wp-alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function InfoAlert({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--info wp-alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'ok' | 'warn' }) {
  return <span className={`wp-badge wp-badge--${tone}`}>{children}</span>;
}

/** A definition list row helper for read-only data. */
export function DataRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item wp-data-row">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

export function DataList({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list wp-data-list">{children}</dl>;
}
