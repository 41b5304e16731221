import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { Badge, DataList, DataRow, InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import './aftercare.css';
import { ClientSection, ProlificSection, WorkSection } from './CoordinatorSections.tsx';
import { AssessmentsSection, DomainsSection, ReleaseSection } from './DomainsSection.tsx';
import { HandoverSection } from './HandoverSection.tsx';
import { handoverMissing, noticeTiming } from './notices.ts';
import { noticeQuery, type Notice } from './queries.ts';

/** One release notice: the details, the life domains, the warm handover and the coordinator's part. */
export function NoticePage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/auth/nazorg/$id' });
  const { user } = useRouteContext({ from: '/auth/nazorg/$id' });
  const notice = useQuery(noticeQuery(id));
  if (notice.isPending) return <Loading />;
  if (notice.isError)
    return (
      <>
        <PageHeader title={t('aftercare.notice.preHeading')} />
        <ProblemAlert error={notice.error} />
      </>
    );
  const n = notice.data;
  const today = todayInAmsterdam();
  const timing = noticeTiming(n);
  const missing = handoverMissing(n, today);
  const coordinates = mayCall(user, 'updateProlificOffender');

  return (
    <>
      <PageHeader
        title={n.displayName}
        documentTitle={t('aftercare.notice.preHeading')}
        preHeading={t('aftercare.notice.preHeading')}
        lead={
          <span className="wp-button-row wp-button-row--tight">
            <Badge tone={timing === 'in_time' ? 'ok' : 'warn'}>{t(`aftercare.timing.${timing}` as MessageKey)}</Badge>
            {missing ? <Badge tone="warn">{t('aftercare.badge.handoverMissing')}</Badge> : null}
            {n.handovers.length > 0 ? <Badge tone="ok">{t('aftercare.badge.handoverPlanned')}</Badge> : null}
            {n.prolificOffender ? <Badge>{t('aftercare.badge.prolific')}</Badge> : null}
          </span>
        }
      />
      <p className="utrecht-paragraph">
        <Link to="/nazorg" className="utrecht-link">
          {t('aftercare.notice.back')}
        </Link>
      </p>
      <InfoAlert>{t('aftercare.notice.sensitive')}</InfoAlert>
      <Details notice={n} />
      <DomainsSection notice={n} mayEdit={mayCall(user, 'updateReleaseDomain')} />
      <HandoverSection notice={n} user={user} mayPlan={mayCall(user, 'planWarmHandover')} />
      {n.releasedOn === null && mayCall(user, 'recordRelease') ? <ReleaseSection notice={n} /> : null}
      <AssessmentsSection notice={n} mayRecord={mayCall(user, 'recordReleaseAssessment')} today={today} />
      <ProlificSection notice={n} mayEdit={coordinates} />
      {coordinates ? <WorkSection notice={n} /> : null}
      {mayCall(user, 'createClientFromReleaseNotice') ? <ClientSection notice={n} /> : null}
    </>
  );
}

function Details({ notice: n }: { notice: Notice }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const timing = noticeTiming(n);
  return (
    <section className="wp-section" aria-labelledby="notice-details">
      <h2 className="utrecht-heading-2" id="notice-details">
        {t('aftercare.notice.details')}
      </h2>
      <DataList>
        <DataRow label={t('aftercare.notice.bsn')}>
          <span className="wp-mono">{n.bsn}</span>
        </DataRow>
        <DataRow label={t('aftercare.notice.dateOfBirth')}>{formatDate(n.dateOfBirth)}</DataRow>
        <DataRow label={t('aftercare.notice.institution')}>{n.institutionName ?? t('aftercare.list.fromUnknown')}</DataRow>
        <DataRow label={t('aftercare.notice.municipality')}>{n.municipalityName}</DataRow>
        <DataRow label={t('aftercare.notice.timing')}>
          {t(`aftercare.timing.${timing}` as MessageKey)}
          {n.withoutNotice ? null : `, ${t('aftercare.list.notifiedOn', { date: formatDate(n.notifiedOn) })}`}
        </DataRow>
        <DataRow label={t('aftercare.notice.detentionStartedOn')}>
          {n.detentionStartedOn ? formatDate(n.detentionStartedOn) : t('app.unknown')}
        </DataRow>
        <DataRow label={t('aftercare.notice.expectedReleaseOn')}>{formatDate(n.expectedReleaseOn)}</DataRow>
        <DataRow label={t('aftercare.notice.releasedOn')}>
          {n.releasedOn ? formatDate(n.releasedOn) : t('aftercare.notice.notReleased')}
        </DataRow>
        <DataRow label={t('aftercare.notice.activities')}>
          {n.activities ? <span className="wp-preserve">{n.activities}</span> : t('app.none')}
        </DataRow>
        <DataRow label={t('aftercare.notice.createdBy')}>
          {n.createdByName}, {formatDateTime(n.createdAt)}
        </DataRow>
      </DataList>
    </section>
  );
}
