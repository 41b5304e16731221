import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../../src/platform/db/database.ts';
import type { ProcessingActivity } from '../../../src/platform/audit/processing-activity.ts';
import { POLIS_ACTIVITIES as P } from '../../../src/modules/polis/polis.activities.ts';
import { polisVersions } from '../../../src/modules/polis/polis.schema.ts';
import { contentHash } from '../../../src/modules/polis/polis.rules.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createVacancyTestApp, newClient } from '../vacancies/factories.ts';
import { draftPolis, polisInput } from './factories.ts';

/**
 * The polis from draft to signed and on to the next version: the klantmanager drafts and edits it (with a
 * revision against lost updates), the municipality and the client (in the portal) sign it, a signed version
 * never changes, a change is a new version that needs both signatures again, and the history shows who
 * signed what when. Every read and change leaves an audit line and a processing-log line.
 */

let t: TestApp;
let world: World;
let km: Agent;
let client: Agent;
let portalClientId: string;
let kmName: string;
let clientName: string;

beforeAll(async () => {
  t = await createVacancyTestApp();
  world = await createWorld(t.services.database.db, t.app);
  km = await world.agent('A', 'klantmanager');
  client = await world.agent('A', 'werkzoekende');
  portalClientId = await world.portalClientId();
  kmName = (await km.get('/api/v1/sessions/current')).json().user.name;
  clientName = (await client.get('/api/v1/sessions/current')).json().user.name;
});
afterAll(async () => t?.close());

const put = (agent: Agent, versionId: string, body: unknown) => agent.request('PUT', `/api/v1/polis-versions/${versionId}`, body);
const signAsMunicipality = (versionId: string, body: unknown = {}) => km.post(`/api/v1/polis-versions/${versionId}/sign`, body);
const signAsClient = (versionId: string, body: unknown = {}) => client.post(`/api/v1/portal/polis-versions/${versionId}/sign`, body);

/** A fresh polis for the portal client is not possible twice; each test that needs one gets a new portal-less client. */
async function freshClient(): Promise<string> {
  return (await newClient(km, { surname: `Polis${randomBytes(3).toString('hex')}` })).id;
}

