import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { amsterdamWallClock, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { apiUrl } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AppointmentForm } from './AppointmentForm.tsx';
import { AppointmentItem } from './AppointmentItem.tsx';
import { agendaQuery } from './queries.ts';
import { addDays, daysOfWeek, mondayOf } from './week.ts';
import './agenda.css';

/** The signed-in professional's week: appointments per day, planning a new one, and the week as .ics. */
export function AgendaPage() {
  const { t, formatDate } = useI18n();
  const search = useSearch({ from: '/auth/agenda' });
  const monday = mondayOf(search.week ?? todayInAmsterdam());
  const sunday = addDays(monday, 6);
  const agenda = useQuery(agendaQuery(monday, sunday));
  const today = todayInAmsterdam();
  const byDay = new Map(daysOfWeek(monday).map((d) => [d, [] as NonNullable<typeof agenda.data>]));
  for (const a of agenda.data ?? []) byDay.get(amsterdamWallClock(new Date(a.startsAt)).date)?.push(a);

  return (
    <>
      <PageHeader title={t('agenda.title')} documentTitle={t('agenda.title')} lead={t('agenda.intro')} />
      <nav className="wp-agenda__weeknav" aria-label={t('agenda.week', { from: formatDate(monday), to: formatDate(sunday) })}>
        <Link to="/agenda" search={{ week: addDays(monday, -7) }} className="utrecht-link">
          {t('agenda.previousWeek')}
        </Link>
        <Link to="/agenda" search={{}} className="utrecht-link">
          {t('agenda.thisWeek')}
        </Link>
        <Link to="/agenda" search={{ week: addDays(monday, 7) }} className="utrecht-link">
          {t('agenda.nextWeek')}
        </Link>
        <a href={apiUrl('/api/v1/agenda/ics', {}, { from: monday, to: sunday })} className="utrecht-link" download>
          {t('agenda.download')}
        </a>
      </nav>
      <h2 className="utrecht-heading-2">{t('agenda.week', { from: formatDate(monday), to: formatDate(sunday) })}</h2>
      {agenda.isPending ? <Loading /> : null}
      {agenda.isError ? <ProblemAlert error={agenda.error} /> : null}
      {agenda.data && agenda.data.length === 0 ? <p className="utrecht-paragraph">{t('agenda.noneWeek')}</p> : null}
      {agenda.data && agenda.data.length > 0
        ? [...byDay].map(([day, items]) => (
            <section key={day} className="wp-agenda__day" aria-labelledby={`day-${day}`} data-today={day === today || undefined}>
              <h3 id={`day-${day}`} className="utrecht-heading-3">
                {formatDate(day)}
              </h3>
              {items.length === 0 ? (
                <p className="utrecht-paragraph wp-muted">{t('agenda.none')}</p>
              ) : (
                <ul className="wp-agenda__list">
                  {items.map((a) => (
                    <AppointmentItem key={a.id} appointment={a} />
                  ))}
                </ul>
              )}
            </section>
          ))
        : null}
      <AppointmentForm />
    </>
  );
}
