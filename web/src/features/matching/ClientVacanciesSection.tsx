import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { isApiError } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../ui/misc.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { clientVacanciesQuery } from '../vacancies/queries.ts';
import { ScoreParts } from './ScoreParts.tsx';
import '../vacancies/one-stop-shop.css';

/** "Passende vacatures" on the client file: open vacancies the user may see, ranked for this client. */
export function ClientVacanciesSection({ clientId, linkToVacancy }: { clientId: string; linkToVacancy: boolean }) {
  const { t } = useI18n();
  const matches = useQuery(clientVacanciesQuery(clientId));
  // Roles that may see the file but not vacancies get no section.
  if (matches.isError && isApiError(matches.error) && matches.error.status === 403) return null;
  const list = matches.data ?? [];

  return (
    <section className="wp-section wp-card" aria-labelledby="client-vacancies-title">
      <h2 className="utrecht-heading-2" id="client-vacancies-title">
        {t('clientVacancies.title')}
      </h2>
      <p className="utrecht-paragraph">{t('clientVacancies.intro')}</p>
      {matches.isPending ? <Loading /> : null}
      {matches.isError ? <ProblemAlert error={matches.error} /> : null}
      {matches.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('clientVacancies.none')}</p> : null}
      {list.length > 0 ? (
        <ol className="wp-candidates" aria-label={t('clientVacancies.listLabel', { count: list.length })}>
          {list.map((m, index) => (
            <li className="wp-candidate" key={m.vacancyId}>
              <div className="wp-candidate__head">
                <h3 className="utrecht-heading-3">
                  <span className="wp-muted">{index + 1}. </span>
                  {linkToVacancy ? (
                    <Link to="/vacatures-beheer/$id" params={{ id: m.vacancyId }} className="utrecht-link">
                      {m.title}
                    </Link>
                  ) : (
                    m.title
                  )}
                  {m.employerName ? <span className="wp-muted"> – {m.employerName}</span> : null}
                </h3>
                <p className="utrecht-paragraph wp-score">{t('match.score', { score: Math.round(m.score) })}</p>
              </div>
              <details className="wp-details" open={index === 0}>
                <summary className="wp-details__summary">{t('match.showParts')}</summary>
                <ScoreParts parts={m.parts} caption={t('match.captionVacancy', { title: m.title })} />
              </details>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
