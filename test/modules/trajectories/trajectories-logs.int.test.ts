import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { newAssignment, newInstrument, newTrajectoryClient, trajectoryInput } from './factories.ts';
import type { ProcessingActivity } from '../../../src/platform/audit/processing-activity.ts';
import { TRAJECTORIES_ACTIVITIES } from '../../../src/modules/trajectories/trajectories.activities.ts';

/**
 * Every read or change of a person's trajectory or assignment leaves one audit line and one processing-log
 * line per data subject with the matching processing activity, joined by the request's trace id. Refusals
 * are audited and leave no processing line; figures without names (catalogue, assignment list, an
 * assignment for a policy adviser) leave an audit line only.
 */

type Who = 'kmA' | 'jcA' | 'baA' | 'fbA' | 'kmB' | 'jcR' | 'kmR';
interface Step {
  label: string;
  traceId: string;
  who: Who;
  res: LightMyRequestResponse;
  action: string;
  objectType: string;
  /** The object id, or a matcher (a refused start names the id it would have had). */
  objectId: unknown;
  result: 'success' | 'not_found' | 'denied' | 'conflict' | 'invalid';
  /** Expected processing lines: per activity, the BSNs. */
  lines: [ProcessingActivity, string[]][];
}

const P = TRAJECTORIES_ACTIVITIES;
let t: TestApp;
let world: World;
const agents = {} as Record<Who, Agent>;
const users = {} as Record<Who, { id: string; org: string }>;
const steps: Step[] = [];
let auditRows: {
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  trace_id: string;
  actor_user_id: string;
  actor_organisation_id: string;
}[] = [];
let processingRows: { trace_id: string; processing_activity_id: string; name: string; data_subject_id: string; organisation_id: string }[] =
  [];
let pseudonymKey = '';
async function traced(
  label: string,
  who: Who,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body: unknown,
  expected: Omit<Step, 'label' | 'traceId' | 'who' | 'res'>,
  status: number,
) {
  const agent = agents[who];
  const traceId = randomBytes(16).toString('hex');
  const headers: Record<string, string> = {
    cookie: `wp_session=${agent.cookie}`,
    traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  };
  if (method !== 'GET') headers['x-csrf-token'] = agent.csrfToken;
  const res = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  expect(res.statusCode, `${label}: ${res.body}`).toBe(status);
  const step = { ...expected, label, traceId, who, res };
  steps.push(step);
  return step;
}

