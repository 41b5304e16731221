import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import type { ResponseOf } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { SelectField } from '../../ui/fields.tsx';
import { Badge, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import './aftercare.css';
import { handoverMissing, noticeTiming, sortByRelease } from './notices.ts';
import { noticesQuery } from './queries.ts';

type Summary = ResponseOf<'listReleaseNotices'>[number];

/** The released, latest first, are many: the first ones show, the rest on request. */
const RELEASED_SHOWN = 40;

/**
 * The coordinator's "Nazorg": expected releases soonest first, flagged when a release is within 14 days
 * without a warm handover; the released below. The institution's staff see their own notices here.
 */
export function NoticesPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/auth/nazorg' });
  const { user } = useRouteContext({ from: '/auth/nazorg' });
  const navigate = useNavigate({ from: '/nazorg' });
  const status = search.toon === 'alle' ? 'all' : 'open';
  const [statusValue, setStatusValue] = useState<string>(status);
  const notices = useQuery(noticesQuery(status));
  const today = todayInAmsterdam();
  const institution = mayCall(user, 'sendReleaseNotice');
  const title = institution ? t('aftercare.list.titleInstitution') : t('aftercare.list.title');

  const sorted = notices.data ? sortByRelease(notices.data, today) : [];
  const upcoming = sorted.filter((n) => n.releasedOn === null && n.expectedReleaseOn >= today);
  const released = sorted.filter((n) => !(n.releasedOn === null && n.expectedReleaseOn >= today));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: statusValue === 'all' ? { toon: 'alle' } : {} });
  };

  return (
    <>
      <PageHeader
        title={title}
        lead={institution ? t('aftercare.list.introInstitution') : t('aftercare.list.intro')}
        actions={
          <div className="wp-button-row">
            {mayCall(user, 'sendReleaseNotice') ? (
              <Link to="/nazorg/melding" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
                {t('aftercare.list.send')}
              </Link>
            ) : null}
            {mayCall(user, 'registerReleaseWithoutNotice') ? (
              <Link
                to="/nazorg/zonder-melding"
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              >
                {t('aftercare.list.withoutNotice')}
              </Link>
            ) : null}
          </div>
        }
      />
      <form className="wp-form wp-form--inline" onSubmit={apply} aria-label={t('aftercare.list.filter')}>
        <SelectField
          name="status"
          label={t('aftercare.list.filter')}
          value={statusValue}
          onChange={setStatusValue}
          options={[
            { value: 'open', label: t('aftercare.list.filter.open') },
            { value: 'all', label: t('aftercare.list.filter.all') },
          ]}
        />
        <div className="wp-button-row">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('aftercare.list.filter.apply')}
          </button>
        </div>
      </form>
      {notices.isPending ? <Loading /> : null}
      {notices.isError ? <ProblemAlert error={notices.error} /> : null}
      {notices.data ? (
        <>
          <NoticeGroup
            id="aftercare-upcoming"
            title={t('aftercare.list.upcoming')}
            notices={upcoming}
            today={today}
            institution={institution}
          />
          <NoticeGroup
            id="aftercare-released"
            title={t('aftercare.list.released')}
            notices={released}
            today={today}
            institution={institution}
            limit={RELEASED_SHOWN}
          />
        </>
      ) : null}
    </>
  );
}

function NoticeGroup({
  id,
  title,
  notices,
  today,
  institution,
  limit,
}: {
  id: string;
  title: string;
  notices: readonly Summary[];
  today: string;
  institution: boolean;
  limit?: number;
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = limit !== undefined && !all ? notices.slice(0, limit) : notices;
  return (
    <section className="wp-section" aria-labelledby={id}>
      <h2 id={id} className="utrecht-heading-2">
        {title} <span className="wp-muted wp-small">({t('aftercare.list.count', { count: notices.length })})</span>
      </h2>
      {notices.length === 0 ? (
        <p className="utrecht-paragraph wp-muted">{t('aftercare.list.none')}</p>
      ) : (
        <ul className="wp-aftercare-list">
          {shown.map((n) => (
            <NoticeItem key={n.id} notice={n} today={today} institution={institution} />
          ))}
        </ul>
      )}
      {shown.length < notices.length ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setAll(true)}>
          {t('aftercare.list.showAll', { count: notices.length })}
        </button>
      ) : null}
    </section>
  );
}

function NoticeItem({ notice: n, today, institution }: { notice: Summary; today: string; institution: boolean }) {
  const { t, formatDate } = useI18n();
  const missing = handoverMissing(n, today);
  const timing = noticeTiming(n);
  const headingId = `notice-${n.id}`;
  const when = n.releasedOn
    ? t('aftercare.list.releasedOn', { date: formatDate(n.releasedOn) })
    : n.expectedReleaseOn < today
      ? t('aftercare.list.expectedPast', { date: formatDate(n.expectedReleaseOn) })
      : t('aftercare.list.expected', { date: formatDate(n.expectedReleaseOn) });
  const where = institution
    ? t('aftercare.list.to', { municipality: n.municipalityName })
    : n.institutionName
      ? t('aftercare.list.from', { institution: n.institutionName })
      : t('aftercare.list.fromUnknown');
  return (
    <li className="wp-card wp-aftercare-item" data-attention={missing || undefined}>
      <div>
        <h3 className="utrecht-heading-3" id={headingId}>
          <Link to="/nazorg/$id" params={{ id: n.id }} className="utrecht-link">
            {n.displayName}
          </Link>
        </h3>
        <p className="utrecht-paragraph">
          <strong>{when}</strong>
        </p>
        <p className="utrecht-paragraph wp-muted">
          {where}
          {n.withoutNotice ? null : <>, {t('aftercare.list.notifiedOn', { date: formatDate(n.notifiedOn) })}</>}
        </p>
      </div>
      <ul className="wp-aftercare-badges" aria-label={t('aftercare.list.status')}>
        <li>
          <Badge tone={timing === 'in_time' ? 'ok' : 'warn'}>{t(`aftercare.timing.${timing}` as MessageKey)}</Badge>
        </li>
        {missing ? (
          <li>
            <Badge tone="warn">{t('aftercare.badge.handoverMissing')}</Badge>
          </li>
        ) : null}
        {n.handoverPlanned ? (
          <li>
            <Badge tone="ok">{t('aftercare.badge.handoverPlanned')}</Badge>
          </li>
        ) : null}
        {n.prolificOffender ? (
          <li>
            <Badge>{t('aftercare.badge.prolific')}</Badge>
          </li>
        ) : null}
        {n.clientId ? (
          <li>
            <Badge>{t('aftercare.badge.client')}</Badge>
          </li>
        ) : null}
      </ul>
    </li>
  );
}
