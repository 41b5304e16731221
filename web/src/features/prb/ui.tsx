/**
 * Building blocks of the PRB screens: labels for the API's codes, the budget summary (remaining amount
 * first, always visible), a proposal with its cost lines. Bars are decorative: the same figures are text.
 */
import { useId, type ReactNode } from 'react';
import type { PrbCostCategory, TrajectoryOutcome, PrbProposal, PrbProposalStatus } from '../../api/index.ts';
import { useI18n, type I18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { Badge, DataList, DataRow } from '../../ui/misc.tsx';
import { dateOf } from '../../ui/dates.ts';
import { amountProblemMessage } from '../../ui/AmountField.tsx';
import type { EuroInputCheck } from '../../ui/money.ts';
import { budgetShares, formatCents } from './money.ts';
import './prb.css';

type T = Pick<I18n, 't'>;
const known = (key: string, i: T, fallback: string): string => {
  const text = i.t(key as MessageKey);
  return text === key ? fallback : text;
};
export const proposalStatusLabel = (s: PrbProposalStatus, i: T) => known(`prb.status.${s}`, i, s);
export const costCategoryLabel = (c: PrbCostCategory, i: T) => known(`prb.category.${c}`, i, c);
export const outcomeLabel = (o: TrajectoryOutcome, i: T) => known(`prb.outcome.${o}`, i, o);

export function trajectoryStatusLabel(status: string | null, outcome: TrajectoryOutcome | null, i: T): string {
  if (status === null) return i.t('app.unknown');
  if (status === 'closed')
    return outcome ? i.t('prb.trajectory.closedWith', { outcome: outcomeLabel(outcome, i) }) : i.t('prb.trajectory.closed');
  return known(`prb.trajectory.${status}`, i, status);
}

/** The message for a typed amount the client-side check refused. */
export function euroProblemMessage(check: Exclude<EuroInputCheck, { cents: number }>, label: string, i: T): string {
  return amountProblemMessage(check, label, i);
}

export function ProposalStatusBadge({ status }: { status: PrbProposalStatus }) {
  const i18n = useI18n();
  const tone = status === 'approved' ? 'ok' : status === 'returned' || status === 'rejected' ? 'warn' : 'neutral';
  return <Badge tone={tone}>{proposalStatusLabel(status, i18n)}</Badge>;
}

export function Amount({ cents }: { cents: number }) {
  return <span className="wp-amount">{formatCents(cents)}</span>;
}

interface BudgetFigures {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  remainingCents: number;
}

/**
 * The budget: the remaining amount large, a bar (paid | committed not yet paid | remaining) and the
 * figures as a list. `lead` replaces the "Resterend budget" label (the portal speaks to the client).
 */
export function BudgetSummary({
  figures,
  headingLevel = 2,
  title,
  prominent,
  lead,
}: {
  figures: BudgetFigures;
  headingLevel?: 2 | 3;
  title?: string;
  prominent?: boolean;
  lead?: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const { budgetCents: budget, committedCents: committed, paidCents: paid, remainingCents: remaining } = figures;
  const shares = budgetShares(budget, committed, paid);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`wp-card wp-prb-budget${prominent ? ' wp-prb-budget--prominent' : ''}`}
      aria-labelledby={headingId}
      data-testid="prb-budget"
    >
      <Heading className={`utrecht-heading-${headingLevel}`} id={headingId}>
        {title ?? t('prb.budget.title')}
      </Heading>
      <p className="utrecht-paragraph wp-prb-budget__remaining" data-testid="prb-remaining">
        <span className="wp-prb-budget__remaining-label">{lead ?? t('prb.budget.remainingLabel')}</span>
        <strong className="wp-prb-budget__amount">{formatCents(remaining)}</strong>
        <span className="wp-muted">{t('prb.budget.remainingOf', { budget: formatCents(budget) })}</span>
      </p>
      <div className="wp-prb-bar" aria-hidden="true">
        <span className={`wp-prb-bar__part wp-prb-bar__part--paid wp-prb-bar__part--w${shares.paid}`} />
        <span className={`wp-prb-bar__part wp-prb-bar__part--open wp-prb-bar__part--w${shares.open}`} />
      </div>
      <ul className="wp-prb-legend" aria-hidden="true">
        <li>
          <span className="wp-prb-swatch wp-prb-swatch--paid" />
          {t('prb.budget.paid')}
        </li>
        <li>
          <span className="wp-prb-swatch wp-prb-swatch--open" />
          {t('prb.budget.openCommitted')}
        </li>
        <li>
          <span className="wp-prb-swatch wp-prb-swatch--remaining" />
          {t('prb.budget.remaining')}
        </li>
      </ul>
      <DataList>
        <DataRow label={t('prb.budget.budget')}>
          <Amount cents={budget} />
        </DataRow>
        <DataRow label={t('prb.budget.committed')}>
          <Amount cents={committed} />
        </DataRow>
        <DataRow label={t('prb.budget.paid')}>
          <Amount cents={paid} />
        </DataRow>
        <DataRow label={t('prb.budget.remaining')}>
          <Amount cents={remaining} />
        </DataRow>
      </DataList>
    </section>
  );
}

