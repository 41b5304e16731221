import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchDate, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { clientInput, nextBsn, openTestWorld, type World } from '../../factories.ts';
import { ruleTasks } from '../worklist/factories.ts';
import { backdateConsent } from './factories.ts';

/** The work queue's "consent about to lapse" rule, through the worklist's run. */

let t: TestApp;
let world: World;
let km: Agent;
let kmId: string;
const today = todayInAmsterdam();
const RULE = 'clients.consent-lapse';
const runA = (day = today) => t.services.worklist.runRules({ today: day, organisationIds: [world.orgs.A.id] });

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  kmId = (await km.get('/api/v1/sessions/current')).json().user.id;
});
afterAll(async () => t?.close());

let seq = 0;
async function newClient(): Promise<{ id: string; displayName: string }> {
  const res = await km.post('/api/v1/clients', clientInput({ bsn: nextBsn(), surname: `Toestemming${seq++}` }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function grant(clientId: string, validUntil?: string): Promise<{ id: string }> {
  const res = await km.post(`/api/v1/clients/${clientId}/consents`, {
    organisationId: world.orgs.R.id,
    ...(validUntil ? { validUntil } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const tasksOf = async (clientId: string, status = 'open') => (await ruleTasks(km, RULE, status)).filter((x) => x.client?.id === clientId);

describe('a consent about to lapse', () => {
  it('becomes a task for the klantmanager 21 days ahead, once, and closes when the consent is renewed', async () => {
    const client = await newClient();
    const validUntil = addDays(today, 10);
    await grant(client.id, validUntil);
    // A consent without an end, or ending after the lead time, asks for nothing.
    await grant((await newClient()).id);
    await grant((await newClient()).id, addDays(today, 22));

    expect(await runA(addDays(validUntil, -22))).toMatchObject({ created: 0 });
    expect(await runA()).toMatchObject({ created: 1, closed: 0 });
    const [task, ...more] = await tasksOf(client.id);
    expect(more).toEqual([]);
    expect(task).toMatchObject({
      title: 'Toestemming loopt af',
      dueOn: validUntil,
      subject: { type: 'client', id: client.id },
      client: { id: client.id, displayName: client.displayName },
      assignee: { kind: 'user', user: { id: kmId } },
      createdBy: { kind: 'rule', label: 'Regel: toestemming om gegevens te delen loopt af' },
    });
    expect(task!.reason).toContain(world.orgs.R.name);
    expect(task!.reason).toContain(dutchDate(validUntil));
    expect(task!.reason).not.toContain(client.displayName);
    // Idempotent, and no one in another organisation sees it.
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });
    expect(await ruleTasks(await world.agent('B', 'klantmanager'), RULE)).toEqual([]);
    expect(await ruleTasks(await world.agent('R', 'klantmanager'), RULE)).toEqual([]);

    // Renewed for the next half year: the task closes by itself, nothing new.
    await grant(client.id, addDays(today, 180));
    expect(await runA()).toMatchObject({ created: 0, closed: 1 });
    expect(await tasksOf(client.id)).toEqual([]);
    expect(await tasksOf(client.id, 'done')).toMatchObject([{ id: task!.id, closedBy: null }]);
    expect(await runA()).toMatchObject({ created: 0, closed: 0 });
  });

  it('closes when the consent is withdrawn', async () => {
    const client = await newClient();
    const consent = await grant(client.id, addDays(today, 3));
    expect(await runA()).toMatchObject({ created: 1 });
    expect(await tasksOf(client.id)).toHaveLength(1);
    expect((await km.post(`/api/v1/clients/${client.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(200);
    expect(await runA()).toMatchObject({ created: 0, closed: 1 });
    expect(await tasksOf(client.id)).toEqual([]);
  });

  it('stays a while after the last day; a moved last day is a task of its own; after the grace period it closes', async () => {
    const client = await newClient();
    const consent = await grant(client.id, addDays(today, 60));
    expect(await runA()).toMatchObject({ created: 0 });
    const lapsedOn = addDays(today, -3);
    await backdateConsent(t.services.database.db, world.orgs.A.id, consent.id, { grantedDaysAgo: 100, validUntil: lapsedOn });
    expect(await runA()).toMatchObject({ created: 1, closed: 0 });
    const [lapsed] = await tasksOf(client.id);
    expect(lapsed).toMatchObject({ dueOn: lapsedOn });
    expect(lapsed!.reason).toContain('ziet het dossier niet meer');

    // The last day moved (corrected): the old task closes, one for the new day appears.
    const movedTo = addDays(today, 5);
    await backdateConsent(t.services.database.db, world.orgs.A.id, consent.id, { grantedDaysAgo: 100, validUntil: movedTo });
    expect(await runA()).toMatchObject({ created: 1, closed: 1 });
    expect((await tasksOf(client.id)).map((x) => x.dueOn)).toEqual([movedTo]);

    // Two weeks after the last day without anything done, the consent has simply ended.
    // (Other clients' consents may come into their lead time on those days: look at this client's tasks only.)
    await runA(addDays(movedTo, 14));
    expect((await tasksOf(client.id)).map((x) => x.dueOn)).toEqual([movedTo]);
    await runA(addDays(movedTo, 15));
    expect(await tasksOf(client.id)).toEqual([]);
    expect(await tasksOf(client.id, 'done')).toHaveLength(2);
  });
});
