import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newVacancy, PLACEMENT as JOB, propose } from '../vacancies/factories.ts';
import { newApplication, newClient, PLACEMENT } from './factories.ts';

/**
 * The Work First report's outflow to work within 3 and 6 months of the report (melding): from the date the
 * klantmanager entered, or from a placement with an employer recorded in Werkplein, once per application;
 * another municipality's placements never count. Each case has ten applications in a month of its own, so
 * the figures are above the report's suppression of counts under 10.
 */
let t: TestApp;
let world: World;
const agents = {} as Record<'A' | 'B', { km: Agent; wga: Agent; ba: Agent; employerId: string }>;

beforeAll(async () => {
  t = await createVacancyTestApp();
  world = await createWorld(t.services.database.db, t.app);
  for (const org of ['A', 'B'] as const) {
    agents[org] = {
      km: await world.agent(org, 'klantmanager'),
      wga: await world.agent(org, 'werkgeversadviseur'),
      ba: await world.agent(org, 'beleidsadviseur'),
      employerId: (await createEmployer(t.services.database.db, world.orgs[org].id)).id,
    };
  }
});
afterAll(async () => t?.close());

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A client of the organisation with a benefit application reported on the day. */
async function applicant(org: 'A' | 'B', reportedOn: string): Promise<{ clientId: string; applicationId: string }> {
  const { km } = agents[org];
  const clientId = await newClient(km);
  return { clientId, applicationId: await newApplication(km, clientId, reportedOn) };
}

/** The six-week Work First placement right after the report. */
async function workFirstPlacement(clientId: string, applicationId: string, reportedOn: string): Promise<void> {
  const startsOn = addDays(reportedOn, 7);
  const res = await agents.A.km.post(`/api/v1/clients/${clientId}/workfirst/placements`, {
    ...PLACEMENT,
    applicationId,
    startsOn,
    endsOn: addDays(startsOn, 39),
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** A placement with an employer on a vacancy, starting on the day (the placements module's own routes). */
async function placedWithEmployer(org: 'A' | 'B', clientId: string, startDate: string): Promise<void> {
  const { km, wga, employerId } = agents[org];
  const vacancy = await newVacancy(wga, employerId, { positions: 1 });
  const proposal = await propose(km, vacancy.id, clientId);
  const res = await km.patch(`/api/v1/proposals/${proposal.id}`, { status: 'placed', placement: { ...JOB, startDate } });
  expect(res.statusCode, res.body).toBe(200);
}

async function enterWorkStarted(org: 'A' | 'B', clientId: string, applicationId: string, workStartedOn: string): Promise<void> {
  const res = await agents[org].km.patch(`/api/v1/clients/${clientId}/workfirst/applications/${applicationId}`, {
    outcome: 'granted',
    decidedOn: addDays(workStartedOn, -14),
    workStartedOn,
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function report(org: 'A' | 'B', from: string, to: string): Promise<Record<string, unknown>> {
  const res = await agents[org].ba.get(`/api/v1/workfirst/report?from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('outflow to work in the Work First report', () => {
  it('counts a placement with an employer two months after the report for 3 and for 6 months', async () => {
    for (let i = 0; i < 10; i++) {
      const { clientId, applicationId } = await applicant('A', '2025-01-06');
      await workFirstPlacement(clientId, applicationId, '2025-01-06');
      await placedWithEmployer('A', clientId, '2025-03-10');
    }
    expect(await report('A', '2025-01-01', '2025-01-31')).toMatchObject({
      applications: 10,
      started: 10,
      outflowToWorkWithin3Months: 10,
      outflowToWorkWithin6Months: 10,
    });
  });

  it('counts a placement five months after the report only for 6 months', async () => {
    for (let i = 0; i < 10; i++) {
      const { clientId } = await applicant('A', '2025-04-07');
      await placedWithEmployer('A', clientId, '2025-09-08');
    }
    expect(await report('A', '2025-04-01', '2025-04-30')).toMatchObject({
      applications: 10,
      outflowToWorkWithin3Months: 0,
      outflowToWorkWithin6Months: 10,
    });
  });

  it('counts an application with a date entered by hand and a placement once', async () => {
    for (let i = 0; i < 10; i++) {
      const { clientId, applicationId } = await applicant('A', '2025-07-07');
      await enterWorkStarted('A', clientId, applicationId, '2025-08-04');
      await placedWithEmployer('A', clientId, '2025-08-18');
    }
    // Ten more with only the date entered by hand: it still counts by itself.
    for (let i = 0; i < 10; i++) {
      const { clientId, applicationId } = await applicant('A', '2025-07-14');
      await enterWorkStarted('A', clientId, applicationId, '2025-11-03');
    }
    expect(await report('A', '2025-07-01', '2025-07-31')).toMatchObject({
      applications: 20,
      outflowToWorkWithin3Months: 10,
      outflowToWorkWithin6Months: 20,
    });
  });

  it('never counts another municipality’s placements, and still sees the withdrawn come back', async () => {
    for (let i = 0; i < 10; i++) {
      const a = await applicant('A', '2025-10-06');
      const res = await agents.A.km.patch(`/api/v1/clients/${a.clientId}/workfirst/applications/${a.applicationId}`, {
        outcome: 'withdrawn',
        decidedOn: '2025-10-13',
      });
      expect(res.statusCode, res.body).toBe(200);
      await newApplication(agents.A.km, a.clientId, '2026-01-05');
      const b = await applicant('B', '2025-10-06');
      await placedWithEmployer('B', b.clientId, '2025-11-03');
    }
    expect(await report('A', '2025-10-01', '2025-10-31')).toMatchObject({
      applications: 10,
      withdrawn: 10,
      outflowToWorkWithin3Months: 0,
      outflowToWorkWithin6Months: 0,
      withdrawnSeenAgainWithinYear: 10,
    });
    expect(await report('B', '2025-10-01', '2025-10-31')).toMatchObject({
      applications: 10,
      outflowToWorkWithin3Months: 10,
      outflowToWorkWithin6Months: 10,
    });
  });
});
