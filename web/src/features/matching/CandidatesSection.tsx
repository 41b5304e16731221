import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, call, type Candidate, isApiError, type Vacancy } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { CheckboxField } from '../../ui/fields.tsx';
import { Badge, Loading } from '../../ui/misc.tsx';
import { ProblemAlert, problemMessage, ErrorAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { candidatesQuery, vacancyKeys } from '../vacancies/queries.ts';
import { ScoreParts } from './ScoreParts.tsx';
import '../vacancies/one-stop-shop.css';

interface CandidatesSectionProps {
  vacancy: Vacancy;
  /** Client ids already proposed for this vacancy. */
  proposed: ReadonlySet<string>;
  canPropose: boolean;
  /** Link names to the client file (only for roles that may open it). */
  linkToClient: boolean;
}

export function CandidatesSection({ vacancy, proposed, canPropose, linkToClient }: CandidatesSectionProps) {
  const { t } = useI18n();
  const candidates = useQuery(candidatesQuery(vacancy.id));
  const [proposing, setProposing] = useState<Candidate | null>(null);
  const list = candidates.data ?? [];

  return (
    <section className="wp-section wp-card" aria-labelledby="candidates-title">
      <h2 className="utrecht-heading-2" id="candidates-title">
        {t('candidates.title')}
      </h2>
      <p className="utrecht-paragraph">{t('candidates.intro')}</p>
      {candidates.isPending ? <Loading label={t('candidates.loading')} /> : null}
      {candidates.isError ? <ProblemAlert error={candidates.error} /> : null}
      {candidates.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('candidates.none')}</p> : null}
      {list.length > 0 ? (
        <ol className="wp-candidates" aria-label={t('candidates.listLabel', { count: list.length })}>
          {list.map((c, index) => (
            <li className="wp-candidate" key={c.clientId}>
              <div className="wp-candidate__head">
                <h3 className="utrecht-heading-3">
                  <span className="wp-muted">{index + 1}. </span>
                  {linkToClient ? (
                    <Link to="/clienten/$id" params={{ id: c.clientId }} className="utrecht-link">
                      {c.displayName}
                    </Link>
                  ) : (
                    c.displayName
                  )}
                </h3>
                <p className="utrecht-paragraph wp-score">{t('match.score', { score: Math.round(c.score) })}</p>
              </div>
              {/* The best five are open; the rest unfold on request, so the list stays scannable. */}
              <details className="wp-details" open={index < 5}>
                <summary className="wp-details__summary">{t('match.showParts')}</summary>
                <ScoreParts parts={c.parts} caption={t('match.caption', { name: c.displayName })} />
              </details>
              {proposed.has(c.clientId) ? (
                <p className="utrecht-paragraph">
                  <Badge tone="ok">{t('candidates.alreadyProposed')}</Badge>
                </p>
              ) : canPropose && vacancy.status === 'open' ? (
                <p className="utrecht-paragraph">
                  <Button appearance="secondary-action-button" onClick={() => setProposing(c)}>
                    {t('candidates.propose')}
                    <span className="wp-visually-hidden"> {c.displayName}</span>
                  </Button>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <Dialog open={proposing !== null} title={t('propose.title')} onClose={() => setProposing(null)}>
        {proposing ? <ProposeForm vacancy={vacancy} candidate={proposing} onDone={() => setProposing(null)} /> : null}
      </Dialog>
    </section>
  );
}

function ProposeForm({ vacancy, candidate, onDone }: { vacancy: Vacancy; candidate: Candidate; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [consent, setConsent] = useState(false);

  const propose = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/vacancies/{id}/proposals', {
          params: { path: { id: vacancy.id } },
          body: { clientId: candidate.clientId, introductionConsent: consent },
        }),
      ),
    onSuccess: async () => {
      flash(t('propose.done', { name: candidate.displayName, title: vacancy.title }));
      onDone();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vacancyKeys.proposals(vacancy.id) }),
        queryClient.invalidateQueries({ queryKey: vacancyKeys.candidates(vacancy.id) }),
      ]);
      document.getElementById('proposals-title')?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!propose.isPending) propose.mutate();
  };

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      <p className="utrecht-paragraph">{t('propose.text', { name: candidate.displayName, title: vacancy.title })}</p>
      {propose.isError ? (
        isApiError(propose.error) && propose.error.status === 409 ? (
          <ErrorAlert>{propose.error.problem.detail ?? t('propose.duplicate')}</ErrorAlert>
        ) : isApiError(propose.error) && propose.error.status === 400 ? (
          <ErrorAlert>{propose.error.invalidParams[0]?.reason ?? problemMessage(propose.error, i18n)}</ErrorAlert>
        ) : (
          <ProblemAlert error={propose.error} />
        )
      ) : null}
      <CheckboxField
        name="introductionConsent"
        label={t('propose.consent')}
        description={t('propose.consentHint')}
        checked={consent}
        onChange={setConsent}
      />
      <div className="wp-form-actions">
        <SubmitButton busy={propose.isPending}>{t('propose.submit')}</SubmitButton>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
