import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { isApiError, type Trajectory } from '../../api/index.ts';
import { useI18n, type I18n } from '../../app/i18n.tsx';
import { Badge, Loading } from '../../ui/misc.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { rungShort } from '../ladder/rungs.ts';
import { formatCents, outcomeLabel, trajectoryStatusLabel } from './labels.ts';
import { clientTrajectoriesQuery } from './queries.ts';

/** "3 naar 5", "3 naar onbekend" (running: only the rung at the start). */
export function rungChangeText(t: Trajectory, i18n: Pick<I18n, 't'>): string {
  const before = t.rungBefore ?? i18n.t('trajectories.rungUnknown');
  if (t.status === 'running') return String(before);
  const after = t.rungAfter ?? i18n.t('trajectories.rungUnknown');
  return i18n.t('trajectories.rungFromTo', { before, after });
}

export function TrajectoryStatusBadge({ trajectory }: { trajectory: Trajectory }) {
  const i18n = useI18n();
  if (trajectory.status === 'running') return <Badge>{trajectoryStatusLabel('running', i18n)}</Badge>;
  const status = trajectoryStatusLabel('closed', i18n);
  const text = trajectory.outcome
    ? i18n.t('trajectories.statusWithOutcome', { status, outcome: outcomeLabel(trajectory.outcome, i18n) })
    : status;
  return <Badge tone={trajectory.outcome === 'work' ? 'ok' : trajectory.outcome === 'dropped_out' ? 'warn' : 'neutral'}>{text}</Badge>;
}

/** Newest start first; the same start: newest record first. */
export function byStartDesc(a: Trajectory, b: Trajectory): number {
  return b.startDate.localeCompare(a.startDate) || b.createdAt.localeCompare(a.createdAt);
}

interface TrajectoriesSectionProps {
  clientId: string;
  /** Start trajectories: the klantmanager of the owning organisation. */
  editable: boolean;
}

/** The "Trajecten" section of the client file: every trajectory with its outcome and rung change. */
export function TrajectoriesSection({ clientId, editable }: TrajectoriesSectionProps) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const trajectories = useQuery(clientTrajectoriesQuery(clientId));

  // Partners who may not see the trajectories of a shared file get no section at all.
  if (trajectories.isError && isApiError(trajectories.error) && trajectories.error.status === 403) return null;
  const list = [...(trajectories.data ?? [])].sort(byStartDesc);

  return (
    <section className="wp-section wp-card" aria-labelledby="trajectories-title">
      <h2 className="utrecht-heading-2" id="trajectories-title">
        {t('trajectories.title')}
      </h2>
      <p className="utrecht-paragraph">{t('trajectories.sectionIntro')}</p>
      {trajectories.isPending ? <Loading /> : null}
      {trajectories.isError ? <ProblemAlert error={trajectories.error} /> : null}
      {trajectories.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('trajectories.none')}</p> : null}
      {list.length > 0 ? (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('trajectories.caption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('trajectories.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.instrument')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.provider')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.period')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.cost')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.goalRung')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.status')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('trajectories.rungs')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((tr) => (
                <tr className="utrecht-table__row" key={tr.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    <Link to="/trajecten/$id" params={{ id: tr.id }} className="utrecht-link">
                      {tr.instrument.name}
                    </Link>
                    {tr.prbParticipantId ? (
                      <>
                        {' '}
                        <Badge>{t('trajectories.prb')}</Badge>
                      </>
                    ) : null}
                  </th>
                  <td className="utrecht-table__cell">{tr.provider?.name ?? t('trajectories.selfRun')}</td>
                  <td className="utrecht-table__cell">
                    {t('trajectories.periodValue', {
                      start: formatDate(tr.startDate),
                      end: formatDate(tr.endDate ?? tr.plannedEndDate),
                    })}
                  </td>
                  <td className="utrecht-table__cell wp-nowrap">{formatCents(tr.costCents)}</td>
                  <td className="utrecht-table__cell">{rungShort(tr.goalRung, i18n)}</td>
                  <td className="utrecht-table__cell">
                    <TrajectoryStatusBadge trajectory={tr} />
                  </td>
                  <td className="utrecht-table__cell">{rungChangeText(tr, i18n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editable ? (
        <p className="utrecht-paragraph">
          <Link
            to="/clienten/$id/trajecten/nieuw"
            params={{ id: clientId }}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t('trajectories.start')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