describe('drafting and editing', () => {
  it('a draft is version 1 with the content, steps in order, no signatures, revision 1', async () => {
    const clientId = await freshClient();
    const res = await km.post(`/api/v1/clients/${clientId}/polisses`, polisInput({ changeNote: '  Eerste afspraken  ' }));
    expect(res.statusCode, res.body).toBe(201);
    const polis = res.json();
    expect(polis).toMatchObject({
      clientId,
      clientDisplayName: expect.stringMatching(/^Fatima el Polis/),
      organisationName: world.orgs.A.name,
    });
    expect(polis.versions).toHaveLength(1);
    expect(polis.versions[0]).toMatchObject({
      versionNumber: 1,
      status: 'draft',
      municipalityObligations: ['De gemeente betaalt de sollicitatietraining.', 'De klantmanager belt elke maand.'],
      clientObligations: ['Ik doe mee aan de training.', 'Ik meld me vóór 9 uur af als ik ziek ben.'],
      goalRung: 4,
      changeNote: 'Eerste afspraken',
      signatures: [],
      contentHash: null,
      signedAt: null,
      revision: 1,
      createdByName: kmName,
    });
    expect(
      polis.versions[0].steps.map(
        (s: {
          position: number;
          description: string;
          responsible: string;
          trajectoryId: string | null;
          trajectoryLabel: string | null;
        }) => [s.position, s.description, s.responsible, s.trajectoryId, s.trajectoryLabel],
      ),
    ).toEqual([
      [1, 'Sollicitatietraining volgen', 'client', null, null],
      [2, 'Vrijwilligerswerk zoeken bij de voedselbank', 'municipality', null, null],
    ]);
    // Read back the same way, and listed on the client file.
    const got = await km.get(`/api/v1/polisses/${polis.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(polis);
    const list = await km.get(`/api/v1/clients/${clientId}/polisses`);
    expect(list.json()).toEqual([polis]);
  });

  it('one polis per client: a second draft is a 409', async () => {
    const clientId = await freshClient();
    await draftPolis(km, clientId);
    const again = await km.post(`/api/v1/clients/${clientId}/polisses`, polisInput());
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/al een polis/);
    expect((await km.get(`/api/v1/clients/${clientId}/polisses`)).json()).toHaveLength(1);
  });

  it('an edit replaces the content and raises the revision; a stale revision is a 409 and changes nothing', async () => {
    const { versionId } = await draftPolis(km, await freshClient());
    const edited = await put(km, versionId, {
      ...polisInput({
        goalRung: 5,
        steps: [{ description: 'Werkervaringsplek', responsible: 'provider', startDate: '2026-03-02', dueDate: '2026-08-31' }],
      }),
      revision: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const v = edited.json().versions[0];
    expect(v).toMatchObject({ revision: 2, goalRung: 5, status: 'draft' });
    expect(v.steps).toHaveLength(1);
    expect(v.steps[0]).toMatchObject({ position: 1, description: 'Werkervaringsplek', responsible: 'provider' });

    const stale = await put(km, versionId, { ...polisInput({ goalRung: 2 }), revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().invalidParams).toEqual([expect.objectContaining({ name: 'revision', code: 'stale' })]);
    const after = (await km.get(`/api/v1/clients/${edited.json().clientId}/polisses`)).json()[0].versions[0];
    expect(after).toMatchObject({ revision: 2, goalRung: 5 });
    expect(after.steps).toHaveLength(1);
  });

  it('two edits with the same revision at once: one wins, the other gets 409', async () => {
    const { versionId, polisId } = await draftPolis(km, await freshClient());
    const results = await Promise.all([2, 3, 5, 6].map((goalRung) => put(km, versionId, { ...polisInput({ goalRung }), revision: 1 })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json().versions[0];
    const now = (await km.get(`/api/v1/polisses/${polisId}`)).json().versions[0];
    expect(now).toMatchObject({ revision: 2, goalRung: winner.goalRung });
    expect(now.steps).toHaveLength(2);
  });
});

describe('signing by both parties', () => {
  it('the municipality signs first: the content hash is fixed, the draft can no longer be edited', async () => {
    const { versionId, polis } = await draftPolis(km, await freshClient());
    const res = await signAsMunicipality(versionId, { revision: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json().versions[0];
    const expectedHash = contentHash({ ...polis.versions[0] });
    expect(v).toMatchObject({ status: 'draft', contentHash: expectedHash, signedAt: null });
    expect(v.signatures).toEqual([{ party: 'municipality', signerName: kmName, signedAt: expect.any(String), contentHash: expectedHash }]);

    const edit = await put(km, versionId, { ...polisInput({ goalRung: 6 }), revision: 1 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toMatch(/getekend/);
    const twice = await signAsMunicipality(versionId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/gemeente heeft deze versie al ondertekend/);
  });

  it('a signature over a revision the signer did not read is refused', async () => {
    const { versionId } = await draftPolis(km, await freshClient());
    expect((await put(km, versionId, { ...polisInput({ goalRung: 3 }), revision: 1 })).statusCode).toBe(200);
    const res = await signAsMunicipality(versionId, { revision: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'revision', code: 'stale' });
    expect((await signAsMunicipality(versionId, { revision: 2 })).statusCode).toBe(200);
  });

  it('client and municipality sign: signed, immutable, with who signed what when in the history', async () => {
    const { polisId, versionId } = await draftPolis(km, portalClientId);
    // The client sees the draft in the portal and signs first.
    const mine = await client.get('/api/v1/portal/polisses');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().map((p: { id: string }) => p.id)).toEqual([polisId]);
    const byClient = await signAsClient(versionId, { revision: 1 });
    expect(byClient.statusCode, byClient.body).toBe(200);
    expect(byClient.json().versions[0]).toMatchObject({ status: 'draft', signedAt: null });
    expect((await signAsClient(versionId)).json().detail).toMatch(/U heeft deze versie al ondertekend/);

    const before = Date.now();
    const byMunicipality = await signAsMunicipality(versionId);
    expect(byMunicipality.statusCode, byMunicipality.body).toBe(200);
    const v = byMunicipality.json().versions[0];
    expect(v.status).toBe('signed');
    expect(new Date(v.signedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(v.signatures.map((s: { party: string; signerName: string }) => [s.party, s.signerName])).toEqual([
      ['client', clientName],
      ['municipality', kmName],
    ]);
    // Both signatures name the same content hash, the version's.
    expect(new Set(v.signatures.map((s: { contentHash: string }) => s.contentHash))).toEqual(new Set([v.contentHash]));
    expect(v.signedAt).toBe(v.signatures[1].signedAt);

    // Signed means frozen: no edit, no third signature; the service answers before the database triggers would.
    const edit = await put(km, versionId, { ...polisInput(), revision: v.revision });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toMatch(/ondertekend en kan niet meer veranderen/);
    expect((await signAsMunicipality(versionId)).statusCode).toBe(409);
    expect((await signAsClient(versionId)).statusCode).toBe(409);
    expect((await km.get(`/api/v1/polisses/${polisId}`)).json().versions[0]).toEqual(v);

    // The triggers of migration 0007 are the second line: even a direct update of the content fails.
    const db = t.services.database.db;
    await expect(
      inTenant(db, { organisationId: world.orgs.A.id, userId: null }, (tx) =>
        tx.update(polisVersions).set({ goalRung: 1 }).where(eq(polisVersions.id, versionId)),
      ),
    ).rejects.toThrow();
  });

  it('the same party signing twice at the same moment: one signature, the other gets 409', async () => {
    const { polisId, versionId } = await draftPolis(km, await freshClient());
    const [a, b] = await Promise.all([signAsMunicipality(versionId), signAsMunicipality(versionId)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const v = (await km.get(`/api/v1/polisses/${polisId}`)).json().versions[0];
    expect(v.signatures).toHaveLength(1);
    expect(v.status).toBe('draft');
  });
});

describe('a change is a new version', () => {
  /** The portal client's polis, signed by both (created once for this describe). */
  let polisId: string;
  let v1: string;

  beforeAll(async () => {
    const list = (await km.get(`/api/v1/clients/${portalClientId}/polisses`)).json();
    if (list.length > 0) {
      polisId = list[0].id;
      v1 = list[0].versions.at(-1).id;
    } else {
      ({ polisId, versionId: v1 } = await draftPolis(km, portalClientId));
      await signAsClient(v1);
      await signAsMunicipality(v1);
    }
    expect((await km.get(`/api/v1/polisses/${polisId}`)).json().versions[0].status).toBe('signed');
  });

  it('needs a change note, and takes all content from the request', async () => {
    const missing = await km.post(`/api/v1/polisses/${polisId}/versions`, polisInput());
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams).toEqual([expect.objectContaining({ name: 'changeNote', code: 'required' })]);
  });

  it('the new version needs both signatures again; the signed one stays in force until then, and is superseded after', async () => {
    const created = await km.post(
      `/api/v1/polisses/${polisId}/versions`,
      polisInput({
        changeNote: 'Doel verhoogd naar betaald werk met ondersteuning',
        goalRung: 5,
        clientObligations: ['Ik solliciteer elke week.'],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const [v2, old] = created.json().versions;
    expect(v2).toMatchObject({
      versionNumber: 2,
      status: 'draft',
      signatures: [],
      contentHash: null,
      goalRung: 5,
      clientObligations: ['Ik solliciteer elke week.'],
    });
    expect(old).toMatchObject({ id: v1, status: 'signed' });
    // A second new version while this draft is open and unsigned: edit the draft instead.
    const another = await km.post(`/api/v1/polisses/${polisId}/versions`, polisInput({ changeNote: 'Nog een' }));
    expect(another.statusCode).toBe(409);
    expect(another.json().detail).toMatch(/Versie 2 is nog een concept/);

    expect((await signAsMunicipality(v2.id)).json().versions.map((v: { status: string }) => v.status)).toEqual(['draft', 'signed']);
    const done = await signAsClient(v2.id);
    expect(done.statusCode, done.body).toBe(200);
    const versions = done.json().versions;
    expect(versions.map((v: { versionNumber: number; status: string }) => [v.versionNumber, v.status])).toEqual([
      [2, 'signed'],
      [1, 'superseded'],
    ]);
    // History: each version keeps its own signatures, over its own content.
    expect(versions[1].signatures.map((s: { party: string }) => s.party).sort()).toEqual(['client', 'municipality']);
    expect(versions[0].signatures.map((s: { party: string }) => s.party)).toEqual(['municipality', 'client']);
    expect(versions[0].contentHash).not.toBe(versions[1].contentHash);
    expect(versions[1].signatures.every((s: { contentHash: string }) => s.contentHash === versions[1].contentHash)).toBe(true);
    // A superseded version is not signed again.
    expect((await signAsMunicipality(v1)).statusCode).toBe(409);
  });

  it('client and municipality signing a new version at the same moment: both count, it is signed once', async () => {
    const created = await km.post(`/api/v1/polisses/${polisId}/versions`, polisInput({ changeNote: 'Nieuwe stap toegevoegd' }));
    expect(created.statusCode, created.body).toBe(201);
    const v3 = created.json().versions[0];
    const [a, b] = await Promise.all([signAsClient(v3.id), signAsMunicipality(v3.id)]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([200, 200]);
    const versions = (await km.get(`/api/v1/polisses/${polisId}`)).json().versions;
    expect(versions.map((v: { versionNumber: number; status: string }) => [v.versionNumber, v.status])).toEqual([
      [3, 'signed'],
      [2, 'superseded'],
      [1, 'superseded'],
    ]);
    expect(versions[0].signatures.map((s: { party: string }) => s.party).sort()).toEqual(['client', 'municipality']);
    expect(versions.filter((v: { status: string }) => v.status === 'signed')).toHaveLength(1);
  });

  it('a draft that only one party signed is superseded by a newer version, with its signature kept', async () => {
    const clientId = await freshClient();
    const { polisId: id, versionId } = await draftPolis(km, clientId);
    expect((await signAsMunicipality(versionId)).statusCode).toBe(200);
    const created = await km.post(`/api/v1/polisses/${id}/versions`, polisInput({ changeNote: 'Andere startdatum', goalRung: 3 }));
    expect(created.statusCode, created.body).toBe(201);
    const [v2, half] = created.json().versions;
    expect(v2).toMatchObject({ versionNumber: 2, status: 'draft' });
    expect(half).toMatchObject({ id: versionId, status: 'superseded', signedAt: null });
    expect(half.signatures.map((s: { party: string }) => s.party)).toEqual(['municipality']);
    // Nobody can finish signing the replaced draft.
    expect((await signAsMunicipality(versionId)).statusCode).toBe(409);
    // Editing version 2 also needs a change note.
    const noNote = await put(km, v2.id, { ...polisInput(), revision: 1 });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().invalidParams[0].name).toBe('changeNote');
  });

  it('several new versions at the same moment: exactly one is made', async () => {
    const { polisId: id, versionId } = await draftPolis(km, await freshClient());
    expect((await signAsMunicipality(versionId)).statusCode).toBe(200);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => km.post(`/api/v1/polisses/${id}/versions`, polisInput({ changeNote: `Wijziging ${i}` }))),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const versions = (await km.get(`/api/v1/polisses/${id}`)).json().versions;
    expect(versions.map((v: { versionNumber: number; status: string }) => [v.versionNumber, v.status])).toEqual([
      [2, 'draft'],
      [1, 'superseded'],
    ]);
  });

  it('several first drafts for one client at the same moment: exactly one polis', async () => {
    const clientId = await freshClient();
    const results = await Promise.all([1, 2, 3, 4].map(() => km.post(`/api/v1/clients/${clientId}/polisses`, polisInput())));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect((await km.get(`/api/v1/clients/${clientId}/polisses`)).json()).toHaveLength(1);
  });
});

describe('logs', () => {
  async function traced(agent: Agent, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
    const traceId = randomBytes(16).toString('hex');
    const headers: Record<string, string> = {
      cookie: `wp_session=${agent.cookie}`,
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    };
    if (method !== 'GET') headers['x-csrf-token'] = agent.csrfToken;
    const res = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
    return { res, traceId };
  }

  it('every read and change writes an audit line and a processing line for the client, in the same trace', async () => {
    const created = await newClient(km, { surname: `Logboek${randomBytes(3).toString('hex')}` });
    const steps: { label: string; traceId: string; action: string; result: string; activity: ProcessingActivity | null }[] = [];
    const run = async (
      label: string,
      agent: Agent,
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      body: unknown,
      action: string,
      status: number,
      activity: ProcessingActivity | null,
      result = 'success',
    ) => {
      const { res, traceId } = await traced(agent, method, url, body);
      expect(res.statusCode, `${label}: ${res.body}`).toBe(status);
      steps.push({ label, traceId, action, result, activity });
      return res;
    };
    const drafted = await run(
      'draft',
      km,
      'POST',
      `/api/v1/clients/${created.id}/polisses`,
      polisInput(),
      'polis.draft',
      201,
      P.polisDraft,
    );
    const { id: polisId, versions } = drafted.json();
    const versionId = versions[0].id;
    await run('list', km, 'GET', `/api/v1/clients/${created.id}/polisses`, undefined, 'polis.list', 200, P.polisView);
    await run('read', km, 'GET', `/api/v1/polisses/${polisId}`, undefined, 'polis.read', 200, P.polisView);
    await run(
      'edit',
      km,
      'PUT',
      `/api/v1/polis-versions/${versionId}`,
      { ...polisInput(), revision: 1 },
      'polis.update',
      200,
      P.polisDraft,
    );
    await run('sign', km, 'POST', `/api/v1/polis-versions/${versionId}/sign`, {}, 'polis.sign', 200, P.polisSign);
    await run('pdf', km, 'GET', `/api/v1/polis-versions/${versionId}/pdf`, undefined, 'polis.pdf', 200, P.polisPdf);
    await run(
      'new version',
      km,
      'POST',
      `/api/v1/polisses/${polisId}/versions`,
      polisInput({ changeNote: 'Wijziging' }),
      'polis.version.create',
      201,
      P.polisDraft,
    );
    await run(
      'stale edit',
      km,
      'PUT',
      `/api/v1/polis-versions/${versionId}`,
      { ...polisInput(), revision: 1 },
      'polis.update',
      409,
      null,
      'conflict',
    );
    await run('portal list', client, 'GET', '/api/v1/portal/polisses', undefined, 'portal.polis.list', 200, P.polisView);
    await run('not yours', client, 'POST', `/api/v1/portal/polis-versions/${versionId}/sign`, {}, 'portal.polis.sign', 403, null, 'denied');

    const admin = await t.admin();
    try {
      for (const step of steps) {
        const audit = await admin.query<{ action: string; result: string }>('SELECT action, result FROM audit_log WHERE trace_id = $1', [
          step.traceId,
        ]);
        expect(audit, step.label).toEqual([{ action: step.action, result: step.result }]);
        const processing = await admin.query<{ processing_activity_id: string; data_subject_id: string }>(
          'SELECT processing_activity_id, data_subject_id FROM processing_log WHERE trace_id = $1',
          [step.traceId],
        );
        const subject = step.label.startsWith('portal') ? null : t.services.audit.pseudonymise(created.bsn);
        if (!step.activity) expect(processing, step.label).toEqual([]);
        else if (subject) expect(processing, step.label).toEqual([{ processing_activity_id: step.activity.id, data_subject_id: subject }]);
        else
          expect(
            processing.map((p) => p.processing_activity_id),
            step.label,
          ).toEqual([step.activity.id]);
      }
    } finally {
      await admin.close();
    }
  });
});