let c1: { id: string; bsn: string };
let c2: { id: string; bsn: string };
let trajectoryId: string;
let assignmentId: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  const roles = {
    kmA: ['A', 'klantmanager'],
    jcA: ['A', 'jobcoach'],
    baA: ['A', 'beleidsadviseur'],
    fbA: ['A', 'functioneel_beheerder'],
    kmB: ['B', 'klantmanager'],
    jcR: ['R', 'jobcoach'],
    kmR: ['R', 'klantmanager'],
  } as const;
  for (const [k, [org, role]] of Object.entries(roles)) {
    const agent = await world.agent(org, role);
    agents[k as Who] = agent;
    users[k as Who] = { id: (await agent.get('/api/v1/sessions/current')).json().user.id, org: world.orgs[org].id };
  }
  const instrumentId = (await newInstrument(agents.fbA)).id;
  c1 = await newTrajectoryClient(agents.kmA);
  c2 = await newTrajectoryClient(agents.kmA);
  assignmentId = (await newAssignment(agents.kmA, world.orgs.R.id)).id;

  const start = await traced(
    'start under an assignment (assigns implicitly)',
    'kmA',
    'POST',
    `/api/v1/clients/${c1.id}/trajectories`,
    trajectoryInput(instrumentId, { assignmentId }),
    {
      action: 'trajectory.start',
      objectType: 'trajectory',
      objectId: null,
      result: 'success',
      lines: [
        [P.assignmentChange, [c1.bsn]],
        [P.trajectoryStart, [c1.bsn]],
      ],
    },
    201,
  );
  trajectoryId = start.res.json().id;
  start.objectId = trajectoryId;
  await traced(
    'refused start: own organisation as provider',
    'kmA',
    'POST',
    `/api/v1/clients/${c2.id}/trajectories`,
    trajectoryInput(instrumentId, { providerOrganisationId: world.orgs.A.id }),
    {
      action: 'trajectory.start',
      objectType: 'trajectory',
      objectId: expect.any(String),
      result: 'invalid',
      lines: [],
    },
    400,
  );
  await traced(
    'read',
    'jcA',
    'GET',
    `/api/v1/trajectories/${trajectoryId}`,
    undefined,
    {
      action: 'trajectory.read',
      objectType: 'trajectory',
      objectId: trajectoryId,
      result: 'success',
      lines: [[P.trajectoryView, [c1.bsn]]],
    },
    200,
  );
  await traced(
    'provider reads',
    'jcR',
    'GET',
    `/api/v1/trajectories/${trajectoryId}`,
    undefined,
    {
      action: 'trajectory.read',
      objectType: 'trajectory',
      objectId: trajectoryId,
      result: 'success',
      lines: [[P.trajectoryView, [c1.bsn]]],
    },
    200,
  );
  await traced(
    'list',
    'kmA',
    'GET',
    '/api/v1/trajectories',
    undefined,
    { action: 'trajectory.list', objectType: 'trajectory', objectId: null, result: 'success', lines: [[P.trajectoryView, [c1.bsn]]] },
    200,
  );
  await traced(
    'client list',
    'kmA',
    'GET',
    `/api/v1/clients/${c1.id}/trajectories`,
    undefined,
    { action: 'trajectory.list', objectType: 'client', objectId: c1.id, result: 'success', lines: [[P.trajectoryView, [c1.bsn]]] },
    200,
  );
  await traced(
    'empty client list',
    'kmA',
    'GET',
    `/api/v1/clients/${c2.id}/trajectories`,
    undefined,
    { action: 'trajectory.list', objectType: 'client', objectId: c2.id, result: 'success', lines: [[P.trajectoryView, [c2.bsn]]] },
    200,
  );
  await traced(
    'another municipality',
    'kmB',
    'GET',
    `/api/v1/trajectories/${trajectoryId}`,
    undefined,
    { action: 'trajectory.read', objectType: 'trajectory', objectId: trajectoryId, result: 'not_found', lines: [] },
    404,
  );
  await traced(
    'provider reports progress',
    'jcR',
    'POST',
    `/api/v1/trajectories/${trajectoryId}/progress-reports`,
    { reportedOn: '2025-03-10', text: 'Gestart.' },
    {
      action: 'trajectory.progress.report',
      objectType: 'trajectory',
      objectId: trajectoryId,
      result: 'success',
      lines: [[P.trajectoryProgress, [c1.bsn]]],
    },
    201,
  );
  await traced(
    'progress list',
    'kmA',
    'GET',
    `/api/v1/trajectories/${trajectoryId}/progress-reports`,
    undefined,
    {
      action: 'trajectory.progress.list',
      objectType: 'trajectory',
      objectId: trajectoryId,
      result: 'success',
      lines: [[P.trajectoryProgress, [c1.bsn]]],
    },
    200,
  );
  await traced(
    'provider may not close',
    'kmR',
    'POST',
    `/api/v1/trajectories/${trajectoryId}/close`,
    { endDate: '2025-06-01', outcome: 'no_result' },
    {
      action: 'trajectory.close',
      objectType: 'trajectory',
      objectId: trajectoryId,
      result: 'denied',
      lines: [],
    },
    403,
  );
  await traced(
    'assignment detail',
    'kmA',
    'GET',
    `/api/v1/provider-assignments/${assignmentId}`,
    undefined,
    {
      action: 'assignment.read',
      objectType: 'provider_assignment',
      objectId: assignmentId,
      result: 'success',
      lines: [[P.assignmentView, [c1.bsn]]],
    },
    200,
  );
  await traced(
    'assignment figures for a policy adviser',
    'baA',
    'GET',
    `/api/v1/provider-assignments/${assignmentId}`,
    undefined,
    {
      action: 'assignment.read',
      objectType: 'provider_assignment',
      objectId: assignmentId,
      result: 'success',
      lines: [],
    },
    200,
  );
  await traced(
    'assignment list',
    'jcR',
    'GET',
    '/api/v1/provider-assignments',
    undefined,
    { action: 'assignment.list', objectType: 'provider_assignment', objectId: null, result: 'success', lines: [] },
    200,
  );
  await traced(
    'assign',
    'kmA',
    'POST',
    `/api/v1/provider-assignments/${assignmentId}/clients`,
    { clientId: c2.id },
    {
      action: 'assignment.client.assign',
      objectType: 'provider_assignment',
      objectId: assignmentId,
      result: 'success',
      lines: [[P.assignmentChange, [c2.bsn]]],
    },
    201,
  );
  await traced(
    'assign twice',
    'kmA',
    'POST',
    `/api/v1/provider-assignments/${assignmentId}/clients`,
    { clientId: c2.id },
    {
      action: 'assignment.client.assign',
      objectType: 'provider_assignment',
      objectId: assignmentId,
      result: 'conflict',
      lines: [],
    },
    409,
  );
  await traced(
    'provider detail with two clients',
    'jcR',
    'GET',
    `/api/v1/provider-assignments/${assignmentId}`,
    undefined,
    {
      action: 'assignment.read',
      objectType: 'provider_assignment',
      objectId: assignmentId,
      result: 'success',
      lines: [[P.assignmentView, [c1.bsn, c2.bsn]]],
    },
    200,
  );
  await traced(
    'end',
    'kmA',
    'POST',
    `/api/v1/provider-assignments/${assignmentId}/clients/${c2.id}/end`,
    {},
    {
      action: 'assignment.client.end',
      objectType: 'provider_assignment',
      objectId: assignmentId,
      result: 'success',
      lines: [[P.assignmentChange, [c2.bsn]]],
    },
    200,
  );
  await traced(
    'close',
    'kmA',
    'POST',
    `/api/v1/trajectories/${trajectoryId}/close`,
    { endDate: '2025-06-01', outcome: 'work', hoursPerWeek: 24, contractType: 'temporary' },
    {
      action: 'trajectory.close',
      objectType: 'trajectory',
      objectId: trajectoryId,
      result: 'success',
      lines: [[P.trajectoryClose, [c1.bsn]]],
    },
    200,
  );
  await traced(
    'catalogue',
    'baA',
    'GET',
    '/api/v1/instruments',
    undefined,
    { action: 'instrument.list', objectType: 'instrument', objectId: null, result: 'success', lines: [] },
    200,
  );

  const admin = await t.admin();
  try {
    auditRows = await admin.query(
      `SELECT action, object_type, object_id::text, result, trace_id, actor_user_id::text, actor_organisation_id::text FROM audit_log`,
    );
    processingRows = await admin.query(
      `SELECT trace_id, processing_activity_id, name, data_subject_id, organisation_id::text FROM processing_log`,
    );
    pseudonymKey = (await admin.query<{ k: string }>(`SELECT pseudonym_key AS k FROM installation WHERE id = 'default'`))[0]!.k;
  } finally {
    await admin.close();
  }
});
afterAll(async () => t?.close());

