/**
 * Read-only views of a polis version, shared by the case manager's polis page and the client portal:
 * the content (goal rung, obligations of both parties, the steps), the signatures and the version history.
 * `audience` only changes the wording ("Wat u doet" for the client).
 */
import type { PolisParty, PolisSignature, PolisVersion } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Badge, DataList, DataRow } from '../../ui/misc.tsx';
import { rungLabel } from '../ladder/rungs.ts';
import { polisStatusLabel, responsibleLabel } from '../trajectories/labels.ts';
import { dateOf } from '../../ui/dates.ts';
import '../trajectories/trajectories.css';

export type Audience = 'staff' | 'client';

export function signatureOf(version: PolisVersion, party: PolisParty): PolisSignature | undefined {
  return version.signatures.find((s) => s.party === party);
}

/** A draft nobody signed yet: its content may still change. */
export function isOpenDraft(version: PolisVersion): boolean {
  return version.status === 'draft' && version.signatures.length === 0 && version.contentHash === null;
}

/** The status of a version; the client reads "ready to sign" or "waiting for the municipality" for a draft. */
export function PolisStatusBadge({ version, audience = 'staff' }: { version: PolisVersion; audience?: Audience }) {
  const i18n = useI18n();
  const tone = version.status === 'signed' ? 'ok' : version.status === 'superseded' ? 'neutral' : 'warn';
  if (audience === 'client' && version.status === 'draft') {
    const signed = Boolean(signatureOf(version, 'client'));
    return <Badge tone={tone}>{i18n.t(signed ? 'myPolis.statusWaiting' : 'myPolis.statusToSign')}</Badge>;
  }
  return <Badge tone={tone}>{polisStatusLabel(version.status, i18n)}</Badge>;
}

/** The content both parties sign. Headings start at `level` (2 on a page, 3 inside a section). */
export function PolisContentView({ version, audience, level = 3 }: { version: PolisVersion; audience: Audience; level?: 2 | 3 }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const H = level === 2 ? 'h2' : 'h3';
  const hClass = level === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3';
  const steps = [...version.steps].sort((a, b) => a.position - b.position);
  const caption = t('polis.stepsCaption');
  return (
    <div className="wp-polis-content">
      <DataList>
        <DataRow label={t('polis.goalRung')}>
          <strong>{rungLabel(version.goalRung, i18n)}</strong>
        </DataRow>
        {version.changeNote ? (
          <DataRow label={t('polis.changeNote')}>
            <span className="wp-preserve">{version.changeNote}</span>
          </DataRow>
        ) : null}
      </DataList>
      <div className="wp-card-grid">
        <div>
          <H className={hClass}>{audience === 'client' ? t('myPolis.municipalityObligations') : t('polis.municipalityObligations')}</H>
          <ul className="utrecht-unordered-list">
            {version.municipalityObligations.map((o, index) => (
              <li className="utrecht-unordered-list__item wp-preserve" key={index}>
                {o}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <H className={hClass}>{audience === 'client' ? t('myPolis.clientObligations') : t('polis.clientObligations')}</H>
          <ul className="utrecht-unordered-list">
            {version.clientObligations.map((o, index) => (
              <li className="utrecht-unordered-list__item wp-preserve" key={index}>
                {o}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <H className={hClass}>{t('polis.steps')}</H>
      <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="utrecht-table utrecht-table--html-table wp-table">
          <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('polis.step')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('polis.responsible')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('polis.startDate')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('polis.dueDate')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('polis.trajectory')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {steps.map((s, index) => (
              <tr className="utrecht-table__row" key={s.id}>
                <th scope="row" className="utrecht-table__cell wp-table__row-header">
                  <span className="wp-visually-hidden">{t('polis.stepNumber', { n: index + 1 })}: </span>
                  <span className="wp-preserve">{s.description}</span>
                </th>
                <td className="utrecht-table__cell">
                  {audience === 'client' && s.responsible === 'client'
                    ? t('myPolis.responsibleClient')
                    : responsibleLabel(s.responsible, i18n)}
                </td>
                <td className="utrecht-table__cell wp-nowrap">{formatDate(s.startDate)}</td>
                <td className="utrecht-table__cell wp-nowrap">{formatDate(s.dueDate)}</td>
                <td className="utrecht-table__cell">{s.trajectoryLabel ?? <span className="wp-muted">{t('polis.noTrajectory')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function SignatureText({ signature }: { signature: PolisSignature | undefined }) {
  const { t, formatDateTime } = useI18n();
  if (!signature) return <span className="wp-muted">{t('polis.notSigned')}</span>;
  return <>{t('polis.signedBy', { name: signature.signerName, date: formatDateTime(signature.signedAt) })}</>;
}

/** Who signed this version, for which party, when. */
export function SignaturesView({ version, audience }: { version: PolisVersion; audience: Audience }) {
  const { t } = useI18n();
  return (
    <DataList>
      <DataRow label={t('polis.partyMunicipality')}>
        <SignatureText signature={signatureOf(version, 'municipality')} />
      </DataRow>
      <DataRow label={audience === 'client' ? t('myPolis.yourSignature') : t('polis.partyClient')}>
        <SignatureText signature={signatureOf(version, 'client')} />
      </DataRow>
    </DataList>
  );
}

/** Every version, newest first: status, what changed, who drafted it, who signed what when, its PDF. */
export function PolisHistory({
  versions,
  pdfUrl,
  caption,
  audience = 'staff',
}: {
  versions: PolisVersion[];
  /** Omit when the viewer may not download the PDF. */
  pdfUrl?: (versionId: string) => string;
  caption: string;
  audience?: Audience;
}) {
  const { t, formatDate } = useI18n();
  return (
    <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table wp-table">
        <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('polis.version')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('polis.status')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('polis.changeNote')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('polis.createdBy')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('polis.municipalitySignature')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('polis.clientSignature')}
            </th>
            {pdfUrl ? (
              <th scope="col" className="utrecht-table__header-cell">
                {t('polis.download')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {versions.map((v) => (
            <tr className="utrecht-table__row" key={v.id}>
              <th scope="row" className="utrecht-table__cell wp-table__row-header">
                {v.versionNumber}
              </th>
              <td className="utrecht-table__cell">
                <PolisStatusBadge version={v} audience={audience} />
              </td>
              <td className="utrecht-table__cell wp-preserve">{v.changeNote ?? ''}</td>
              <td className="utrecht-table__cell">
                {t('polis.createdByValue', { name: v.createdByName, date: formatDate(dateOf(v.createdAt)) })}
              </td>
              <td className="utrecht-table__cell">
                <SignatureText signature={signatureOf(v, 'municipality')} />
              </td>
              <td className="utrecht-table__cell">
                <SignatureText signature={signatureOf(v, 'client')} />
              </td>
              {pdfUrl ? (
                <td className="utrecht-table__cell">
                  <a className="utrecht-link" href={pdfUrl(v.id)} download>
                    {t('polis.pdfVersion', { version: v.versionNumber })}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
