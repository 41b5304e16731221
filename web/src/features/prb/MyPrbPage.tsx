import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type MyPrbParticipation } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { CommitmentsSection } from './CommitmentsSection.tsx';
import { ProposalsSection, type ProposalApi } from './ProposalsSection.tsx';
import { myPrbQuery, prbKeys } from './queries.ts';
import { BudgetSummary } from './ui.tsx';

const portalApi: ProposalApi = {
  create: (participantId, input) =>
    call(api.POST('/api/v1/portal/prb-participants/{id}/proposals', { params: { path: { id: participantId } }, body: input })),
  update: (proposalId, input) => call(api.PUT('/api/v1/portal/prb-proposals/{id}', { params: { path: { id: proposalId } }, body: input })),
  submit: (proposalId) => call(api.POST('/api/v1/portal/prb-proposals/{id}/submit', { params: { path: { id: proposalId } } })),
};

/** "Mijn PRB" in the client portal: the remaining budget first, the own proposals, the decisions with their reasons. */
export function MyPrbPage() {
  const { t } = useI18n();
  const mine = useQuery(myPrbQuery);
  return (
    <>
      <PageHeader title={t('myPrb.title')} lead={t('myPrb.intro')} />
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <ProblemAlert error={mine.error} /> : null}
      {mine.data && mine.data.length === 0 ? <p className="utrecht-paragraph">{t('myPrb.none')}</p> : null}
      {mine.data?.map((participation) => (
        <Participation key={participation.id} participation={participation} several={mine.data.length > 1} />
      ))}
    </>
  );
}

function Participation({ participation, several }: { participation: MyPrbParticipation; several: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: prbKeys.mine });
  return (
    <div className="wp-section">
      <BudgetSummary
        figures={participation}
        prominent
        title={several ? participation.programmeName : t('prb.budget.title')}
        lead={t('myPrb.remainingLead')}
      />
      {participation.advisorName ? <p className="utrecht-paragraph">{t('myPrb.advisor', { name: participation.advisorName })}</p> : null}
      <ProposalsSection
        participantId={participation.id}
        proposals={participation.proposals}
        remainingCents={participation.remainingCents}
        api={portalApi}
        canWrite={participation.trajectoryStatus !== 'closed'}
        portal
        refresh={refresh}
        title={t('myPrb.proposals')}
      />
      {participation.commitments.length > 0 ? (
        <CommitmentsSection
          commitments={participation.commitments}
          canRecordInvoices={false}
          refresh={refresh}
          title={t('myPrb.commitments')}
        />
      ) : null}
    </div>
  );
}
