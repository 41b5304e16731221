import { Link } from '@tanstack/react-router';
import type { Vacancy } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Badge } from '../../ui/misc.tsx';
import { dateOf } from '../../ui/dates.ts';
import { vacancyStatusLabel, visibilityLabel } from './labels.ts';

interface VacancyTableProps {
  items: Vacancy[];
  caption: string;
  busy?: boolean;
  /** Hide the employer column (e.g. on the employer's own page). */
  showEmployer?: boolean;
}

export function VacancyTable({ items, caption, busy, showEmployer = true }: VacancyTableProps) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table wp-table" aria-busy={busy || undefined}>
        <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.title')}
            </th>
            {showEmployer ? (
              <th scope="col" className="utrecht-table__header-cell">
                {t('vacancy.employer')}
              </th>
            ) : null}
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.hoursShort')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.location')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.positionsShort')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.visibility')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.status')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('vacancy.openedAt')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((v) => (
            <tr className="utrecht-table__row" key={v.id}>
              <th scope="row" className="utrecht-table__cell wp-table__row-header">
                <Link to="/vacatures-beheer/$id" params={{ id: v.id }} className="utrecht-link">
                  {v.title}
                </Link>
                {v.occupationLabel ? (
                  <>
                    <br />
                    <span className="wp-muted wp-small">{v.occupationLabel}</span>
                  </>
                ) : null}
              </th>
              {showEmployer ? <td className="utrecht-table__cell">{v.employerName ?? ''}</td> : null}
              <td className="utrecht-table__cell wp-nowrap">{t('vacancy.hoursValue', { hours: v.hoursPerWeek })}</td>
              <td className="utrecht-table__cell">{v.city ? `${v.city} (${v.postcode})` : v.postcode}</td>
              <td className="utrecht-table__cell">{v.positions}</td>
              <td className="utrecht-table__cell">{visibilityLabel(v.visibility, i18n)}</td>
              <td className="utrecht-table__cell">
                <Badge tone={v.status === 'open' ? 'ok' : 'neutral'}>{vacancyStatusLabel(v.status, i18n)}</Badge>
              </td>
              <td className="utrecht-table__cell wp-nowrap">{formatDate(dateOf(v.openedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
