import { useQuery } from '@tanstack/react-query';
import { amsterdamWallClock } from '../../../../src/kernel/dates.ts';
import type { SessionUser } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AppointmentForm } from './AppointmentForm.tsx';
import { clientAppointmentsQuery } from './queries.ts';

/** The client file's appointments with the own organisation, and planning one (for who may). */
export function ClientAppointments({ user, client }: { user: SessionUser; client: { id: string; displayName: string } }) {
  const { t, formatDate } = useI18n();
  const list = useQuery({ ...clientAppointmentsQuery(client.id), enabled: mayCall(user, 'listClientAppointments') });
  if (!mayCall(user, 'listClientAppointments')) return null;
  const when = (iso: string, end: string) => {
    const s = amsterdamWallClock(new Date(iso));
    return `${formatDate(s.date)} ${t('agenda.time', { start: s.time, end: amsterdamWallClock(new Date(end)).time })}`;
  };
  return (
    <section className="wp-section" aria-labelledby="client-appointments-heading">
      <h2 id="client-appointments-heading" className="utrecht-heading-2">
        {t('agenda.client.title')}
      </h2>
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data && list.data.length === 0 ? <p className="utrecht-paragraph">{t('agenda.client.none')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={t('agenda.client.caption')}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{t('agenda.client.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('agenda.client.when')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('agenda.client.what')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('agenda.client.status')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.data.map((a) => (
                <tr key={a.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wp-table__row-header wp-nowrap">
                    {when(a.startsAt, a.endsAt)}
                  </th>
                  <td className="utrecht-table__cell">
                    {a.title}
                    {a.outcomeNote ? <p className="utrecht-paragraph wp-preserve wp-muted">{a.outcomeNote}</p> : null}
                  </td>
                  <td className="utrecht-table__cell">{t(`agenda.status.${a.status}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {mayCall(user, 'planAppointment') && mayCall(user, 'listClientAppointments') ? <AppointmentForm client={client} /> : null}
    </section>
  );
}
