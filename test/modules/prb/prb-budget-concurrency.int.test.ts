import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTenant, queryRows } from '../../../src/platform/db/database.ts';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { admit, decide, newPrbClient, newProgramme, seedSubmittedProposals } from './factories.ts';
import { testDatabaseMode } from '../../db-mode.ts';

/**
 * The money invariant under concurrency: one participant with a budget of EUR 5,000, 100 submitted
 * proposals of EUR 100, and 100 approvals fired at once through HTTP (each with its own Idempotency-Key).
 * Every round exactly 50 are approved and 50 refused with a 409 that names the remaining and the asked
 * amount; committed ends at exactly EUR 5,000 and the database totals agree. 20 rounds, a fresh
 * participant each. On PostgreSQL the approvals overlap in up to 20 pooled connections (the conditional
 * UPDATE and the row lock decide); PGlite has one connection and runs them one after another.
 */

const ROUNDS = 20;
const PROPOSALS = 100;
const AMOUNT_CENTS = 100_00;
const BUDGET_CENTS = 5_000_00;

let t: TestApp;
let world: World;
let km: Agent;
let kmUserId: string;
let programmeId: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  kmUserId = (await km.get('/api/v1/sessions/current')).json().user.id;
  programmeId = (await newProgramme(km, { cohortSize: ROUNDS + 5, maxBudgetPerClient: '5000,00' })).id;
});
afterAll(async () => t?.close());

const plain = (s: string) => s.replace(/\s/g, ' ');

describe(`${PROPOSALS} concurrent approvals of EUR 100 against EUR 5,000 (${testDatabaseMode()})`, () => {
  it(`exactly 50 succeed and 50 get a clear 409, ${ROUNDS} rounds in a row`, async () => {
    const db = t.services.database.db;
    const ctx = { organisationId: world.orgs.A.id, userId: kmUserId };
    const participants: string[] = [];
    const started = Date.now();
    for (let round = 1; round <= ROUNDS; round++) {
      const client = await newPrbClient(km);
      const participant = await admit(km, programmeId, client.id, { admittedOn: '2025-02-01' });
      participants.push(participant.id);
      const proposalIds = await seedSubmittedProposals(db, ctx, { id: participant.id, programmeId }, PROPOSALS, AMOUNT_CENTS);

      const responses = await Promise.all(
        proposalIds.map((id, i) => decide(t.app, km, id, { decision: 'approve' }, `ronde-${round}-${i}`)),
      );

      const statuses = responses.map((r) => r.statusCode);
      const approved = responses.filter((r) => r.statusCode === 200);
      const refused = responses.filter((r) => r.statusCode === 409);
      expect({ round, approved: approved.length, refused: refused.length, other: statuses.filter((s) => s !== 200 && s !== 409) }).toEqual({
        round,
        approved: 50,
        refused: 50,
        other: [],
      });
      for (const r of refused) {
        const problem = r.json();
        expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(problem.code).toBe('conflict');
        expect(plain(problem.detail)).toBe(
          'Het budget is niet toereikend: er resteert nog € 0,00 van € 5.000,00, en dit voorstel vraagt € 100,00. Het voorstel is niet goedgekeurd.',
        );
        expect(problem.invalidParams).toEqual([
          { name: 'decision', code: 'budget_exceeded', reason: expect.stringContaining('resterend') },
        ]);
      }
      // Each success saw a budget within bounds, and together they account for every step of EUR 100.
      const remainders = approved.map((r) => r.json().budget.remainingCents as number).sort((a, b) => a - b);
      expect(remainders).toEqual(Array.from({ length: 50 }, (_, i) => i * AMOUNT_CENTS));
      for (const r of approved)
        expect(r.json()).toMatchObject({ status: 'approved', totalCents: AMOUNT_CENTS, budget: { budgetCents: BUDGET_CENTS } });

      // The database agrees (read back through the application role, under row-level security).
      const [totals] = await inTenant(db, ctx, (tx) =>
        queryRows<Record<string, string | number>>(
          tx,
          sql`SELECT p.committed_cents, p.budget_cents, t.cost_cents,
                (SELECT coalesce(sum(c.amount_cents), 0) FROM prb_commitments c WHERE c.participant_id = p.id) AS commitments,
                (SELECT count(*) FROM prb_commitments c WHERE c.participant_id = p.id) AS commitment_rows,
                (SELECT count(*) FROM prb_proposals x WHERE x.participant_id = p.id AND x.status = 'approved') AS approved,
                (SELECT count(*) FROM prb_proposals x WHERE x.participant_id = p.id AND x.status = 'submitted') AS submitted,
                (SELECT count(*) FROM prb_decisions d JOIN prb_proposals x ON x.id = d.proposal_id WHERE x.participant_id = p.id) AS decisions
              FROM prb_participants p JOIN trajectories t ON t.id = p.trajectory_id WHERE p.id = ${participant.id}`,
        ),
      );
      expect(Object.fromEntries(Object.entries(totals!).map(([k, v]) => [k, Number(v)]))).toEqual({
        committed_cents: BUDGET_CENTS,
        budget_cents: BUDGET_CENTS,
        cost_cents: BUDGET_CENTS,
        commitments: BUDGET_CENTS,
        commitment_rows: 50,
        approved: 50,
        submitted: 50,
        decisions: 50,
      });
      const detail = (await km.get(`/api/v1/prb-participants/${participant.id}`)).json();
      expect(detail).toMatchObject({
        budgetCents: BUDGET_CENTS,
        committedCents: BUDGET_CENTS,
        paidCents: 0,
        remainingCents: 0,
        trajectoryStatus: 'running',
      });
    }
    console.info(`[prb concurrency ${testDatabaseMode()}] ${ROUNDS} rounds × ${PROPOSALS} approvals in ${Date.now() - started} ms`);

    // Once more with superuser rights, past row-level security: no participant anywhere above its budget.
    const admin = await t.admin();
    try {
      const rows = await admin.query<{ over: string; committed: string; n: string }>(
        `SELECT count(*) FILTER (WHERE committed_cents > budget_cents OR paid_cents > committed_cents) AS over,
                sum(committed_cents) AS committed, count(*) AS n
           FROM prb_participants WHERE id = ANY($1::uuid[])`,
        [participants],
      );
      expect(Number(rows[0]!.over)).toBe(0);
      expect(Number(rows[0]!.n)).toBe(ROUNDS);
      expect(Number(rows[0]!.committed)).toBe(ROUNDS * BUDGET_CENTS);
    } finally {
      await admin.close();
    }
  }, 600_000);
});
