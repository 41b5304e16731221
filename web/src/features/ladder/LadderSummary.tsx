import { Link } from '@tanstack/react-router';
import type { Client } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DataList, DataRow } from '../../ui/misc.tsx';
import { rungShort } from './rungs.ts';

/** The ladder section of the client file: the latest assessment and a link to the full ladder page. */
export function LadderSummary({ client, editable }: { client: Client; editable: boolean }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const latest = client.latestLadder;
  return (
    <section className="wp-section wp-card">
      <h2 className="utrecht-heading-2">{t('ladder.sectionTitle')}</h2>
      {latest ? (
        <>
          <DataList>
            <DataRow label={t('ladder.current')}>
              <strong>{rungShort(latest.rung, i18n)}</strong>
            </DataRow>
            <DataRow label={t('ladder.growth')}>{rungShort(latest.growthPotential, i18n)}</DataRow>
          </DataList>
          <p className="utrecht-paragraph wp-muted">
            {t('ladder.assessedOn', { date: formatDate(latest.assessedOn), name: latest.assessor.name })}
          </p>
        </>
      ) : (
        <p className="utrecht-paragraph">{t('ladder.none')}</p>
      )}
      <p className="utrecht-paragraph">
        <Link to="/clienten/$id/ladder" params={{ id: client.id }} className="utrecht-link">
          {editable ? t('ladder.viewLink') : t('ladder.viewLinkReadOnly')}
        </Link>
      </p>
    </section>
  );
}
