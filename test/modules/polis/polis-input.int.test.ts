import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createVacancyTestApp, newClient } from '../vacancies/factories.ts';
import { draftPolis, insertTrajectory, polisInput } from './factories.ts';

/**
 * Bad input on the polis gets a 400 problem+json that names each field (steps.N.startDate for a step without
 * a date, steps.N.trajectoryId for a trajectory that is not the client's), and a refused request changes nothing.
 */

let t: TestApp;
let world: World;
let km: Agent;
let clientId: string;

beforeAll(async () => {
  t = await createVacancyTestApp();
  world = await createWorld(t.services.database.db, t.app);
  km = await world.agent('A', 'klantmanager');
  clientId = (await newClient(km)).id;
});
afterAll(async () => t?.close());

const step = (overrides: Record<string, unknown> = {}) => ({
  description: 'Sollicitatietraining',
  responsible: 'client',
  startDate: '2026-02-02',
  dueDate: '2026-03-27',
  ...overrides,
});

async function refused(body: Record<string, unknown>, target = clientId) {
  const res = await km.post(`/api/v1/clients/${target}/polisses`, body);
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  return res.json().invalidParams as { name: string; code: string; reason: string }[];
}

describe('steps', () => {
  it('a step without a start date: 400 naming steps.N.startDate', async () => {
    const { startDate: _, ...noStart } = step();
    const params = await refused(polisInput({ steps: [step(), noStart] }));
    expect(params).toEqual([{ name: 'steps.1.startDate', code: 'required', reason: 'Dit veld is verplicht.' }]);
  });

  it('a step without a due date, or with an empty or impossible date: each named', async () => {
    const { dueDate: _, ...noDue } = step();
    const params = await refused(polisInput({ steps: [noDue, step({ startDate: '' }), step({ dueDate: '2026-02-30' })] }));
    expect(params.map((p) => [p.name, p.code])).toEqual([
      ['steps.0.dueDate', 'required'],
      ['steps.1.startDate', 'invalid_date'],
      ['steps.2.dueDate', 'invalid_date'],
    ]);
  });

  it('a due date before the start date: 400 naming steps.N.dueDate', async () => {
    const params = await refused(polisInput({ steps: [step({ startDate: '2026-05-01', dueDate: '2026-04-30' })] }));
    expect(params).toEqual([expect.objectContaining({ name: 'steps.0.dueDate', code: 'before_start' })]);
    // The same day is fine.
    expect(
      (
        await km.post(
          `/api/v1/clients/${(await newClient(km)).id}/polisses`,
          polisInput({ steps: [step({ startDate: '2026-05-01', dueDate: '2026-05-01' })] }),
        )
      ).statusCode,
    ).toBe(201);
  });

  it('a step needs a description and a known responsible party; at least 1 and at most 30 steps', async () => {
    expect(
      (await refused(polisInput({ steps: [step({ description: '   ' }), step({ responsible: 'werkgever' })] }))).map((p) => [
        p.name,
        p.code,
      ]),
    ).toEqual([
      ['steps.0.description', 'required'],
      ['steps.1.responsible', 'invalid_value'],
    ]);
    expect((await refused(polisInput({ steps: [] })))[0]).toMatchObject({ name: 'steps', code: 'too_few' });
    expect((await refused(polisInput({ steps: Array.from({ length: 31 }, () => step()) })))[0]).toMatchObject({
      name: 'steps',
      code: 'too_many',
    });
  });

  it('a trajectory must be one of this client: another client’s or another municipality’s is a 400 naming steps.N.trajectoryId', async () => {
    const other = await newClient(km);
    const othersTrajectory = await insertTrajectory(t.services.database.db, world, 'A', other.id);
    const kmB = await world.agent('B', 'klantmanager');
    const trajectoryOfB = await insertTrajectory(t.services.database.db, world, 'B', (await newClient(kmB)).id);
    const params = await refused(
      polisInput({
        steps: [
          step(),
          step({ trajectoryId: othersTrajectory.id }),
          step({ trajectoryId: trajectoryOfB.id }),
          step({ trajectoryId: '00000000-0000-4000-8000-000000000001' }),
        ],
      }),
    );
    expect(params.map((p) => [p.name, p.code])).toEqual([
      ['steps.1.trajectoryId', 'unknown_trajectory'],
      ['steps.2.trajectoryId', 'unknown_trajectory'],
      ['steps.3.trajectoryId', 'unknown_trajectory'],
    ]);
    expect((await refused(polisInput({ steps: [step({ trajectoryId: 'geen-uuid' })] })))[0]).toMatchObject({
      name: 'steps.0.trajectoryId',
    });
    // Nothing was written: the client still has no polis.
    expect((await km.get(`/api/v1/clients/${clientId}/polisses`)).json()).toEqual([]);
  });

  it('a trajectory of this client is linked, and shown with its instrument and dates', async () => {
    const own = await newClient(km);
    const trajectory = await insertTrajectory(t.services.database.db, world, 'A', own.id, {
      instrumentName: 'Werkfit Eindhoven',
      startDate: '2026-02-02',
      plannedEndDate: '2026-05-29',
    });
    const { polis } = await draftPolis(km, own.id, { steps: [step({ trajectoryId: trajectory.id }), step({ trajectoryId: null })] });
    expect(
      polis.versions[0].steps.map((s: { trajectoryId: string | null; trajectoryLabel: string | null }) => [
        s.trajectoryId,
        s.trajectoryLabel,
      ]),
    ).toEqual([
      [trajectory.id, 'Werkfit Eindhoven (02-02-2026 t/m 29-05-2026)'],
      [null, null],
    ]);
  });
});

