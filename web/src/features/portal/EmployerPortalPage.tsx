import { useQuery } from '@tanstack/react-query';
import { api, call, type PortalProposal, type PortalVacancy } from '../../api/index.ts';
import { useUser } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { educationLabel } from '../../app/labels.ts';
import { Badge, InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { dateOf } from '../../ui/dates.ts';
import { proposalStatusLabel } from '../placements/labels.ts';
import { vacancyStatusLabel } from '../vacancies/labels.ts';

/**
 * The employer portal: an employer's own vacancies and the candidates proposed for them. A candidate is
 * a pseudonym ("Kandidaat 1234") until the client has agreed to be introduced by name.
 */
export function EmployerPortalPage() {
  const { t } = useI18n();
  const user = useUser();
  const vacancies = useQuery({ queryKey: ['portal', 'vacancies'], queryFn: () => call(api.GET('/api/v1/employer-portal/vacancies')) });
  const proposals = useQuery({ queryKey: ['portal', 'proposals'], queryFn: () => call(api.GET('/api/v1/employer-portal/proposals')) });

  const byVacancy = new Map<string, PortalProposal[]>();
  for (const p of proposals.data ?? []) byVacancy.set(p.vacancyId, [...(byVacancy.get(p.vacancyId) ?? []), p]);
  const list = vacancies.data ?? [];

  return (
    <>
      <PageHeader title={t('portal.title')} lead={t('portal.intro', { organisation: user.organisation.name })} />
      <InfoAlert>
        <p className="utrecht-paragraph">{t('portal.privacy')}</p>
      </InfoAlert>
      {vacancies.isPending || proposals.isPending ? <Loading /> : null}
      {vacancies.isError ? <ProblemAlert error={vacancies.error} /> : null}
      {proposals.isError ? <ProblemAlert error={proposals.error} /> : null}
      {vacancies.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('portal.noVacancies')}</p> : null}
      {list.map((v) => (
        <PortalVacancySection key={v.id} vacancy={v} proposals={byVacancy.get(v.id) ?? []} />
      ))}
    </>
  );
}

function PortalVacancySection({ vacancy: v, proposals }: { vacancy: PortalVacancy; proposals: PortalProposal[] }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const caption = t('portal.candidatesCaption', { title: v.title });
  return (
    <section className="wp-section wp-card" aria-labelledby={`portal-vacancy-${v.id}`}>
      <h2 className="utrecht-heading-2" id={`portal-vacancy-${v.id}`}>
        {v.title}
      </h2>
      <p className="utrecht-paragraph">
        <Badge tone={v.status === 'open' ? 'ok' : 'neutral'}>{vacancyStatusLabel(v.status, i18n)}</Badge>{' '}
        <span className="wp-muted">
          {t('portal.vacancyFacts', {
            hours: v.hoursPerWeek,
            positions: v.positions,
            date: formatDate(dateOf(v.openedAt)),
          })}
          {v.city ? ` · ${v.city}` : ''}
        </span>
      </p>
      <h3 className="utrecht-heading-3">{t('portal.candidates')}</h3>
      {proposals.length === 0 ? (
        <p className="utrecht-paragraph">{t('portal.noCandidates')}</p>
      ) : (
        <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="utrecht-table utrecht-table--html-table wp-table">
            <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.candidate')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.score')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.status')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.hours')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.education')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.city')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('portal.contact')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {proposals.map((p) => (
                <tr className="utrecht-table__row" key={p.id}>
                  <th scope="row" className="utrecht-table__cell wp-table__row-header">
                    {p.introduced && p.name ? (
                      <>
                        {p.name}
                        <br />
                        <span className="wp-muted wp-small">{p.candidateLabel}</span>
                      </>
                    ) : (
                      p.candidateLabel
                    )}
                  </th>
                  <td className="utrecht-table__cell">{p.matchScore !== null ? t('match.score', { score: p.matchScore }) : ''}</td>
                  <td className="utrecht-table__cell">{proposalStatusLabel(p.status, i18n)}</td>
                  <td className="utrecht-table__cell wp-nowrap">
                    {p.hoursAvailable !== null ? t('vacancy.hoursValue', { hours: p.hoursAvailable }) : ''}
                  </td>
                  <td className="utrecht-table__cell">{p.educationLevel ? educationLabel(p.educationLevel, i18n) : ''}</td>
                  <td className="utrecht-table__cell">{p.city ?? ''}</td>
                  <td className="utrecht-table__cell">
                    {p.introduced ? (
                      <>
                        {p.email ? (
                          <a className="utrecht-link" href={`mailto:${p.email}`}>
                            {p.email}
                          </a>
                        ) : null}
                        {p.email && p.phone ? <br /> : null}
                        {p.phone ?? null}
                      </>
                    ) : (
                      <span className="wp-muted">{t('portal.awaitingConsent')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
