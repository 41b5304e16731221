import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { newId } from '../../../src/kernel/ids.ts';
import { inTenant, queryRows } from '../../../src/platform/db/database.ts';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { admit, approve, decide, newPrbClient, newProgramme, newProposal, submit } from './factories.ts';

/**
 * The case manager's decision and the money behind it: approvals are idempotent by key (same request → the
 * first response again, one effect; another request with that key → 409), a refused approval stores
 * nothing, and invoices are paid against commitments, never above them.
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let kmUserId: string;
let programmeId: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
  kmUserId = (await kmA.get('/api/v1/sessions/current')).json().user.id;
  programmeId = (await newProgramme(kmA, { cohortSize: 50 })).id;
});
afterAll(async () => t?.close());

const plain = (s: string) => s.replace(/\s/g, ' ');

async function participant(): Promise<{ id: string; trajectoryId: string }> {
  return admit(kmA, programmeId, (await newPrbClient(kmA)).id);
}

async function submitted(participantId: string, amounts: string[]): Promise<string> {
  const p = await newProposal(kmA, participantId, amounts);
  await submit(kmA, p.id);
  return p.id;
}

/** Money in the database for one participant, read through the application role. */
async function money(participantId: string) {
  const [row] = await inTenant(t.services.database.db, { organisationId: world.orgs.A.id, userId: kmUserId }, (tx) =>
    queryRows<Record<string, string | number>>(
      tx,
      sql`SELECT p.committed_cents, p.paid_cents, t.cost_cents,
            (SELECT count(*) FROM prb_commitments c WHERE c.participant_id = p.id) AS commitments,
            (SELECT coalesce(sum(c.paid_cents), 0) FROM prb_commitments c WHERE c.participant_id = p.id) AS commitments_paid,
            (SELECT count(*) FROM prb_invoices i WHERE i.participant_id = p.id) AS invoices,
            (SELECT count(*) FROM prb_decisions d JOIN prb_proposals x ON x.id = d.proposal_id WHERE x.participant_id = p.id) AS decisions
          FROM prb_participants p JOIN trajectories t ON t.id = p.trajectory_id WHERE p.id = ${participantId}`,
    ),
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

describe('idempotent decisions', () => {
  it('the same approval repeated with the same key has one effect and gives the same response', async () => {
    const p = await participant();
    const proposalId = await submitted(p.id, ['300', '200']);
    const key = newId();
    const first = await decide(t.app, kmA, proposalId, { decision: 'approve' }, key);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'approved',
      totalCents: 50_000,
      budget: { budgetCents: 500_000, committedCents: 50_000, remainingCents: 450_000 },
    });
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const again = await decide(t.app, kmA, proposalId, { decision: 'approve' }, key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await money(p.id)).toMatchObject({ committed_cents: 50_000, cost_cents: 50_000, commitments: 2, decisions: 1 });

    // The same key for another request is refused, whatever it asks.
    const otherBody = await decide(t.app, kmA, proposalId, { decision: 'reject', reason: 'Toch niet.' }, key);
    expect(otherBody.statusCode).toBe(409);
    expect(otherBody.json().invalidParams[0]).toMatchObject({ name: 'Idempotency-Key', code: 'key_reused' });
    const otherProposal = await submitted(p.id, ['100']);
    const otherTarget = await decide(t.app, kmA, otherProposal, { decision: 'approve' }, key);
    expect(otherTarget.statusCode).toBe(409);
    expect(otherTarget.json().invalidParams[0]).toMatchObject({ code: 'key_reused' });
    // A new key for an already decided proposal: a conflict, not a second commitment.
    const newKey = await decide(t.app, kmA, proposalId, { decision: 'approve' });
    expect(newKey.statusCode).toBe(409);
    expect(plain(newKey.json().detail)).toBe('Dit voorstel is goedgekeurd; alleen over een ingediend voorstel kan worden besloten.');
    expect(await money(p.id)).toMatchObject({ committed_cents: 50_000, commitments: 2, decisions: 1 });
  });

  it('identical requests racing with one key: all get the same answer, one set of commitments', async () => {
    const p = await participant();
    const proposalId = await submitted(p.id, ['700', '50,25']);
    const key = newId();
    const responses = await Promise.all(Array.from({ length: 8 }, () => decide(t.app, kmA, proposalId, { decision: 'approve' }, key)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    const bodies = new Set(responses.map((r) => r.body));
    expect(bodies.size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(7);
    expect(await money(p.id)).toMatchObject({ committed_cents: 75_025, cost_cents: 75_025, commitments: 2, decisions: 1 });
  });

  it('one key racing for two different proposals: one is decided, the other refused, nothing doubled', async () => {
    const p = await participant();
    const a = await submitted(p.id, ['100']);
    const b = await submitted(p.id, ['100']);
    const key = newId();
    const [ra, rb] = await Promise.all([
      decide(t.app, kmA, a, { decision: 'approve' }, key),
      decide(t.app, kmA, b, { decision: 'approve' }, key),
    ]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    expect(await money(p.id)).toMatchObject({ committed_cents: 10_000, commitments: 1, decisions: 1 });
  });

  it('a refused approval (over budget) stores nothing: repeating it answers 409 again', async () => {
    const p = await participant();
    await approve(t.app, kmA, await submitted(p.id, ['4500']));
    const tooMuch = await submitted(p.id, ['400']);
    // A second proposal approved meanwhile makes the first one too expensive.
    const squeeze = await submitted(p.id, ['300']);
    await approve(t.app, kmA, squeeze);
    const key = newId();
    const first = await decide(t.app, kmA, tooMuch, { decision: 'approve' }, key);
    expect(first.statusCode).toBe(409);
    expect(plain(first.json().detail)).toBe(
      'Het budget is niet toereikend: er resteert nog € 200,00 van € 5.000,00, en dit voorstel vraagt € 400,00. Het voorstel is niet goedgekeurd.',
    );
    const again = await decide(t.app, kmA, tooMuch, { decision: 'approve' }, key);
    expect(again.statusCode).toBe(409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect((await kmA.get(`/api/v1/prb-participants/${p.id}`)).json()).toMatchObject({ committedCents: 480_000, remainingCents: 20_000 });
    // It is still submitted: the case manager can send it back for a smaller amount.
    const back = await decide(t.app, kmA, tooMuch, { decision: 'return', reason: 'Er is nog € 200 over.' }, key + '-terug');
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'returned', decisionReason: 'Er is nog € 200 over.', budget: { remainingCents: 20_000 } });
  });

  it('a rejection is final; a closed trajectory takes no more approvals; only the owning case manager decides', async () => {
    const p = await participant();
    const rejected = await submitted(p.id, ['100']);
    const res = await decide(t.app, kmA, rejected, { decision: 'reject', reason: 'Past niet bij het doel.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', decisionReason: 'Past niet bij het doel.', budget: { committedCents: 0 } });
    const edit = await kmA.request('PUT', `/api/v1/prb-proposals/${rejected}`, {
      goal: 'Anders',
      costLines: [{ category: 'other', supplier: 'X', description: 'Y', amount: '1' }],
      revision: res.json().revision,
    });
    expect(edit.statusCode).toBe(409);
    expect((await kmA.post(`/api/v1/prb-proposals/${rejected}/submit`)).statusCode).toBe(409);

    const pending = await submitted(p.id, ['100']);
    expect((await decide(t.app, await world.agent('B', 'klantmanager'), pending, { decision: 'approve' })).statusCode).toBe(404);
    expect((await decide(t.app, await world.agent('A', 'prb_werkadviseur'), pending, { decision: 'approve' })).statusCode).toBe(403);

    const closed = await kmA.post(`/api/v1/trajectories/${p.trajectoryId}/close`, { endDate: '2025-06-30', outcome: 'no_result' });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await decide(t.app, kmA, pending, { decision: 'approve' });
    expect(late.statusCode).toBe(409);
    expect(late.json().invalidParams[0]).toMatchObject({ code: 'trajectory_closed' });
    expect(await money(p.id)).toMatchObject({ committed_cents: 0, commitments: 0 });
  });
});

describe('invoices against commitments', () => {
  it('pays within a commitment, refuses an overpayment, and shows paid and remaining budget', async () => {
    const p = await participant();
    const approved = await approve(t.app, kmA, await submitted(p.id, ['300', '200']));
    const detail = (await kmA.get(`/api/v1/prb-participants/${p.id}`)).json();
    const [c300, c200] = detail.commitments as { id: string; amountCents: number }[];
    expect([c300!.amountCents, c200!.amountCents]).toEqual([30_000, 20_000]);
    expect(approved).toMatchObject({ budget: { remainingCents: 450_000 } });
    const url = (id: string) => `/api/v1/prb-commitments/${id}/invoices`;

    const first = await kmA.post(url(c300!.id), { invoiceNumber: 'F-2025-001', invoiceDate: '2025-04-01', amount: '100' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      amountCents: 30_000,
      paidCents: 10_000,
      openCents: 20_000,
      invoices: [{ invoiceNumber: 'F-2025-001', amountCents: 10_000 }],
      budget: { budgetCents: 500_000, committedCents: 50_000, paidCents: 10_000, remainingCents: 450_000 },
    });

    const over = await kmA.post(url(c300!.id), { invoiceNumber: 'F-2025-002', invoiceDate: '2025-04-02', amount: '250' });
    expect(over.statusCode).toBe(409);
    expect(plain(over.json().detail)).toBe(
      'Deze factuur (€ 250,00) is hoger dan wat er op deze verplichting nog openstaat (€ 200,00). De factuur is niet geboekt.',
    );
    expect(over.json().invalidParams[0]).toMatchObject({ name: 'amount', code: 'overpaid' });

    const exact = await kmA.post(url(c300!.id), { invoiceNumber: 'F-2025-002', invoiceDate: '2025-04-02', amount: '200,00' });
    expect(exact.statusCode).toBe(201);
    expect(exact.json()).toMatchObject({ paidCents: 30_000, openCents: 0 });
    const duplicate = await kmA.post(url(c200!.id), { invoiceNumber: 'F-9', invoiceDate: '2025-04-03', amount: '1' });
    expect(duplicate.statusCode).toBe(201);
    const twice = await kmA.post(url(c200!.id), { invoiceNumber: 'F-9', invoiceDate: '2025-04-03', amount: '1' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().invalidParams[0]).toMatchObject({ name: 'invoiceNumber', code: 'duplicate' });

    for (const [amount, code] of [
      ['0', 'not_positive'],
      ['-10', 'not_positive'],
      ['1,005', 'too_many_decimals'],
    ] as const) {
      const bad = await kmA.post(url(c200!.id), { invoiceNumber: `F-${amount}`, invoiceDate: '2025-04-03', amount });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().invalidParams[0]).toMatchObject({ name: 'amount', code });
    }

    expect((await kmA.get(`/api/v1/prb-participants/${p.id}`)).json()).toMatchObject({
      committedCents: 50_000,
      paidCents: 30_100,
      remainingCents: 450_000,
    });
    expect(await money(p.id)).toMatchObject({ paid_cents: 30_100, commitments_paid: 30_100, invoices: 3 });

    expect(
      (await (await world.agent('B', 'klantmanager')).post(url(c200!.id), { invoiceNumber: 'F-B', invoiceDate: '2025-04-03', amount: '1' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await (
          await world.agent('A', 'prb_werkadviseur')
        ).post(url(c200!.id), { invoiceNumber: 'F-W', invoiceDate: '2025-04-03', amount: '1' })
      ).statusCode,
    ).toBe(403);
  });

  it('concurrent invoices never overpay a commitment', async () => {
    const p = await participant();
    await approve(t.app, kmA, await submitted(p.id, ['200']));
    const commitmentId = (await kmA.get(`/api/v1/prb-participants/${p.id}`)).json().commitments[0].id;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        kmA.post(`/api/v1/prb-commitments/${commitmentId}/invoices`, { invoiceNumber: `R-${i}`, invoiceDate: '2025-05-01', amount: '50' }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 201, 409, 409, 409, 409, 409, 409]);
    expect(await money(p.id)).toMatchObject({ paid_cents: 20_000, commitments_paid: 20_000, invoices: 4 });
  });
});
