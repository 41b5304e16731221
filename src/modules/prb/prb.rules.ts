import { createHash } from 'node:crypto';
import { cents, formatEuros } from '../../kernel/money.ts';
import type { InvalidParam } from '../../kernel/errors.ts';

/** Pure rules of personal re-integration budgets (PRB): statuses, money messages, idempotency keys. */

export const COST_CATEGORIES = ['training', 'coaching', 'tools', 'travel', 'childcare', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_CATEGORY_LABELS_NL: Readonly<Record<CostCategory, string>> = {
  training: 'Opleiding of cursus',
  coaching: 'Coaching of begeleiding',
  tools: 'Gereedschap of hulpmiddelen',
  travel: 'Reiskosten',
  childcare: 'Kinderopvang',
  other: 'Overig',
};

/** draft → submitted → approved | rejected | returned; a returned proposal is edited and submitted again. */
export const PROPOSAL_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'returned'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS_NL: Readonly<Record<ProposalStatus, string>> = {
  draft: 'een concept',
  submitted: 'ingediend',
  approved: 'goedgekeurd',
  rejected: 'afgewezen',
  returned: 'teruggestuurd',
};

export const DECISIONS = ['approve', 'reject', 'return'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The proposal status a decision leads to. */
export const DECISION_STATUS: Readonly<Record<Decision, ProposalStatus>> = { approve: 'approved', reject: 'rejected', return: 'returned' };

/** Statuses in which the client and the advisor may still change the proposal (and submit it). */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = ['draft', 'returned'];

export function isEditable(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}

/** Budget figures as shown everywhere: remaining = budget − committed (paid is part of committed). */
export interface BudgetFigures {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  remainingCents: number;
}

export function budgetFigures(p: { budgetCents: number; committedCents: number; paidCents: number }): BudgetFigures {
  return {
    budgetCents: p.budgetCents,
    committedCents: p.committedCents,
    paidCents: p.paidCents,
    remainingCents: p.budgetCents - p.committedCents,
  };
}

export function euros(amountCents: number): string {
  return formatEuros(cents(amountCents));
}

export function totalOf(lines: readonly { amountCents: number }[]): number {
  return lines.reduce((sum, l) => sum + l.amountCents, 0);
}

/** The refusal when an approval would exceed the client's budget: names what is left and what was asked. */
export function budgetExceededMessage(remainingCents: number, askedCents: number, budgetCents: number): string {
  return (
    `Het budget is niet toereikend: er resteert nog ${euros(remainingCents)} van ${euros(budgetCents)}, ` +
    `en dit voorstel vraagt ${euros(askedCents)}. Het voorstel is niet goedgekeurd.`
  );
}

export function cohortFullMessage(admitted: number, cohortSize: number): string {
  return `Het cohort is vol (${admitted} van ${cohortSize} plaatsen bezet). Er kan niemand meer worden toegelaten.`;
}

export function overpaidMessage(openCents: number, askedCents: number): string {
  return `Deze factuur (${euros(askedCents)}) is hoger dan wat er op deze verplichting nog openstaat (${euros(openCents)}). De factuur is niet geboekt.`;
}

/** A proposal that asks more than the client's whole budget can never be approved: refused when written. */
export function proposalProblems(totalCents: number, budgetCents: number): InvalidParam[] {
  if (totalCents <= budgetCents) return [];
  return [
    {
      name: 'costLines',
      code: 'over_budget',
      reason: `Het totaal (${euros(totalCents)}) is hoger dan het hele budget van ${euros(budgetCents)}.`,
    },
  ];
}

/** Idempotency-Key header: 1–200 visible ASCII characters (a UUID is the usual choice). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export function idempotencyKeyProblems(value: unknown): InvalidParam[] {
  if (value === undefined || value === null || value === '') {
    return [
      {
        name: IDEMPOTENCY_HEADER,
        code: 'required',
        reason: 'Een besluit vraagt de header Idempotency-Key (bijvoorbeeld een UUID), zodat herhalen geen tweede besluit geeft.',
      },
    ];
  }
  if (typeof value !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(value)) {
    return [
      { name: IDEMPOTENCY_HEADER, code: 'invalid_format', reason: 'De Idempotency-Key bestaat uit 1 tot 200 zichtbare ASCII-tekens.' },
    ];
  }
  return [];
}

/** SHA-256 of what a decision request means, to tell a repeat (same key, same request) from a reused key. */
export function decisionRequestHash(proposalId: string, decision: Decision, reason: string | null): string {
  return createHash('sha256')
    .update(JSON.stringify(['prb-decision', proposalId, decision, reason ?? null]))
    .digest('hex');
}
