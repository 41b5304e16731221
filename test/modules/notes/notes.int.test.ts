import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestApp } from '../../harness.ts';
import { clientInput, openTestWorld, type World } from '../../factories.ts';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';

/**
 * Case notes: whoever may read the client file reads and writes its journal (the owner, a partner with the
 * client's consent while it lasts); nobody else learns that the notes exist; notes are never changed.
 */
let t: TestApp;
let world: World;
let kmA: Agent;
let jcR: Agent;
let clientId: string;
let consentId: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
  jcR = await world.agent('R', 'jobcoach');
  const created = await kmA.post('/api/v1/clients', clientInput({ firstName: 'Şahin', surname: 'Yılmaz', surnamePrefix: null }));
  expect(created.statusCode, created.body).toBe(201);
  clientId = created.json().id;
  const consent = await kmA.post(`/api/v1/clients/${clientId}/consents`, { organisationId: world.orgs.R.id });
  expect(consent.statusCode, consent.body).toBe(201);
  consentId = consent.json().id;
});
afterAll(async () => t?.close());

const write = (agent: Agent, body: Record<string, unknown>) =>
  agent.post(`/api/v1/clients/${clientId}/notes`, {
    kind: 'gesprek',
    notedOn: '2026-11-30',
    text: 'Gesprek over de werkervaringsplek.',
    ...body,
  });

describe('the journal of a client file', () => {
  it('keeps the notes of the owner and of a partner with consent in one list, latest day first, with author and organisation', async () => {
    expect(
      (await write(kmA, { kind: 'intake', notedOn: '2026-11-02', text: 'Intake: wil in de groenvoorziening werken.' })).statusCode,
    ).toBe(201);
    const byPartner = await write(jcR, { kind: 'telefoon', notedOn: '2026-11-20', text: 'Gebeld: start maandag.' });
    expect(byPartner.statusCode, byPartner.body).toBe(201);
    expect(byPartner.json()).toMatchObject({
      kind: 'telefoon',
      author: { name: expect.any(String) },
      organisation: { id: world.orgs.R.id },
    });
    for (const agent of [kmA, jcR]) {
      const list = await agent.get(`/api/v1/clients/${clientId}/notes`);
      expect(list.statusCode).toBe(200);
      expect(list.json().map((n: { notedOn: string; kind: string }) => [n.notedOn, n.kind])).toEqual([
        ['2026-11-20', 'telefoon'],
        ['2026-11-02', 'intake'],
      ]);
    }
  });

  it('refuses a note without text, of an unknown kind, or about a day still to come, naming the field', async () => {
    const res = await write(kmA, { kind: 'roddel', text: '   ', notedOn: '2999-01-01' });
    expect(res.statusCode).toBe(400);
    const names = res
      .json()
      .invalidParams.map((p: { name: string }) => p.name)
      .sort();
    expect(names).toEqual(['kind', 'notedOn', 'text']);
    expect((await write(kmA, { notedOn: todayInAmsterdam() })).statusCode).toBe(201);
  });

  it('is hidden from another municipality and from roles without client files, and answers 404 for a file they cannot see', async () => {
    expect((await (await world.agent('B', 'klantmanager')).get(`/api/v1/clients/${clientId}/notes`)).statusCode).toBe(404);
    expect((await write(await world.agent('B', 'klantmanager'), {})).statusCode).toBe(404);
    expect((await (await world.agent('A', 'werkgeversadviseur')).get(`/api/v1/clients/${clientId}/notes`)).statusCode).toBe(403);
  });

  it('is closed to the partner once the client withdraws consent, also in the database itself', async () => {
    expect((await kmA.post(`/api/v1/clients/${clientId}/consents/${consentId}/withdraw`)).statusCode).toBe(200);
    expect((await jcR.get(`/api/v1/clients/${clientId}/notes`)).statusCode).toBe(404);
    expect((await write(jcR, {})).statusCode).toBe(404);
    // The owner still reads the partner's earlier note: the journal stays whole.
    const list = (await kmA.get(`/api/v1/clients/${clientId}/notes`)).json();
    expect(list.some((n: { organisation: { id: string } }) => n.organisation.id === world.orgs.R.id)).toBe(true);
  });

  it('records each read and write in the processing log, under the client’s pseudonym', async () => {
    const admin = await t.admin();
    try {
      const log = await admin.query<{ activity: string }>(
        `SELECT DISTINCT processing_activity_id AS activity FROM processing_log WHERE processing_activity_id LIKE 'werkplein:verwerking:journaal-%'`,
      );
      expect(log.map((l) => l.activity).sort()).toEqual([
        'werkplein:verwerking:journaal-inzien',
        'werkplein:verwerking:journaal-vastleggen',
      ]);
    } finally {
      await admin.close();
    }
  });
});
