import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { amsterdamWallClock, TIME_ZONE } from '../../../../src/kernel/dates.ts';
import type { ResponseOf } from '../../api/index.ts';
import { useUser } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Badge } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import './agenda.css';
import { myPortalAppointmentsQuery } from './queries.ts';

type PortalAppointment = ResponseOf<'listMyPortalAppointments'>[number];

const time = (iso: string) => amsterdamWallClock(new Date(iso)).time;

/**
 * "Mijn afspraken" in the client portal: the client's appointments with the municipality, the upcoming
 * ones first (earliest first), then those of the past 30 days (latest first); days and times in Amsterdam.
 */
export function MyAppointmentsPage() {
  const { t } = useI18n();
  const user = useUser();
  const { data } = useSuspenseQuery(myPortalAppointmentsQuery());
  const { upcoming, past } = useMemo(() => {
    const now = Date.now();
    return {
      upcoming: data.filter((a) => Date.parse(a.endsAt) > now),
      past: data.filter((a) => Date.parse(a.endsAt) <= now).reverse(),
    };
  }, [data]);
  return (
    <>
      <PageHeader
        title={t('agenda.portal.title')}
        documentTitle={t('agenda.portal.title')}
        lead={t('agenda.portal.intro', { organisation: user.organisation.name })}
      />
      <section className="wp-section" aria-labelledby="my-appointments-upcoming">
        <h2 id="my-appointments-upcoming" className="utrecht-heading-2">
          {t('agenda.portal.upcoming')}
        </h2>
        {upcoming.length === 0 ? (
          <p className="utrecht-paragraph">{t('agenda.portal.noneUpcoming')}</p>
        ) : (
          <AppointmentList items={upcoming} />
        )}
      </section>
      <section className="wp-section" aria-labelledby="my-appointments-past">
        <h2 id="my-appointments-past" className="utrecht-heading-2">
          {t('agenda.portal.past')}
        </h2>
        {past.length === 0 ? <p className="utrecht-paragraph">{t('agenda.portal.nonePast')}</p> : <AppointmentList items={past} />}
      </section>
    </>
  );
}

function AppointmentList({ items }: { items: readonly PortalAppointment[] }) {
  return (
    <ul className="wp-agenda__list">
      {items.map((a) => (
        <PortalAppointmentItem key={a.id} appointment={a} />
      ))}
    </ul>
  );
}

function PortalAppointmentItem({ appointment: a }: { appointment: PortalAppointment }) {
  const { t, locale } = useI18n();
  const day = useMemo(
    () => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
    [locale],
  );
  const cancelled = a.status === 'cancelled';
  const headingId = `my-appointment-${a.id}`;
  return (
    <li className="wp-agenda__item" data-status={a.status}>
      <h3 id={headingId} className="utrecht-heading-3">
        {a.title} {cancelled ? <Badge tone="warn">{t('agenda.portal.cancelled')}</Badge> : null}
      </h3>
      <p className="utrecht-paragraph wp-agenda__when">
        <time dateTime={a.startsAt}>
          {t('agenda.portal.when', { date: day.format(new Date(a.startsAt)), start: time(a.startsAt), end: time(a.endsAt) })}
        </time>
      </p>
      {cancelled ? <p className="utrecht-paragraph">{t('agenda.portal.cancelledNote')}</p> : null}
      {a.location ? <p className="utrecht-paragraph">{t('agenda.portal.where', { place: a.location })}</p> : null}
      {a.videoUrl && !cancelled ? (
        <p className="utrecht-paragraph">
          {t('agenda.portal.video')}{' '}
          <a href={a.videoUrl} className="utrecht-link" target="_blank" rel="noreferrer noopener">
            {t('agenda.portal.videoLink', { title: a.title })}
          </a>
        </p>
      ) : null}
      {a.professionals.length > 0 ? (
        <p className="utrecht-paragraph wp-muted">
          {t('agenda.portal.with', { names: a.professionals.map((p) => p.name).join(', '), organisation: a.organisationName })}
        </p>
      ) : null}
    </li>
  );
}
