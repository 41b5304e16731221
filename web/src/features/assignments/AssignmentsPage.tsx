import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import type { ProviderAssignment } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { formatCents } from '../../ui/money.ts';
import { assignmentsQuery } from '../trajectories/queries.ts';

/** Assignments given (as municipality) and received (as provider), each with the same results. */
export function AssignmentsPage() {
  const { t } = useI18n();
  const { user } = useRouteContext({ from: '/auth/opdrachten/' });
  const assignments = useQuery(assignmentsQuery);
  const all = [...(assignments.data ?? [])].sort(
    (a, b) => b.periodStart.localeCompare(a.periodStart) || a.name.localeCompare(b.name, 'nl'),
  );
  const given = all.filter((a) => a.side === 'given');
  const received = all.filter((a) => a.side === 'received');
  const organisation = user.organisation.name;

  return (
    <>
      <PageHeader
        title={t('assignments.title')}
        lead={t('assignments.intro')}
        actions={
          mayCall(user, 'createProviderAssignment') ? (
            <Link to="/opdrachten/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
              {t('assignments.create')}
            </Link>
          ) : null
        }
      />
      {assignments.isPending ? <Loading /> : null}
      {assignments.isError ? <ProblemAlert error={assignments.error} /> : null}
      {assignments.isSuccess ? (
        <>
          <section className="wp-section" aria-labelledby="assignments-given">
            <h2 className="utrecht-heading-2" id="assignments-given">
              {t('assignments.given')}
            </h2>
            {given.length === 0 ? (
              <p className="utrecht-paragraph">{t('assignments.givenNone')}</p>
            ) : (
              <AssignmentTable items={given} side="given" caption={t('assignments.givenCaption', { organisation })} />
            )}
          </section>
          {received.length > 0 || given.length === 0 ? (
            <section className="wp-section" aria-labelledby="assignments-received">
              <h2 className="utrecht-heading-2" id="assignments-received">
                {t('assignments.received')}
              </h2>
              {received.length === 0 ? (
                <p className="utrecht-paragraph">{t('assignments.receivedNone')}</p>
              ) : (
                <AssignmentTable items={received} side="received" caption={t('assignments.receivedCaption', { organisation })} />
              )}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function AssignmentTable({ items, side, caption }: { items: ProviderAssignment[]; side: 'given' | 'received'; caption: string }) {
  const { t, formatDate } = useI18n();
  return (
    <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table wp-table">
        <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('assignments.name')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {side === 'given' ? t('assignments.provider') : t('assignments.client')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('assignments.period')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('assignments.budget')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('assignment.started')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('assignment.toWork')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('assignment.droppedOut')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((a) => (
            <tr className="utrecht-table__row" key={a.id}>
              <th scope="row" className="utrecht-table__cell wp-table__row-header">
                <Link to="/opdrachten/$id" params={{ id: a.id }} className="utrecht-link">
                  {a.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{side === 'given' ? a.provider.name : a.organisationName}</td>
              <td className="utrecht-table__cell">
                {t('trajectories.periodValue', { start: formatDate(a.periodStart), end: formatDate(a.periodEnd) })}
              </td>
              <td className="utrecht-table__cell wp-nowrap">{formatCents(a.budgetCents)}</td>
              <td className="utrecht-table__cell">{t('assignment.ofTarget', { actual: a.results.started, target: a.targetStarted })}</td>
              <td className="utrecht-table__cell">{t('assignment.ofTarget', { actual: a.results.toWork, target: a.targetToWork })}</td>
              <td className="utrecht-table__cell">{a.results.droppedOut}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
