import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, call, isApiError, type Proposal, type Vacancy } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Badge, DataList, DataRow, Loading } from '../../ui/misc.tsx';
import { proposalsQuery, vacancyKeys } from '../vacancies/queries.ts';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { addMonths, dateOf } from '../../ui/dates.ts';
import { contractTypeLabel, proposalStatusLabel } from './labels.ts';
import { CheckForm, PlacementForm, RejectForm } from './ProposalForms.tsx';
import '../vacancies/one-stop-shop.css';

type Action = { kind: 'place' | 'reject'; proposal: Proposal } | { kind: 'check'; proposal: Proposal; months: 6 | 12 };

export interface ProposalPermissions {
  /** Interview, placed (with the placement), rejected. */
  update: boolean;
  /** Record the client's consent to be introduced by name. */
  consent: boolean;
  /** The 6- and 12-month checks. */
  checks: boolean;
}

interface ProposalsSectionProps {
  vacancy: Vacancy;
  permissions: ProposalPermissions;
  linkToClient: boolean;
}

export function ProposalsSection({ vacancy, permissions, linkToClient }: ProposalsSectionProps) {
  const { t } = useI18n();
  const proposals = useQuery(proposalsQuery(vacancy.id));
  const [action, setAction] = useState<Action | null>(null);

  // Organisations that neither own the vacancy nor proposed anyone may not see the proposals.
  if (proposals.isError && isApiError(proposals.error) && proposals.error.status === 403) return null;
  const list = proposals.data ?? [];

  const dialogTitle =
    action?.kind === 'place'
      ? t('placement.title')
      : action?.kind === 'reject'
        ? t('reject.title')
        : action?.kind === 'check'
          ? t('check.title', { months: action.months })
          : '';

  return (
    <section className="wp-section wp-card" aria-labelledby="proposals-title">
      <h2 className="utrecht-heading-2 wp-focus-target" id="proposals-title" tabIndex={-1}>
        {t('proposals.title')}
      </h2>
      {proposals.isPending ? <Loading /> : null}
      {proposals.isError ? <ActionError error={proposals.error} /> : null}
      {proposals.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('proposals.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="wp-candidates">
          {list.map((p) => (
            <ProposalItem
              key={p.id}
              vacancy={vacancy}
              proposal={p}
              permissions={permissions}
              linkToClient={linkToClient}
              onAction={setAction}
            />
          ))}
        </ul>
      ) : null}
      <Dialog open={action !== null} title={dialogTitle} onClose={() => setAction(null)}>
        {action?.kind === 'place' ? (
          <PlacementForm vacancy={vacancy} proposal={action.proposal} onDone={() => setAction(null)} />
        ) : action?.kind === 'reject' ? (
          <RejectForm vacancy={vacancy} proposal={action.proposal} onDone={() => setAction(null)} />
        ) : action?.kind === 'check' ? (
          <CheckForm vacancy={vacancy} proposal={action.proposal} months={action.months} onDone={() => setAction(null)} />
        ) : null}
      </Dialog>
    </section>
  );
}