const pseudonym = (bsn: string) => createHmac('sha256', pseudonymKey).update(bsn).digest('hex');

describe('trajectories and assignments in the audit and processing logs', () => {
  it('each request wrote exactly one audit line with actor, action, object and result', () => {
    for (const s of steps) {
      const lines = auditRows.filter((r) => r.trace_id === s.traceId);
      expect(lines, s.label).toHaveLength(1);
      expect(lines[0], s.label).toMatchObject({
        action: s.action,
        object_type: s.objectType,
        object_id: s.objectId,
        result: s.result,
        actor_user_id: users[s.who].id,
        actor_organisation_id: users[s.who].org,
      });
    }
  });

  it('each request wrote one processing line per data subject and activity, pseudonymised, in the actor’s organisation', () => {
    for (const s of steps) {
      const lines = processingRows.filter((r) => r.trace_id === s.traceId);
      const want = s.lines.flatMap(([activity, bsns]) => bsns.map((bsn) => `${activity.id}|${activity.name}|${pseudonym(bsn)}`)).sort();
      expect(lines.map((l) => `${l.processing_activity_id}|${l.name}|${l.data_subject_id}`).sort(), s.label).toEqual(want);
      for (const l of lines) expect(l.organisation_id, s.label).toBe(users[s.who].org);
    }
  });

  it('the logs hold no BSN', () => {
    for (const { bsn } of [c1, c2]) {
      expect(JSON.stringify(processingRows)).not.toContain(bsn);
      expect(JSON.stringify(auditRows)).not.toContain(bsn);
    }
  });
});
