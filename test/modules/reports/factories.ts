import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { Agent, TestApp } from '../../harness.ts';
import { clientInput } from '../../factories.ts';

/**
 * Test helpers for the reports: clients, PRB programmes and cohorts, other trajectories, all entered
 * through the HTTP API as a user would.
 */

export type Outcome = 'work' | 'education' | 'other_instrument' | 'no_result' | 'dropped_out';

function ok(res: LightMyRequestResponse, status: number, what: string): void {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
}

export async function newClientId(km: Agent, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await km.post('/api/v1/clients', clientInput(overrides));
  ok(res, 201, 'register client');
  return res.json().id as string;
}

export async function createProgramme(
  agent: Agent,
  input: { name: string; periodStart: string; periodEnd: string; cohortSize: number; maxBudgetPerClient: string | number },
): Promise<string> {
  const res = await agent.post('/api/v1/prb-programmes', input);
  ok(res, 201, `create programme ${input.name}`);
  return res.json().id as string;
}

/** Admits a client; returns the participant id and the id of its PRB trajectory. */
export async function admit(
  km: Agent,
  programmeId: string,
  clientId: string,
  admittedOn: string,
): Promise<{ participantId: string; trajectoryId: string }> {
  const res = await km.post(`/api/v1/prb-programmes/${programmeId}/participants`, { clientId, admittedOn });
  ok(res, 201, `admit on ${admittedOn}`);
  return { participantId: res.json().id as string, trajectoryId: res.json().trajectoryId as string };
}

/** Closes a trajectory with an outcome (work: 32 hours, temporary contract; dropped out: a reason). */
export async function closeTrajectory(km: Agent, trajectoryId: string, outcome: Outcome, endDate: string): Promise<void> {
  const body: Record<string, unknown> = { endDate, outcome };
  if (outcome === 'work') Object.assign(body, { hoursPerWeek: 32, contractType: 'temporary' });
  if (outcome === 'dropped_out') body.reason = 'Verhuisd naar een andere gemeente.';
  const res = await km.post(`/api/v1/trajectories/${trajectoryId}/close`, body);
  ok(res, 200, `close ${trajectoryId} with ${outcome}`);
}

export interface CohortSpec {
  programme: { name: string; periodStart: string; periodEnd: string; cohortSize: number; maxBudgetPerClient: string | number };
  /** The first admission date; each next client is admitted a few days later (all within the programme). */
  firstAdmission: string;
  /** How the admitted clients' trajectories end, in order; the rest keep running. */
  outcomes: Outcome[];
  running: number;
  /** Closing date of the closed trajectories. */
  closedOn: string;
  /** Approved PRB spend in euros per participant index, approved before any trajectory is closed. */
  spend?: Record<number, string>;
}

export interface Cohort {
  programmeId: string;
  participants: { participantId: string; trajectoryId: string; clientId: string }[];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Creates the programme, registers and admits outcomes.length + running clients, approves the spend, then
 * closes the first outcomes.length trajectories with their outcomes.
 */
export async function enterCohort(t: TestApp, km: Agent, spec: CohortSpec, surname: string): Promise<Cohort> {
  const programmeId = await createProgramme(km, spec.programme);
  const participants: Cohort['participants'] = [];
  const admitted = spec.outcomes.length + spec.running;
  for (let i = 0; i < admitted; i++) {
    const clientId = await newClientId(km, { firstName: `Deelnemer${i + 1}`, surname });
    const p = await admit(km, programmeId, clientId, addDays(spec.firstAdmission, 3 * i));
    participants.push({ ...p, clientId });
  }
  for (const [i, amount] of Object.entries(spec.spend ?? {})) await approveSpend(t, km, participants[Number(i)]!.participantId, amount);
  for (const [i, outcome] of spec.outcomes.entries()) await closeTrajectory(km, participants[i]!.trajectoryId, outcome, spec.closedOn);
  return { programmeId, participants };
}

/** Approves a one-line PRB proposal of `amount` euros for a participant (the trajectory cost follows the commitment). */
export async function approveSpend(t: TestApp, km: Agent, participantId: string, amount: string): Promise<void> {
  const created = await km.post(`/api/v1/prb-participants/${participantId}/proposals`, {
    goal: 'Heftruckcertificaat halen en solliciteren in de logistiek.',
    costLines: [{ category: 'training', supplier: 'Opleidingscentrum Brabant', description: 'Cursus heftruck', amount }],
  });
  ok(created, 201, 'create proposal');
  const proposalId = created.json().id as string;
  ok(await km.post(`/api/v1/prb-proposals/${proposalId}/submit`), 200, 'submit proposal');
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/prb-proposals/${proposalId}/decision`,
    headers: { cookie: `wp_session=${km.cookie}`, 'x-csrf-token': km.csrfToken, 'idempotency-key': randomUUID() },
    payload: { decision: 'approve' },
  });
  ok(res, 200, 'approve proposal');
}

export async function createInstrument(fb: Agent, name: string, kind: string): Promise<string> {
  const res = await fb.post('/api/v1/instruments', { name, kind });
  ok(res, 201, `create instrument ${name}`);
  return res.json().id as string;
}

export async function startTrajectory(
  km: Agent,
  clientId: string,
  input: {
    instrumentId: string;
    providerOrganisationId?: string | null;
    startDate: string;
    plannedEndDate: string;
    cost: string | number;
    goalRung: number;
  },
): Promise<string> {
  const res = await km.post(`/api/v1/clients/${clientId}/trajectories`, input);
  ok(res, 201, 'start trajectory');
  return res.json().id as string;
}
