import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { SessionUser } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import {
  ApplicationUpdateForm,
  DiagnosisForm,
  NewApplicationForm,
  PlacementForm,
  PlacementUpdateForm,
  SearchWeekForm,
} from './ClientWorkfirstForms.tsx';
import { MeasureView } from './MeasureView.tsx';
import { clientWorkfirstQuery } from './queries.ts';

/** The client file's Work First section: applications, search period, placements with their measures and diagnosis. */
export function ClientWorkfirst({ user, client }: { user: SessionUser; client: { id: string; shared: boolean } }) {
  const { t, formatDate } = useI18n();
  // Work First stays with the owning municipality; a partner with consent does not see it.
  const visible = mayCall(user, 'getClientWorkfirst') && !client.shared;
  const file = useQuery({ ...clientWorkfirstQuery(client.id), enabled: visible });
  if (!visible) return null;
  const data = file.data;
  const manage = mayCall(user, 'startWorkfirstPlacement');
  const register = mayCall(user, 'recordWorkfirstDiagnosis');
  return (
    <section className="wp-section" aria-labelledby="client-workfirst-heading">
      <h2 id="client-workfirst-heading" className="utrecht-heading-2">
        {t('workfirst.client.title')}
      </h2>
      {mayCall(user, 'listWorkfirstWeek') ? (
        <p className="utrecht-paragraph">
          <Link to="/work-first" search={{}} className="utrecht-link">
            {t('workfirst.client.toWeek')}
          </Link>
        </p>
      ) : null}
      {file.isError ? <ProblemAlert error={file.error} /> : null}
      {data && data.applications.length === 0 ? <p className="utrecht-paragraph">{t('workfirst.client.none')}</p> : null}
      {data?.applications.map((a) => (
        <div key={a.id} className="wp-card">
          <h3 className="utrecht-heading-3">{t('workfirst.client.application', { date: formatDate(a.reportedOn) })}</h3>
          <p className="utrecht-paragraph">{t(`workfirst.client.outcome.${a.outcome ?? 'pending'}` as MessageKey)}</p>
          {a.searchPeriod && a.searchPeriodEndsOn ? (
            <p className="utrecht-paragraph">
              {t('workfirst.client.searchPeriod', {
                date: formatDate(a.searchPeriodEndsOn),
                done: String(a.searchWeeks.filter((w) => w.metTarget).length),
              })}
            </p>
          ) : null}
          {a.searchWeeks
            .filter((w) => w.jobApplications !== null)
            .map((w) => (
              <p key={w.weekStart} className="utrecht-paragraph">
                {t('workfirst.search.week', { date: formatDate(w.weekStart), count: String(w.jobApplications), target: String(w.target) })}
              </p>
            ))}
          {manage ? <ApplicationUpdateForm clientId={client.id} application={a} /> : null}
          {a.searchPeriod && mayCall(user, 'logWorkfirstSearchWeek') ? <SearchWeekForm clientId={client.id} applicationId={a.id} /> : null}
          {data.placements
            .filter((p) => p.applicationId === a.id)
            .map((p) => (
              <div key={p.id}>
                <p className="utrecht-paragraph">
                  {t('workfirst.client.placement', {
                    activity: p.activity,
                    provider: p.providerName,
                    from: formatDate(p.startsOn),
                    to: formatDate(p.endsOn),
                  })}{' '}
                  — {t('workfirst.client.weeks', { count: String(p.attendance.length) })}
                </p>
                {p.measures.map((m) => (
                  <MeasureView key={m.id} measure={m} />
                ))}
                {p.diagnosis ? (
                  <p className="utrecht-paragraph">
                    {t('workfirst.client.diagnosis', {
                      hours: String(p.diagnosis.hoursPerWeekFeasible),
                      advice: p.diagnosis.advice,
                      rung: String(p.diagnosis.ladderRung),
                    })}
                  </p>
                ) : null}
                {manage ? <PlacementUpdateForm clientId={client.id} placement={p} /> : null}
                {register && !p.diagnosis ? <DiagnosisForm clientId={client.id} placementId={p.id} /> : null}
              </div>
            ))}
          {manage ? <PlacementForm clientId={client.id} applicationId={a.id} /> : null}
        </div>
      ))}
      {data && mayCall(user, 'registerWorkfirstApplication') ? <NewApplicationForm clientId={client.id} /> : null}
    </section>
  );
}