function ProposalItem({
  vacancy,
  proposal: p,
  permissions,
  linkToClient,
  onAction,
}: {
  vacancy: Vacancy;
  proposal: Proposal;
  permissions: ProposalPermissions;
  linkToClient: boolean;
  onAction: (action: Action) => void;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const name = p.clientDisplayName ?? t('proposals.unnamed');
  const checkDone = (months: 6 | 12) => p.checks.some((c) => c.months === months);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: vacancyKeys.proposals(vacancy.id) }),
      queryClient.invalidateQueries({ queryKey: vacancyKeys.detail(vacancy.id) }),
    ]);

  const interview = useMutation({
    mutationFn: () => call(api.PATCH('/api/v1/proposals/{id}', { params: { path: { id: p.id } }, body: { status: 'interview' } })),
    onSuccess: async () => {
      flash(t('proposals.interviewDone', { name }));
      await refresh();
    },
  });
  const consent = useMutation({
    mutationFn: () => call(api.POST('/api/v1/proposals/{id}/introduction-consent', { params: { path: { id: p.id } } })),
    onSuccess: async () => {
      flash(t('proposals.consentDone', { name }));
      await refresh();
    },
  });

  const open = p.status === 'proposed' || p.status === 'interview';
  const showUpdate = permissions.update && open;
  const showConsent = permissions.consent && !p.introductionConsent && p.status !== 'rejected';
  // A check can be recorded from 6 (12) months after the start of the work, once.
  const dueChecks =
    permissions.checks && p.status === 'placed' && p.placement
      ? ([6, 12] as const).filter((m) => !checkDone(m) && addMonths(p.placement!.startDate, m) <= todayInAmsterdam())
      : [];
  const hiddenName = <span className="wp-visually-hidden"> {name}</span>;

  return (
    <li className="wp-candidate">
      <div className="wp-candidate__head">
        <h3 className="utrecht-heading-3">
          {linkToClient && p.clientDisplayName ? (
            <Link to="/clienten/$id" params={{ id: p.clientId }} className="utrecht-link">
              {name}
            </Link>
          ) : (
            name
          )}
        </h3>
        <Badge tone={p.status === 'placed' ? 'ok' : p.status === 'rejected' ? 'warn' : 'neutral'}>
          {proposalStatusLabel(p.status, i18n)}
        </Badge>
      </div>
      <DataList>
        <DataRow label={t('proposals.proposedAt')}>
          {formatDate(dateOf(p.proposedAt))}
          <span className="wp-muted"> · {t('proposals.proposedBy', { name: p.proposedBy.name, organisation: p.organisationName })}</span>
        </DataRow>
        {p.matchScore !== null ? <DataRow label={t('proposals.score')}>{t('match.score', { score: p.matchScore })}</DataRow> : null}
        <DataRow label={t('proposals.introduction')}>
          {p.introductionConsent ? t('proposals.introductionYes') : t('proposals.introductionNo')}
        </DataRow>
        {p.status === 'rejected' && p.rejectionReason ? (
          <DataRow label={t('proposals.rejectionReason')}>
            <span className="wp-preserve">{p.rejectionReason}</span>
          </DataRow>
        ) : null}
        {p.placement ? (
          <DataRow label={t('proposals.placement')}>
            {t('proposals.placementSummary', {
              contract: contractTypeLabel(p.placement.contractType, i18n),
              hours: p.placement.hours,
              date: formatDate(p.placement.startDate),
            })}
            {p.placement.wageSubsidy ? <>; {t('placement.wageSubsidy').toLowerCase()}</> : null}
            {p.placement.jobCoaching ? <>; {t('placement.jobCoaching').toLowerCase()}</> : null}
          </DataRow>
        ) : null}
        {p.status === 'placed' && p.placement
          ? ([6, 12] as const)
              .filter((m) => !checkDone(m) && addMonths(p.placement!.startDate, m) > todayInAmsterdam())
              .map((m) => (
                <DataRow key={`due-${m}`} label={t('proposals.checkLabel', { months: m })}>
                  <span className="wp-muted">{t('proposals.checkFrom', { date: formatDate(addMonths(p.placement!.startDate, m)) })}</span>
                </DataRow>
              ))
          : null}
        {p.checks.map((c) => (
          <DataRow key={c.months} label={t('proposals.checkLabel', { months: c.months })}>
            {c.stillWorking ? t('proposals.stillWorking') : t('proposals.notWorking')} ({formatDate(c.checkedOn)})
            {c.notes ? <span className="wp-muted"> – {c.notes}</span> : null}
          </DataRow>
        ))}
      </DataList>
      {interview.isError ? <ActionError error={interview.error} /> : null}
      {consent.isError ? <ActionError error={consent.error} /> : null}
      {showUpdate || showConsent || dueChecks.length > 0 ? (
        <div className="wp-button-row wp-section">
          {showUpdate && p.status === 'proposed' ? (
            <Button
              appearance="secondary-action-button"
              className="wp-small-button"
              busy={interview.isPending}
              aria-disabled={interview.isPending || undefined}
              onClick={() => {
                if (!interview.isPending) interview.mutate();
              }}
            >
              {t('proposals.toInterview')}
              {hiddenName}
            </Button>
          ) : null}
          {showUpdate ? (
            <>
              <Button
                appearance="primary-action-button"
                className="wp-small-button"
                onClick={() => onAction({ kind: 'place', proposal: p })}
              >
                {t('proposals.toPlaced')}
                {hiddenName}
              </Button>
              <Button
                appearance="secondary-action-button"
                className="wp-small-button"
                onClick={() => onAction({ kind: 'reject', proposal: p })}
              >
                {t('proposals.toRejected')}
                {hiddenName}
              </Button>
            </>
          ) : null}
          {showConsent ? (
            <Button
              appearance="subtle-button"
              className="wp-small-button"
              busy={consent.isPending}
              aria-disabled={consent.isPending || undefined}
              onClick={() => {
                if (!consent.isPending) consent.mutate();
              }}
            >
              {t('proposals.recordConsent')}
              {hiddenName}
            </Button>
          ) : null}
          {dueChecks.map((m) => (
            <Button
              key={m}
              appearance="secondary-action-button"
              className="wp-small-button"
              onClick={() => onAction({ kind: 'check', proposal: p, months: m })}
            >
              {t('proposals.recordCheck', { months: m })}
              {hiddenName}
            </Button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
