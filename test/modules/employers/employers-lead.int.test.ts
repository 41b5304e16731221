import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { createAccountManagers, registerEmployer, type AccountManager } from './factories.ts';

/**
 * One employer, one lead account manager across all partner organisations. Everybody who may see the
 * employer sees who the lead is before approaching it; becoming lead is a conditional update, so of
 * concurrent claims exactly one wins and the others get 409 naming the lead. This must hold on real
 * PostgreSQL (WERKPLEIN_TEST_DB=postgres), where the requests really run in parallel transactions.
 */

let t: TestApp;
let world: World;
let managers: AccountManager[];
let wgaA: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld({ loginMaxPerIpPerMinute: 10_000 }));
  managers = await createAccountManagers(t.services.database.db, t.app, 10);
  wgaA = await world.agent('A', 'werkgeversadviseur');
});
afterAll(async () => t?.close());

const leadUrl = (id: string) => `/api/v1/employers/${id}/lead`;

describe('becoming lead account manager', () => {
  it('the first werkgeversadviseur becomes lead; everybody sees who and from which organisation', async () => {
    const e = await registerEmployer(wgaA);
    const m = managers[0]!;
    const res = await m.agent.post(leadUrl(e.id));
    expect(res.statusCode, res.body).toBe(200);
    const lead = res.json().lead;
    expect(lead).toMatchObject({
      userId: m.userId,
      userName: m.userName,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
    });
    expect(Date.parse(lead.since)).toBeGreaterThan(Date.now() - 60_000);

    for (const [org, role] of [
      ['A', 'klantmanager'],
      ['B', 'werkgeversadviseur'],
      ['R', 'jobcoach'],
      ['P', 'functioneel_beheerder'],
    ] as const) {
      const agent = await world.agent(org, role);
      const got = await agent.get(`/api/v1/employers/${e.id}`);
      expect(got.statusCode).toBe(200);
      expect(got.json().lead, `${role}@${org}`).toEqual(lead);
      const listed = (await agent.get(`/api/v1/employers?q=${String(e.kvkNumber)}`)).json().items;
      expect(listed.map((i: { lead: unknown }) => i.lead)).toEqual([lead]);
    }
  });

  it('a second account manager gets 409 naming the current lead, and the lead does not change', async () => {
    const e = await registerEmployer(wgaA);
    const [first, second] = [managers[1]!, managers[2]!];
    expect((await first.agent.post(leadUrl(e.id))).statusCode).toBe(200);
    const res = await second.agent.post(leadUrl(e.id));
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem.code).toBe('conflict');
    expect(problem.detail).toContain(first.userName);
    expect(problem.detail).toContain(first.organisationName);
    expect(problem.invalidParams).toEqual([expect.objectContaining({ name: 'lead', code: 'lead_taken' })]);
    expect((await wgaA.get(`/api/v1/employers/${e.id}`)).json().lead.userId).toBe(first.userId);
  });

  it('claiming again as the lead changes nothing', async () => {
    const e = await registerEmployer(wgaA);
    const m = managers[3]!;
    const first = (await m.agent.post(leadUrl(e.id))).json().lead;
    const again = await m.agent.post(leadUrl(e.id));
    expect(again.statusCode).toBe(200);
    expect(again.json().lead).toEqual(first);
  });

  it('only a werkgeversadviseur can become lead', async () => {
    const e = await registerEmployer(wgaA);
    for (const role of ['klantmanager', 'jobcoach', 'functioneel_beheerder', 'beleidsadviseur'] as const) {
      expect((await (await world.agent('A', role)).post(leadUrl(e.id))).statusCode, role).toBe(403);
    }
    expect((await wgaA.get(`/api/v1/employers/${e.id}`)).json().lead).toBeNull();
  });

  it('answers 404 for an unknown employer', async () => {
    expect((await wgaA.post(leadUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });

  it('writes an audit line for the claim and for the refused claim', async () => {
    const e = await registerEmployer(wgaA);
    await managers[4]!.agent.post(leadUrl(e.id));
    await managers[5]!.agent.post(leadUrl(e.id));
    const admin = await t.admin();
    try {
      const rows = await admin.query<{ action: string; result: string; actor_user_id: string }>(
        `SELECT action, result, actor_user_id FROM audit_log WHERE object_type = 'employer' AND object_id = $1 AND action = 'employer.lead_claim' ORDER BY id`,
        [e.id],
      );
      expect(rows).toEqual([
        { action: 'employer.lead_claim', result: 'success', actor_user_id: managers[4]!.userId },
        { action: 'employer.lead_claim', result: 'conflict', actor_user_id: managers[5]!.userId },
      ]);
    } finally {
      await admin.close();
    }
  });
});

describe('concurrent claims: exactly one wins', () => {
  async function race(contenders: AccountManager[]) {
    const e = await registerEmployer(wgaA);
    const results = await Promise.all(contenders.map((m) => m.agent.post(leadUrl(e.id))));
    const statuses = results.map((r) => r.statusCode);
    const winners = contenders.filter((_, i) => statuses[i] === 200);
    expect(
      statuses.filter((s) => s === 200),
      statuses.join(','),
    ).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(contenders.length - 1);
    const winner = winners[0]!;
    // The winner's response, every loser's message and a fresh read all agree on who won.
    expect(results[statuses.indexOf(200)]!.json().lead.userId).toBe(winner.userId);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json().detail).toContain(winner.userName);
      expect(r.json().detail).toContain(winner.organisationName);
    }
    const stored = (await wgaA.get(`/api/v1/employers/${e.id}`)).json().lead;
    expect(stored).toMatchObject({ userId: winner.userId, organisationId: winner.organisationId });
  }

  it('two account managers of different organisations at once, 20 times on fresh employers', async () => {
    for (let round = 0; round < 20; round++) {
      const a = managers[round % managers.length]!;
      const b = managers[(round + 1) % managers.length]!;
      await race([a, b]);
    }
  });

  it('ten account managers of ten organisations at once, 20 times on fresh employers', async () => {
    expect(new Set(managers.map((m) => m.organisationId)).size).toBe(10);
    for (let round = 0; round < 20; round++) {
      // A different order each round, so a fixed request order cannot decide the winner.
      const order = managers
        .map((m, i) => ({ m, k: (i * 7 + round * 3) % 10 }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.m);
      await race(order);
    }
  });
});

describe('releasing the lead', () => {
  it('the lead releases; then another account manager can become lead', async () => {
    const e = await registerEmployer(wgaA);
    const [lead, next] = [managers[6]!, managers[7]!];
    await lead.agent.post(leadUrl(e.id));
    const res = await lead.agent.delete(leadUrl(e.id));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().lead).toBeNull();
    expect((await next.agent.post(leadUrl(e.id))).json().lead.userId).toBe(next.userId);
  });

  it('another account manager cannot release it (403 naming the lead), nor can a beheerder of another organisation', async () => {
    const e = await registerEmployer(wgaA);
    const wgaB = await world.agent('B', 'werkgeversadviseur');
    expect((await wgaB.post(leadUrl(e.id))).statusCode).toBe(200);
    const other = await wgaA.delete(leadUrl(e.id));
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toContain('werkgeversadviseur B');
    expect((await (await world.agent('A', 'functioneel_beheerder')).delete(leadUrl(e.id))).statusCode).toBe(403);
    expect((await (await world.agent('B', 'klantmanager')).delete(leadUrl(e.id))).statusCode).toBe(403);
    expect((await wgaA.get(`/api/v1/employers/${e.id}`)).json().lead.organisationId).toBe(world.orgs.B.id);
  });

  it("a functioneel beheerder of the lead's organisation releases it", async () => {
    const e = await registerEmployer(wgaA);
    expect((await (await world.agent('R', 'werkgeversadviseur')).post(leadUrl(e.id))).statusCode).toBe(200);
    const res = await (await world.agent('R', 'functioneel_beheerder')).delete(leadUrl(e.id));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().lead).toBeNull();
  });

  it('releasing when nobody is lead is a 409; an unknown employer a 404', async () => {
    const e = await registerEmployer(wgaA);
    expect((await wgaA.delete(leadUrl(e.id))).statusCode).toBe(409);
    expect((await wgaA.delete(leadUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });
});
