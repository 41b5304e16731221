import { describe, expect, it } from 'vitest';
import {
  budgetExceededMessage,
  budgetFigures,
  cohortFullMessage,
  decisionRequestHash,
  idempotencyKeyProblems,
  isEditable,
  overpaidMessage,
  proposalProblems,
  totalOf,
} from './prb.rules.ts';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('PRB budget figures', () => {
  it('remaining is budget minus committed (paid is part of committed)', () => {
    expect(budgetFigures({ budgetCents: 500_000, committedCents: 120_050, paidCents: 20_000 })).toEqual({
      budgetCents: 500_000,
      committedCents: 120_050,
      paidCents: 20_000,
      remainingCents: 379_950,
    });
  });

  it('totals cost lines in cents', () => {
    expect(totalOf([{ amountCents: 125_050 }, { amountCents: 1 }])).toBe(125_051);
    expect(totalOf([])).toBe(0);
  });

  it('a proposal above the whole budget is refused on costLines, one at the budget is fine', () => {
    expect(proposalProblems(500_000, 500_000)).toEqual([]);
    expect(proposalProblems(500_001, 500_000)).toEqual([expect.objectContaining({ name: 'costLines', code: 'over_budget' })]);
  });
});

describe('PRB messages name the amounts in Dutch format', () => {
  it('over budget: remaining, budget and asked', () => {
    expect(plain(budgetExceededMessage(20_000, 40_000, 500_000))).toBe(
      'Het budget is niet toereikend: er resteert nog € 200,00 van € 5.000,00, en dit voorstel vraagt € 400,00. Het voorstel is niet goedgekeurd.',
    );
  });
  it('full cohort', () => {
    expect(cohortFullMessage(60, 60)).toMatch(/^Het cohort is vol \(60 van 60 plaatsen bezet\)\./);
  });
  it('overpaid commitment', () => {
    expect(plain(overpaidMessage(1_234_56, 2_000_00))).toContain(
      '(€ 2.000,00) is hoger dan wat er op deze verplichting nog openstaat (€ 1.234,56)',
    );
  });
});

describe('proposal statuses', () => {
  it('only a draft or a returned proposal can be edited or submitted', () => {
    expect(['draft', 'submitted', 'approved', 'rejected', 'returned'].filter(isEditable)).toEqual(['draft', 'returned']);
  });
});

describe('idempotency keys', () => {
  it('requires the header, 1–200 visible ASCII characters', () => {
    expect(idempotencyKeyProblems(undefined)).toEqual([expect.objectContaining({ name: 'Idempotency-Key', code: 'required' })]);
    expect(idempotencyKeyProblems('')).toEqual([expect.objectContaining({ code: 'required' })]);
    expect(idempotencyKeyProblems('a b')).toEqual([expect.objectContaining({ code: 'invalid_format' })]);
    expect(idempotencyKeyProblems('x'.repeat(201))).toEqual([expect.objectContaining({ code: 'invalid_format' })]);
    expect(idempotencyKeyProblems(['a', 'b'])).toEqual([expect.objectContaining({ code: 'invalid_format' })]);
    expect(idempotencyKeyProblems('3f1c2a9e-6b1d-4c55-9d0e-2f7b8a1c4d00')).toEqual([]);
  });

  it('the request hash tells the same request from another one', () => {
    const id = '3f1c2a9e-6b1d-4c55-9d0e-2f7b8a1c4d00';
    expect(decisionRequestHash(id, 'approve', null)).toBe(decisionRequestHash(id, 'approve', null));
    expect(decisionRequestHash(id, 'approve', null)).not.toBe(decisionRequestHash(id, 'reject', null));
    expect(decisionRequestHash(id, 'reject', 'a')).not.toBe(decisionRequestHash(id, 'reject', 'b'));
    expect(decisionRequestHash(id, 'approve', null)).not.toBe(decisionRequestHash('00000000-0000-4000-8000-000000000000', 'approve', null));
  });
});
