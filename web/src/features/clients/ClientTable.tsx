import { Link } from '@tanstack/react-router';
import type { ClientSummary } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { benefitLabel } from '../../app/labels.ts';
import { Badge } from '../../ui/misc.tsx';
import { rungLabel } from '../ladder/rungs.ts';

interface ClientTableProps {
  items: ClientSummary[];
  caption: string;
  busy?: boolean;
}

export function ClientTable({ items, caption, busy }: ClientTableProps) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table wp-table" aria-busy={busy || undefined}>
        <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.name')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.dateOfBirth')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.postcode')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.city')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.benefit')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.bsn')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.rung')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('clients.table.organisation')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((c) => (
            <tr className="utrecht-table__row" key={c.id}>
              <th scope="row" className="utrecht-table__cell wp-table__row-header">
                <Link to="/clienten/$id" params={{ id: c.id }} className="utrecht-link">
                  {c.displayName}
                </Link>
              </th>
              <td className="utrecht-table__cell wp-nowrap">{formatDate(c.dateOfBirth)}</td>
              <td className="utrecht-table__cell wp-nowrap">{c.postcode}</td>
              <td className="utrecht-table__cell">{c.city}</td>
              <td className="utrecht-table__cell">{benefitLabel(c.benefitType, i18n)}</td>
              <td className="utrecht-table__cell wp-nowrap wp-mono">{c.bsnMasked}</td>
              <td className="utrecht-table__cell">
                {c.latestRung ? (
                  <span title={rungLabel(c.latestRung, i18n)}>
                    <span aria-hidden="true">{c.latestRung}</span>
                    <span className="wp-visually-hidden">{rungLabel(c.latestRung, i18n)}</span>
                  </span>
                ) : (
                  <>
                    <span className="wp-muted" aria-hidden="true">
                      –
                    </span>
                    <span className="wp-visually-hidden">{t('app.none')}</span>
                  </>
                )}
              </td>
              <td className="utrecht-table__cell">
                {c.organisationName}
                {c.shared ? (
                  <>
                    {' '}
                    <Badge>{t('clients.shared')}</Badge>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
