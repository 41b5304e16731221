import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { api, call } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DataList, DataRow } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CloseTrajectoryForm } from './CloseTrajectoryForm.tsx';
import { CommitmentsSection } from './CommitmentsSection.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { ProposalsSection, type ProposalApi } from './ProposalsSection.tsx';
import { prbKeys, prbParticipantQuery } from './queries.ts';
import { BudgetSummary, trajectoryStatusLabel } from './ui.tsx';

const staffApi: ProposalApi = {
  create: (participantId, input) =>
    call(api.POST('/api/v1/prb-participants/{id}/proposals', { params: { path: { id: participantId } }, body: input })),
  update: (proposalId, input) => call(api.PUT('/api/v1/prb-proposals/{id}', { params: { path: { id: proposalId } }, body: input })),
  submit: (proposalId) => call(api.POST('/api/v1/prb-proposals/{id}/submit', { params: { path: { id: proposalId } } })),
};

/** A participant: the budget (always visible), proposals with the decision, commitments and invoices, the outcome. */
export function ParticipantPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { id } = useParams({ from: '/auth/prb/deelnemers/$id' });
  const { user } = useRouteContext({ from: '/auth/prb/deelnemers/$id' });
  const { data: participant } = useSuspenseQuery(prbParticipantQuery(id));
  const queryClient = useQueryClient();

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: prbKeys.participant(id) }),
      queryClient.invalidateQueries({ queryKey: prbKeys.programme(participant.programmeId) }),
      queryClient.invalidateQueries({ queryKey: prbKeys.programmes }),
      // A decision changes the trajectory's cost and closing changes its status: other screens show both.
      queryClient.invalidateQueries({ queryKey: ['trajectories'] }),
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
    ]);

  return (
    <>
      <PageHeader
        preHeading={t('prb.participant.preHeading', { programme: participant.programmeName })}
        title={participant.clientDisplayName}
        documentTitle={t('prb.participant.documentTitle')}
      />
      <p className="utrecht-paragraph">
        <Link to="/prb/$id" params={{ id: participant.programmeId }} className="utrecht-link">
          {t('prb.participant.back', { programme: participant.programmeName })}
        </Link>
      </p>

      <div className="wp-card-grid">
        <BudgetSummary figures={participant} />
        <section className="wp-card">
          <h2 className="utrecht-heading-2">{t('prb.participant.details')}</h2>
          <DataList>
            <DataRow label={t('prb.participant.admittedOn')}>{formatDate(participant.admittedOn)}</DataRow>
            <DataRow label={t('prb.participant.advisor')}>{participant.advisorName ?? t('prb.programme.noAdvisor')}</DataRow>
            <DataRow label={t('prb.participant.trajectory')}>
              {trajectoryStatusLabel(participant.trajectoryStatus, participant.outcome, i18n)}
            </DataRow>
          </DataList>
          {mayCall(user, 'getTrajectory') && participant.trajectoryStatus !== null ? (
            <p className="utrecht-paragraph">
              <Link to="/trajecten/$id" params={{ id: participant.trajectoryId }} className="utrecht-link">
                {t('prb.participant.trajectoryLink')}
              </Link>
            </p>
          ) : null}
          {/* The client file is the case manager's, of the organisation that admitted the participant; the PRB advisor has no access to it. */}
          {mayCall(user, 'getClient') && mayCall(user, 'admitPrbParticipant') ? (
            <p className="utrecht-paragraph">
              <Link to="/clienten/$id" params={{ id: participant.clientId }} className="utrecht-link">
                {t('prb.participant.clientFile')}
              </Link>
            </p>
          ) : null}
          {mayCall(user, 'closeTrajectory') && participant.trajectoryStatus === 'running' ? (
            <CloseTrajectoryForm trajectoryId={participant.trajectoryId} refresh={refresh} />
          ) : null}
        </section>
      </div>

      <ProposalsSection
        participantId={participant.id}
        proposals={participant.proposals}
        remainingCents={participant.remainingCents}
        api={staffApi}
        canWrite={participant.trajectoryStatus !== 'closed'}
        refresh={refresh}
        title={t('prb.proposals.title')}
        decisionSlot={
          mayCall(user, 'decidePrbProposal')
            ? (proposal) => <DecisionForm proposal={proposal} remainingCents={participant.remainingCents} refresh={refresh} />
            : undefined
        }
      />

      <CommitmentsSection commitments={participant.commitments} canRecordInvoices={mayCall(user, 'recordPrbInvoice')} refresh={refresh} />
    </>
  );
}
