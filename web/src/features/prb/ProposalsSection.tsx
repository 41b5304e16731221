import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import type { PrbProposal, PrbProposalInput } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { InfoAlert } from '../../ui/misc.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { ProposalForm } from './ProposalForm.tsx';
import { ProposalView } from './ui.tsx';

/** The calls behind the proposal actions: the staff routes or the client's own portal routes. */
export interface ProposalApi {
  create(participantId: string, input: PrbProposalInput): Promise<PrbProposal>;
  update(proposalId: string, input: PrbProposalInput & { revision: number }): Promise<PrbProposal>;
  submit(proposalId: string): Promise<PrbProposal>;
}

const OPEN_STATUSES = new Set(['draft', 'submitted', 'returned']);
const editable = (p: PrbProposal) => p.status === 'draft' || p.status === 'returned';

interface ProposalsSectionProps {
  participantId: string;
  proposals: PrbProposal[];
  remainingCents: number;
  api: ProposalApi;
  canWrite: boolean;
  /** After any change: refetch the participation. */
  refresh: () => Promise<unknown>;
  /** The client's portal: the status explained in a sentence addressed to the client. */
  portal?: boolean;
  /** The klantmanager's decision form under a submitted proposal. */
  decisionSlot?: (proposal: PrbProposal) => ReactNode;
  title: string;
}

export function ProposalsSection({
  participantId,
  proposals,
  remainingCents,
  api,
  canWrite,
  refresh,
  portal,
  decisionSlot,
  title,
}: ProposalsSectionProps) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sorted = [...proposals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const hasOpen = proposals.some((p) => OPEN_STATUSES.has(p.status));
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  return (
    <section className="wp-section" aria-labelledby={`${participantId}-proposals`}>
      <h2 className="utrecht-heading-2 wp-focus-target" id={`${participantId}-proposals`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {portal ? null : <p className="utrecht-paragraph">{t('prb.proposals.intro')}</p>}
      {sorted.length === 0 ? <p className="utrecht-paragraph">{t('prb.proposals.none')}</p> : null}
      {sorted.length > 0 ? (
        <ul className="wp-prb-proposals">
          {sorted.map((proposal) => (
            <li key={proposal.id}>
              <ProposalItem
                proposal={proposal}
                remainingCents={remainingCents}
                api={api}
                canWrite={canWrite}
                portal={portal}
                decisionSlot={decisionSlot}
                onChanged={async (message) => {
                  flash(message);
                  await refresh();
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        hasOpen ? (
          portal ? (
            <InfoAlert>
              <p className="utrecht-paragraph">{t('myPrb.openProposal')}</p>
            </InfoAlert>
          ) : null
        ) : (
          <div className="wp-section wp-card">
            <h3 className="utrecht-heading-3">{portal ? t('myPrb.newProposal') : t('prb.proposals.new')}</h3>
            {portal ? <p className="utrecht-paragraph">{t('myPrb.newProposalIntro')}</p> : null}
            <ProposalForm
              idPrefix={`new-${participantId}-`}
              remainingCents={remainingCents}
              onSave={(input) => api.create(participantId, input)}
              onSaved={() => {
                flash(t('prb.proposal.saved'));
                void refresh().then(focusHeading);
              }}
            />
          </div>
        )
      ) : null}
    </section>
  );
}

function ProposalItem({
  proposal,
  remainingCents,
  api,
  canWrite,
  portal,
  decisionSlot,
  onChanged,
}: {
  proposal: PrbProposal;
  remainingCents: number;
  api: ProposalApi;
  canWrite: boolean;
  portal: boolean | undefined;
  decisionSlot: ((proposal: PrbProposal) => ReactNode) | undefined;
  onChanged: (message: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const submit = useMutation({
    mutationFn: () => api.submit(proposal.id),
    onSuccess: () => onChanged(t('prb.proposal.submitted')),
  });
  const statusNote = portal ? t(`myPrb.decision.${proposal.status}` as MessageKey) : undefined;

  return (
    <ProposalView proposal={proposal} statusNote={statusNote}>
      {canWrite && editable(proposal) ? (
        editing ? (
          <div className="wp-subsection">
            <h4 className="utrecht-heading-4">{t('prb.proposal.edit')}</h4>
            <ProposalForm
              idPrefix={`edit-${proposal.id}-`}
              initial={proposal}
              headingLevel={5}
              remainingCents={remainingCents}
              onSave={(input) => api.update(proposal.id, { ...input, revision: proposal.revision })}
              onSaved={() => {
                setEditing(false);
                void onChanged(t('prb.proposal.saved')).then(() => requestAnimationFrame(() => editButton.current?.focus()));
              }}
              onCancel={() => {
                setEditing(false);
                requestAnimationFrame(() => editButton.current?.focus());
              }}
            />
          </div>
        ) : (
          <>
            {submit.isError ? <ActionError error={submit.error} /> : null}
            <div className="wp-button-row">
              <Button
                appearance="primary-action-button"
                busy={submit.isPending}
                aria-disabled={submit.isPending || undefined}
                onClick={() => {
                  if (!submit.isPending) submit.mutate();
                }}
              >
                {t('prb.proposal.submit')}
              </Button>
              <Button appearance="secondary-action-button" ref={editButton} onClick={() => setEditing(true)}>
                {t('prb.proposal.edit')}
              </Button>
              <span role="status" className="wp-busy">
                {submit.isPending ? t('app.saving') : ''}
              </span>
            </div>
          </>
        )
      ) : null}
      {decisionSlot && proposal.status === 'submitted' ? decisionSlot(proposal) : null}
    </ProposalView>
  );
}