describe('obligations, goal rung and the rest', () => {
  it('both lists of obligations need 1 to 20 non-empty items', async () => {
    const params = await refused(polisInput({ municipalityObligations: ['Iets', ' '], clientObligations: [] }));
    expect(params.map((p) => [p.name, p.code])).toEqual([
      ['municipalityObligations.1', 'required'],
      ['clientObligations', 'too_few'],
    ]);
    expect((await refused(polisInput({ clientObligations: Array.from({ length: 21 }, (_, i) => `Afspraak ${i}`) })))[0]).toMatchObject({
      name: 'clientObligations',
      code: 'too_many',
    });
    expect((await refused(polisInput({ municipalityObligations: ['x'.repeat(1001)] })))[0]).toMatchObject({
      name: 'municipalityObligations.0',
      code: 'too_long',
    });
  });

  it('the goal rung is a whole rung of the participatieladder (1 to 6)', async () => {
    for (const goalRung of [0, 7, 3.5, '4']) {
      expect((await refused(polisInput({ goalRung })))[0]).toMatchObject({ name: 'goalRung' });
    }
    const { goalRung: _, ...noRung } = polisInput();
    expect((await refused(noRung))[0]).toMatchObject({ name: 'goalRung', code: 'required' });
  });

  it('unknown fields are refused by name; several problems are reported together', async () => {
    const params = await refused({ ...polisInput({ goalRung: 9, clientObligations: [] }), status: 'signed' });
    expect(params.map((p) => p.name).sort()).toEqual(['clientObligations', 'goalRung', 'status']);
  });

  it('an edit needs the revision; a refused edit leaves the draft as it was', async () => {
    const own = await newClient(km);
    const { polisId, versionId, polis } = await draftPolis(km, own.id);
    const noRevision = await km.request('PUT', `/api/v1/polis-versions/${versionId}`, polisInput());
    expect(noRevision.statusCode).toBe(400);
    expect(noRevision.json().invalidParams).toEqual([expect.objectContaining({ name: 'revision', code: 'required' })]);
    const other = await insertTrajectory(t.services.database.db, world, 'A', (await newClient(km)).id);
    const badTrajectory = await km.request('PUT', `/api/v1/polis-versions/${versionId}`, {
      ...polisInput({ goalRung: 6, steps: [step(), step({ trajectoryId: other.id })] }),
      revision: 1,
    });
    expect(badTrajectory.statusCode).toBe(400);
    expect(badTrajectory.json().invalidParams[0].name).toBe('steps.1.trajectoryId');
    expect((await km.get(`/api/v1/polisses/${polisId}`)).json()).toEqual(polis);
  });

  it('a bad id in the path is a 404', async () => {
    expect((await km.get('/api/v1/polisses/geen-id')).statusCode).toBe(404);
    expect((await km.post('/api/v1/polis-versions/geen-id/sign', {})).statusCode).toBe(404);
    expect((await km.get('/api/v1/polisses/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
