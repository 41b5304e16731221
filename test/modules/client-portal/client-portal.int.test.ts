import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, type TestApp } from '../../harness.ts';
import { clientInput, type World, openTestWorld } from '../../factories.ts';

/** The client portal: a werkzoekende account linked to exactly one file, opened by the case manager. */

let t: TestApp;
let world: World;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
});
afterAll(async () => t?.close());

describe('client portal accounts', () => {
  it('the case manager opens an account; the client logs in and sees only their own file', async () => {
    const km = await world.agent('A', 'klantmanager');
    const client = (await km.post('/api/v1/clients', clientInput({ firstName: 'Sanne', surnamePrefix: null, surname: 'Verbeek' }))).json();
    expect((await km.get(`/api/v1/clients/${client.id}/portal-account`)).json()).toEqual({ exists: false, email: null, linkedAt: null });
    const res = await km.post(`/api/v1/clients/${client.id}/portal-account`, {
      email: 'sanne.verbeek@example.com',
      password: 'mijn-eigen-wachtwoord',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await km.get(`/api/v1/clients/${client.id}/portal-account`)).json()).toMatchObject({
      exists: true,
      email: 'sanne.verbeek@example.com',
    });

    const me = await Agent.login(t.app, 'sanne.verbeek@example.com', 'mijn-eigen-wachtwoord');
    const profile = await me.get('/api/v1/portal/me');
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({ clientId: client.id, displayName: 'Sanne Verbeek' });
    // The portal role never opens the caseload or another file.
    expect((await me.get('/api/v1/clients')).statusCode).toBe(403);
    expect((await me.get(`/api/v1/clients/${client.id}`)).statusCode).toBe(403);
  });

  it('one account per client, and a taken e-mail address is refused with the field named', async () => {
    const km = await world.agent('A', 'klantmanager');
    const client = (await km.post('/api/v1/clients', clientInput())).json();
    const first = await km.post(`/api/v1/clients/${client.id}/portal-account`, {
      email: 'een@example.com',
      password: 'een-lang-wachtwoord',
    });
    expect(first.statusCode).toBe(201);
    const again = await km.post(`/api/v1/clients/${client.id}/portal-account`, {
      email: 'twee@example.com',
      password: 'een-lang-wachtwoord',
    });
    expect(again.statusCode).toBe(409);
    const other = (await km.post('/api/v1/clients', clientInput())).json();
    const taken = await km.post(`/api/v1/clients/${other.id}/portal-account`, {
      email: 'een@example.com',
      password: 'een-lang-wachtwoord',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().invalidParams[0].name).toBe('email');
  });

  it('a werkzoekende without a linked file gets 403, not somebody else’s file', async () => {
    const unlinked = await world.agent('B', 'werkzoekende');
    expect((await unlinked.get('/api/v1/portal/me')).statusCode).toBe(403);
  });

  it('another municipality cannot open an account on this file', async () => {
    const km = await world.agent('A', 'klantmanager');
    const client = (await km.post('/api/v1/clients', clientInput())).json();
    const kmB = await world.agent('B', 'klantmanager');
    expect(
      (await kmB.post(`/api/v1/clients/${client.id}/portal-account`, { email: 'b@example.com', password: 'een-lang-wachtwoord' }))
        .statusCode,
    ).toBe(404);
    expect((await kmB.get(`/api/v1/clients/${client.id}/portal-account`)).statusCode).toBe(404);
  });
});