/** A proposal: goal, status, dates, the decision reason (which the client sees) and the cost lines. */
export function ProposalView({
  proposal,
  headingLevel = 3,
  statusNote,
  children,
}: {
  proposal: PrbProposal;
  headingLevel?: 3 | 4;
  /** A sentence about the status for the client (portal). */
  statusNote?: ReactNode;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const caption = t('prb.proposal.costLinesCaption');
  const decided = proposal.status === 'approved' || proposal.status === 'rejected' || proposal.status === 'returned';
  return (
    <article className="wp-card wp-prb-proposal" aria-labelledby={headingId}>
      <div className="wp-prb-proposal__head">
        <Heading className={`utrecht-heading-${headingLevel}`} id={headingId}>
          {t('prb.proposal.heading', { date: formatDate(dateOf(proposal.createdAt)) })}
        </Heading>
        <ProposalStatusBadge status={proposal.status} />
      </div>
      {statusNote ? <p className="utrecht-paragraph">{statusNote}</p> : null}
      {decided && proposal.decisionReason ? (
        <div className={`wp-prb-reason wp-prb-reason--${proposal.status}`}>
          <p className="utrecht-paragraph">
            <strong>{t('prb.proposal.reason')}:</strong> <span className="wp-preserve">{proposal.decisionReason}</span>
          </p>
        </div>
      ) : null}
      <DataList>
        <DataRow label={t('prb.proposal.goal')}>
          <span className="wp-preserve">{proposal.goal}</span>
        </DataRow>
        <DataRow label={t('prb.proposal.status')}>
          {proposalStatusLabel(proposal.status, i18n)}
          {proposal.submittedAt ? (
            <>
              <br />
              <span className="wp-muted wp-small">{t('prb.proposal.submittedAt', { date: formatDate(dateOf(proposal.submittedAt)) })}</span>
            </>
          ) : null}
          {proposal.decidedAt ? (
            <>
              <br />
              <span className="wp-muted wp-small">{t('prb.proposal.decidedAt', { date: formatDate(dateOf(proposal.decidedAt)) })}</span>
            </>
          ) : null}
        </DataRow>
      </DataList>
      <div className="utrecht-table-container wp-table-scroll">
        <table className="utrecht-table utrecht-table--html-table wp-table">
          <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('prb.proposal.col.category')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('prb.proposal.col.supplier')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('prb.proposal.col.description')}
              </th>
              <th scope="col" className="utrecht-table__header-cell wp-amount">
                {t('prb.proposal.col.amount')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {proposal.costLines.map((line) => (
              <tr className="utrecht-table__row" key={line.id}>
                <td className="utrecht-table__cell">{costCategoryLabel(line.category, i18n)}</td>
                <td className="utrecht-table__cell">{line.supplier}</td>
                <td className="utrecht-table__cell">{line.description}</td>
                <td className="utrecht-table__cell wp-amount">{formatCents(line.amountCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="utrecht-table__row">
              <th scope="row" colSpan={3} className="utrecht-table__cell wp-table__row-header">
                {t('prb.proposal.total')}
              </th>
              <td className="utrecht-table__cell wp-amount wp-prb-total">{formatCents(proposal.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {children}
    </article>
  );
}
