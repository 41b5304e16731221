import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, type TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createVacancyTestApp, newClient } from '../vacancies/factories.ts';
import { draftPolis, polisInput } from './factories.ts';

/**
 * Who may see and sign a polis: only the municipality that owns the client file (another municipality gets
 * 404, a partner with consent sees no polis), and in the portal only the client themself (another client's
 * polis is a 403 "niet uw polis", also when it does not exist or belongs to another municipality).
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let kmB: Agent;
let me: Agent;
let myPolis: { polisId: string; versionId: string };
let otherPolis: { polisId: string; versionId: string; clientId: string };
let polisOfB: { polisId: string; versionId: string };

beforeAll(async () => {
  t = await createVacancyTestApp();
  world = await createWorld(t.services.database.db, t.app);
  kmA = await world.agent('A', 'klantmanager');
  kmB = await world.agent('B', 'klantmanager');
  me = await world.agent('A', 'werkzoekende');
  myPolis = await draftPolis(kmA, await world.portalClientId());
  const other = await newClient(kmA, { firstName: 'Anders', surname: 'Iemand' });
  otherPolis = { ...(await draftPolis(kmA, other.id)), clientId: other.id };
  // The other client's file is shared with R by consent: R still sees no polis.
  expect((await kmA.post(`/api/v1/clients/${other.id}/consents`, { organisationId: world.orgs.R.id })).statusCode).toBe(201);
  polisOfB = await draftPolis(kmB, (await newClient(kmB)).id);
});
afterAll(async () => t?.close());

describe('another organisation', () => {
  it('another municipality cannot see, change, sign or download a polis: 404 as if it did not exist', async () => {
    const { polisId, versionId, clientId } = otherPolis;
    expect((await kmB.get(`/api/v1/polisses/${polisId}`)).statusCode).toBe(404);
    expect((await kmB.get(`/api/v1/clients/${clientId}/polisses`)).statusCode).toBe(404);
    expect((await kmB.post(`/api/v1/clients/${clientId}/polisses`, polisInput())).statusCode).toBe(404);
    expect((await kmB.request('PUT', `/api/v1/polis-versions/${versionId}`, { ...polisInput(), revision: 1 })).statusCode).toBe(404);
    expect((await kmB.post(`/api/v1/polisses/${polisId}/versions`, polisInput({ changeNote: 'x' }))).statusCode).toBe(404);
    expect((await kmB.post(`/api/v1/polis-versions/${versionId}/sign`, {})).statusCode).toBe(404);
    expect((await kmB.get(`/api/v1/polis-versions/${versionId}/pdf`)).statusCode).toBe(404);
    // Nothing happened to it.
    const v = (await kmA.get(`/api/v1/polisses/${polisId}`)).json().versions;
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ revision: 1, signatures: [] });
  });

  it('a partner with consent reads the file but sees no polis, and cannot draft one', async () => {
    const kmR = await world.agent('R', 'klantmanager');
    const list = await kmR.get(`/api/v1/clients/${otherPolis.clientId}/polisses`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([]);
    expect((await kmR.get(`/api/v1/polisses/${otherPolis.polisId}`)).statusCode).toBe(404);
    expect((await kmR.post(`/api/v1/clients/${otherPolis.clientId}/polisses`, polisInput())).statusCode).toBe(403);
  });

  it('a jobcoach of the municipality reads the polis on the file, but only a klantmanager drafts, signs or downloads it', async () => {
    const jc = await world.agent('A', 'jobcoach');
    const list = await jc.get(`/api/v1/clients/${otherPolis.clientId}/polisses`);
    expect(list.statusCode).toBe(200);
    expect(list.json()[0].id).toBe(otherPolis.polisId);
    expect((await jc.post(`/api/v1/polis-versions/${otherPolis.versionId}/sign`, {})).statusCode).toBe(403);
    expect((await jc.get(`/api/v1/polis-versions/${otherPolis.versionId}/pdf`)).statusCode).toBe(403);
  });
});

describe('the client portal', () => {
  it('the client sees only their own polis', async () => {
    const res = await me.get('/api/v1/portal/polisses');
    expect(res.statusCode).toBe(200);
    expect(res.json().map((p: { id: string }) => p.id)).toEqual([myPolis.polisId]);
  });

  it('signing another client’s polis is a 403 "niet uw polis", and leaves it unsigned', async () => {
    const res = await me.post(`/api/v1/portal/polis-versions/${otherPolis.versionId}/sign`, {});
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toMatch(/niet uw polis/);
    expect((await kmA.get(`/api/v1/polisses/${otherPolis.polisId}`)).json().versions[0].signatures).toEqual([]);
    // The same answer for a version of another municipality and for one that does not exist.
    expect((await me.post(`/api/v1/portal/polis-versions/${polisOfB.versionId}/sign`, {})).json().detail).toMatch(/niet uw polis/);
    expect((await me.post('/api/v1/portal/polis-versions/00000000-0000-4000-8000-000000000000/sign', {})).statusCode).toBe(403);
    expect((await me.get(`/api/v1/portal/polis-versions/${otherPolis.versionId}/pdf`)).statusCode).toBe(403);
  });

  it('a werkzoekende without a linked file gets 403 on every portal route', async () => {
    const unlinked = await world.agent('B', 'werkzoekende');
    expect((await unlinked.get('/api/v1/portal/polisses')).statusCode).toBe(403);
    expect((await unlinked.post(`/api/v1/portal/polis-versions/${polisOfB.versionId}/sign`, {})).statusCode).toBe(403);
    expect((await unlinked.get(`/api/v1/portal/polis-versions/${polisOfB.versionId}/pdf`)).statusCode).toBe(403);
  });

  it('a client of another municipality cannot sign this municipality’s polis', async () => {
    const clientOfB = await newClient(kmB, { firstName: 'Bea' });
    expect(
      (await kmB.post(`/api/v1/clients/${clientOfB.id}/portal-account`, { email: 'bea@example.com', password: 'een-lang-wachtwoord' }))
        .statusCode,
    ).toBe(201);
    const bea = await Agent.login(t.app, 'bea@example.com', 'een-lang-wachtwoord');
    expect((await bea.get('/api/v1/portal/polisses')).json()).toEqual([]);
    expect((await bea.post(`/api/v1/portal/polis-versions/${myPolis.versionId}/sign`, {})).statusCode).toBe(403);
  });

  it('the roles stay apart: a client cannot sign for the municipality, a klantmanager not for the client', async () => {
    expect((await me.post(`/api/v1/polis-versions/${myPolis.versionId}/sign`, {})).statusCode).toBe(403);
    expect((await me.get(`/api/v1/polisses/${myPolis.polisId}`)).statusCode).toBe(403);
    expect((await kmA.post(`/api/v1/portal/polis-versions/${myPolis.versionId}/sign`, {})).statusCode).toBe(403);
    const signed = await me.post(`/api/v1/portal/polis-versions/${myPolis.versionId}/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().versions[0].signatures.map((s: { party: string }) => s.party)).toEqual(['client']);
  });
});
