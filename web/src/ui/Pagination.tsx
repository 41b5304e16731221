import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n.tsx';

export interface PageLinkAttrs {
  className: string;
  'aria-label'?: string;
  'aria-current'?: 'page';
  rel?: string;
}

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** Renders a link to `page` (e.g. a router Link with a search param). */
  renderLink: (page: number, content: ReactNode, attrs: PageLinkAttrs) => ReactNode;
}

/** Page numbers to show: first, last, and a window around the current page; null marks a gap. */
export function pageWindow(current: number, pages: number, radius = 2): (number | null)[] {
  const result: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= radius) result.push(p);
    else if (result[result.length - 1] !== null) result.push(null);
  }
  return result;
}

export function Pagination({ page, pageSize, total, renderLink }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="utrecht-pagination wp-pagination" aria-label={t('pagination.label')}>
      <ul className="wp-pagination__list" role="list">
        {page > 1 ? (
          <li>
            {renderLink(page - 1, t('pagination.previous'), {
              className: 'utrecht-pagination__relative-link utrecht-pagination__relative-link--prev',
              rel: 'prev',
            })}
          </li>
        ) : null}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="wp-pagination__gap">
              …
            </li>
          ) : (
            <li key={p}>
              {renderLink(p, p, {
                className: `utrecht-pagination__page-link${p === page ? ' utrecht-pagination__page-link--current' : ''}`,
                'aria-label': p === page ? t('pagination.currentPage', { page: p }) : t('pagination.page', { page: p }),
                ...(p === page ? { 'aria-current': 'page' as const } : {}),
              })}
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            {renderLink(page + 1, t('pagination.next'), {
              className: 'utrecht-pagination__relative-link utrecht-pagination__relative-link--next',
              rel: 'next',
            })}
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
