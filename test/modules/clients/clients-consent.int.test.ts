import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../../harness.ts';
import { clientInput, type World, nextBsn, openTestWorld } from '../../factories.ts';
import { addDays, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { inTenant } from '../../../src/platform/db/database.ts';
import { ladderAssessments } from '../../../src/modules/ladder/ladder.schema.ts';
import { backdateConsent } from './factories.ts';

/**
 * Consent: municipality A shares a client file with partner organisation R. R's klantmanager and jobcoach
 * may read it (shared: true), never change it; others never see it; withdrawal ends it and is kept.
 */

const input = (overrides: Record<string, unknown> = {}) => clientInput({ bsn: nextBsn(), ...overrides });

let t: TestApp;
let world: World;
let kmA: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
});
afterAll(async () => t?.close());

let seq = 0;
async function newClient(overrides: Record<string, unknown> = {}) {
  const res = await kmA.post('/api/v1/clients', input({ surname: `Gedeeld${Date.now().toString(36)}${seq++}`, ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function newPartner(): Promise<{ id: string; name: string }> {
  const admin = await world.agent('P', 'functioneel_beheerder');
  const res = await admin.post('/api/v1/organisations', { name: `Partner ${Date.now().toString(36)}${seq++}`, kind: 'non_profit' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function grant(clientId: string, organisationId: string, note?: string) {
  const res = await kmA.post(`/api/v1/clients/${clientId}/consents`, { organisationId, ...(note ? { note } : {}) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('granting consent', () => {
  it('records who granted it, when, and for which organisation', async () => {
    const c = await newClient();
    const self = (await kmA.get('/api/v1/sessions/current')).json().user;
    const consent = await grant(c.id, world.orgs.R.id, 'Traject naar werk via Stapvoort');
    expect(consent).toMatchObject({
      organisationId: world.orgs.R.id,
      organisationName: world.orgs.R.name,
      grantedBy: self.name,
      withdrawnAt: null,
      withdrawnBy: null,
      note: 'Traject naar werk via Stapvoort',
    });
    expect(Math.abs(new Date(consent.grantedAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toEqual([consent]);
  });

  it("R's klantmanager and jobcoach can read the file (shared: true, health data included) and its ladder history", async () => {
    const c = await newClient({ healthLimitations: 'Beperkt inzetbaar: knieklachten.' });
    const ladder = await kmA.post(`/api/v1/clients/${c.id}/ladder-assessments`, { rung: 2, growthPotential: 4, assessedOn: '2025-03-01' });
    expect(ladder.statusCode).toBe(201);
    await grant(c.id, world.orgs.R.id);
    for (const role of ['klantmanager', 'jobcoach'] as const) {
      const agent = await world.agent('R', role);
      const file = await agent.get(`/api/v1/clients/${c.id}`);
      expect(file.statusCode, role).toBe(200);
      expect(file.json()).toMatchObject({
        id: c.id,
        bsn: c.bsn,
        shared: true,
        organisationId: world.orgs.A.id,
        organisationName: world.orgs.A.name,
      });
      expect(file.json().healthLimitations).toBe('Beperkt inzetbaar: knieklachten.');
      expect(file.json().latestLadder).toMatchObject({ rung: 2, growthPotential: 4 });
      const history = await agent.get(`/api/v1/clients/${c.id}/ladder-assessments`);
      expect(history.statusCode).toBe(200);
      expect(history.json().map((a: { id: string }) => a.id)).toEqual([ladder.json().id]);
    }
    // It shows up in R's caseload, marked as shared.
    const list = (await (await world.agent('R', 'klantmanager')).get(`/api/v1/clients?q=${c.surname}`)).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: c.id, shared: true, organisationName: world.orgs.A.name, latestRung: 2 });
  });

  it('R cannot change the shared file (403) nor record on its ladder, nor pass consent on; the file is unchanged', async () => {
    const c = await newClient();
    await grant(c.id, world.orgs.R.id);
    const kmR = await world.agent('R', 'klantmanager');
    const patch = await kmR.patch(`/api/v1/clients/${c.id}`, { version: c.version, hoursAvailable: 2 });
    expect(patch.statusCode).toBe(403);
    expect(patch.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(
      (await kmR.post(`/api/v1/clients/${c.id}/ladder-assessments`, { rung: 1, growthPotential: 1, assessedOn: '2025-01-01' })).statusCode,
    ).toBe(403);
    expect((await kmR.post(`/api/v1/clients/${c.id}/consents`, { organisationId: world.orgs.B.id })).statusCode).toBe(403);
    const after = (await kmA.get(`/api/v1/clients/${c.id}`)).json();
    expect(after).toEqual(c);
    expect((await kmA.get(`/api/v1/clients/${c.id}/ladder-assessments`)).json()).toEqual([]);
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toHaveLength(1);
  });

  it('another municipality B gets 404 for the file, its consents and its ladder, also when R has consent', async () => {
    const c = await newClient();
    await grant(c.id, world.orgs.R.id);
    for (const role of ['klantmanager', 'jobcoach'] as const) {
      const agent = await world.agent('B', role);
      for (const url of [`/api/v1/clients/${c.id}`, `/api/v1/clients/${c.id}/consents`, `/api/v1/clients/${c.id}/ladder-assessments`]) {
        const res = await agent.get(url);
        expect(res.statusCode, `${role} ${url}`).toBe(404);
      }
    }
    expect((await (await world.agent('B', 'klantmanager')).get(`/api/v1/clients?q=${c.surname}`)).json().total).toBe(0);
  });

  it('granting twice to the same organisation → 409 naming organisationId; still one consent line', async () => {
    const c = await newClient();
    await grant(c.id, world.orgs.R.id);
    const again = await kmA.post(`/api/v1/clients/${c.id}/consents`, { organisationId: world.orgs.R.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    expect(again.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['organisationId']);
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toHaveLength(1);
  });

  it('simultaneous grants to the same organisation create exactly one active consent', async () => {
    const c = await newClient();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => kmA.post(`/api/v1/clients/${c.id}/consents`, { organisationId: world.orgs.R.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const lines = (await kmA.get(`/api/v1/clients/${c.id}/consents`)).json();
    expect(lines.filter((l: { withdrawnAt: string | null }) => l.withdrawnAt === null)).toHaveLength(1);
  });

  it('consent for the own organisation, an unknown organisation or a malformed id → 400 naming organisationId', async () => {
    const c = await newClient();
    for (const organisationId of [world.orgs.A.id, '00000000-0000-4000-8000-000000000000', 'R']) {
      const res = await kmA.post(`/api/v1/clients/${c.id}/consents`, { organisationId });
      expect(res.statusCode, organisationId).toBe(400);
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['organisationId']);
    }
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toEqual([]);
  });

  it('a jobcoach of the owner may read consents but not grant them (403)', async () => {
    const c = await newClient();
    const jc = await world.agent('A', 'jobcoach');
    expect((await jc.post(`/api/v1/clients/${c.id}/consents`, { organisationId: world.orgs.R.id })).statusCode).toBe(403);
    expect((await jc.get(`/api/v1/clients/${c.id}/consents`)).statusCode).toBe(200);
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toEqual([]);
  });
});

describe('who sees which consent lines', () => {
  it('the owner sees every line; a partner sees only its own', async () => {
    const c = await newClient();
    const other = await newPartner();
    const forR = await grant(c.id, world.orgs.R.id);
    const forOther = await grant(c.id, other.id);
    const own = (await kmA.get(`/api/v1/clients/${c.id}/consents`)).json();
    expect(own.map((l: { id: string }) => l.id).sort()).toEqual([forR.id, forOther.id].sort());
    for (const role of ['klantmanager', 'jobcoach'] as const) {
      const asR = await (await world.agent('R', role)).get(`/api/v1/clients/${c.id}/consents`);
      expect(asR.statusCode).toBe(200);
      expect(asR.json()).toEqual([forR]);
      expect(asR.body).not.toContain(other.name);
    }
  });
});

describe('withdrawing consent', () => {
  it('R loses access at once (404), the history keeps the line with withdrawnAt and withdrawnBy', async () => {
    const c = await newClient();
    const consent = await grant(c.id, world.orgs.R.id);
    const kmR = await world.agent('R', 'klantmanager');
    expect((await kmR.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);

    const res = await kmA.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`);
    expect(res.statusCode).toBe(200);
    const withdrawn = res.json();
    const self = (await kmA.get('/api/v1/sessions/current')).json().user;
    expect(withdrawn).toMatchObject({
      id: consent.id,
      organisationId: world.orgs.R.id,
      grantedAt: consent.grantedAt,
      withdrawnBy: self.name,
    });
    expect(new Date(withdrawn.withdrawnAt).getTime()).toBeGreaterThanOrEqual(new Date(consent.grantedAt).getTime());

    for (const role of ['klantmanager', 'jobcoach'] as const) {
      const agent = await world.agent('R', role);
      expect((await agent.get(`/api/v1/clients/${c.id}`)).statusCode, role).toBe(404);
      expect((await agent.get(`/api/v1/clients/${c.id}/ladder-assessments`)).statusCode, role).toBe(404);
      expect((await agent.get(`/api/v1/clients/${c.id}/consents`)).statusCode, role).toBe(404);
      expect((await agent.get(`/api/v1/clients?q=${c.surname}`)).json().total, role).toBe(0);
    }
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toEqual([withdrawn]);
  });

  it('withdrawing twice → 409; an unknown consent → 404; R and B cannot withdraw', async () => {
    const c = await newClient();
    const consent = await grant(c.id, world.orgs.R.id);
    const kmR = await world.agent('R', 'klantmanager');
    expect((await kmR.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(403);
    const kmB = await world.agent('B', 'klantmanager');
    expect((await kmB.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(404);
    expect((await kmR.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);

    expect((await kmA.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(200);
    const twice = await kmA.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('conflict');
    const unknown = await kmA.post(`/api/v1/clients/${c.id}/consents/00000000-0000-4000-8000-000000000000/withdraw`);
    expect(unknown.statusCode).toBe(404);
  });

  it("a consent line of one client cannot be withdrawn through another client's URL", async () => {
    const c1 = await newClient();
    const c2 = await newClient();
    const consent = await grant(c1.id, world.orgs.R.id);
    expect((await kmA.post(`/api/v1/clients/${c2.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(404);
    expect((await (await world.agent('R', 'klantmanager')).get(`/api/v1/clients/${c1.id}`)).statusCode).toBe(200);
  });

  it('after withdrawal consent can be granted again: a new line, the old one kept', async () => {
    const c = await newClient();
    const first = await grant(c.id, world.orgs.R.id);
    await kmA.post(`/api/v1/clients/${c.id}/consents/${first.id}/withdraw`);
    const second = await grant(c.id, world.orgs.R.id);
    expect(second.id).not.toBe(first.id);
    const lines = (await kmA.get(`/api/v1/clients/${c.id}/consents`)).json();
    expect(lines).toHaveLength(2);
    expect(lines.find((l: { id: string }) => l.id === first.id).withdrawnAt).not.toBeNull();
    expect(lines.find((l: { id: string }) => l.id === second.id).withdrawnAt).toBeNull();
    expect((await (await world.agent('R', 'jobcoach')).get(`/api/v1/clients/${c.id}`)).json().shared).toBe(true);
  });
});

describe('a consent for a period (validUntil)', () => {
  const today = todayInAmsterdam();
  const post = (clientId: string, body: Record<string, unknown>) => kmA.post(`/api/v1/clients/${clientId}/consents`, body);

  it('is recorded with its last day and in force through that day; without one it holds until withdrawn', async () => {
    const c = await newClient();
    const until = addDays(today, 120);
    const res = await post(c.id, { organisationId: world.orgs.R.id, validUntil: until });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ validUntil: until, inForce: true, withdrawnAt: null });
    const open = await grant((await newClient()).id, world.orgs.R.id);
    expect(open).toMatchObject({ validUntil: null, inForce: true });
    // Today as the last day is allowed.
    expect((await post((await newClient()).id, { organisationId: world.orgs.R.id, validUntil: today })).statusCode).toBe(201);
  });

  it('a last day in the past or not a date → 400 naming validUntil; nothing recorded', async () => {
    const c = await newClient();
    for (const validUntil of [addDays(today, -1), '2027-02-30', 'morgen']) {
      const res = await post(c.id, { organisationId: world.orgs.R.id, validUntil });
      expect(res.statusCode, validUntil).toBe(400);
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['validUntil']);
    }
    expect((await kmA.get(`/api/v1/clients/${c.id}/consents`)).json()).toEqual([]);
  });

  it('past its last day the partner no longer sees the file nor its ladder, in the API and in the database', async () => {
    const c = await newClient();
    const ladder = await kmA.post(`/api/v1/clients/${c.id}/ladder-assessments`, { rung: 3, growthPotential: 3, assessedOn: '2025-03-01' });
    expect(ladder.statusCode).toBe(201);
    const consent = (await post(c.id, { organisationId: world.orgs.R.id, validUntil: addDays(today, 30) })).json();
    const kmR = await world.agent('R', 'klantmanager');
    expect((await kmR.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);

    // Its last day was yesterday.
    const db = t.services.database.db;
    await backdateConsent(db, world.orgs.A.id, consent.id, { grantedDaysAgo: 60, validUntil: addDays(today, -1) });
    expect((await kmR.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(404);
    expect((await kmR.get(`/api/v1/clients/${c.id}/ladder-assessments`)).statusCode).toBe(404);
    const seen = await inTenant(db, { organisationId: world.orgs.R.id, userId: null }, (tx) => tx.select().from(ladderAssessments));
    expect(seen.map((l) => l.clientId)).not.toContain(c.id);
    // The owner still sees the line, not in force, not withdrawn.
    const [line] = (await kmA.get(`/api/v1/clients/${c.id}/consents`)).json();
    expect(line).toMatchObject({ id: consent.id, validUntil: addDays(today, -1), inForce: false, withdrawnAt: null });

    // On its last day it was still in force.
    await backdateConsent(db, world.orgs.A.id, consent.id, { grantedDaysAgo: 60, validUntil: today });
    expect((await kmR.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);
  });

  it('the database refuses a last day before the day the consent was given', async () => {
    const c = await newClient();
    const consent = await grant(c.id, world.orgs.R.id);
    await expect(
      backdateConsent(t.services.database.db, world.orgs.A.id, consent.id, { grantedDaysAgo: 5, validUntil: addDays(today, -6) }),
    ).rejects.toThrow();
  });

  it('a renewal: a new consent ending later (or open-ended) next to one with an end; not one ending earlier, not next to an open-ended one', async () => {
    const c = await newClient();
    const first = (await post(c.id, { organisationId: world.orgs.R.id, validUntil: addDays(today, 10) })).json();
    for (const validUntil of [addDays(today, 10), addDays(today, 5)]) {
      const res = await post(c.id, { organisationId: world.orgs.R.id, validUntil });
      expect(res.statusCode, validUntil).toBe(409);
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['validUntil']);
    }
    const renewed = await post(c.id, { organisationId: world.orgs.R.id, validUntil: addDays(today, 200) });
    expect(renewed.statusCode, renewed.body).toBe(201);
    const open = await post(c.id, { organisationId: world.orgs.R.id });
    expect(open.statusCode, open.body).toBe(201);
    const again = await post(c.id, { organisationId: world.orgs.R.id, validUntil: addDays(today, 400) });
    expect(again.statusCode).toBe(409);
    expect(again.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['organisationId']);
    const lines = (await kmA.get(`/api/v1/clients/${c.id}/consents`)).json();
    expect(lines.map((l: { id: string }) => l.id).sort()).toEqual([first.id, renewed.json().id, open.json().id].sort());
  });

  it('after an expired consent a new one can be given', async () => {
    const c = await newClient();
    const old = (await post(c.id, { organisationId: world.orgs.R.id, validUntil: addDays(today, 3) })).json();
    await backdateConsent(t.services.database.db, world.orgs.A.id, old.id, { grantedDaysAgo: 40, validUntil: addDays(today, -2) });
    const fresh = await post(c.id, { organisationId: world.orgs.R.id });
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect((await (await world.agent('R', 'jobcoach')).get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);
  });
});
