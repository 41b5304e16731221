import { useEffect, useRef, type ReactNode } from 'react';
import { consumeNavigationFocus } from '../app/navigationFocus.ts';
import { useI18n } from '../app/i18n.tsx';

interface PageHeaderProps {
  /** The page's one h1. */
  title: string;
  /**
   * The browser tab title (before " – Werkplein"). Defaults to `title`. Pass a neutral title where the h1
   * holds personal data (a client's name must not end up in the browser history).
   */
  documentTitle?: string;
  preHeading?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
}

export function useDocumentTitle(title: string): void {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}

/** The page heading. After an in-app navigation the h1 takes focus, so screen readers announce the new page. */
export function PageHeader({ title, documentTitle, preHeading, lead, actions }: PageHeaderProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(documentTitle ?? title);

  useEffect(() => {
    if (consumeNavigationFocus()) ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <div className="wp-page-header">
      <div className="wp-page-header__text">
        {preHeading ? <p className="utrecht-pre-heading wp-pre-heading">{preHeading}</p> : null}
        <h1 className="utrecht-heading-1 wp-h1" ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="utrecht-paragraph utrecht-paragraph--lead wp-lead">{lead}</p> : null}
      </div>
      {actions ? <div className="wp-page-header__actions">{actions}</div> : null}
    </div>
  );
}
