import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { type Agent, type TestApp } from '../harness.ts';
import { clientInput, type World, nextBsn, openTestWorld } from '../factories.ts';
import type { AdminSql } from '../../src/platform/db/admin.ts';
import type { ProcessingActivity } from '../../src/platform/audit/processing-activity.ts';
import { CLIENTS_ACTIVITIES } from '../../src/modules/clients/clients.activities.ts';
import { LADDER_ACTIVITIES } from '../../src/modules/ladder/ladder.activities.ts';

/**
 * Every read or change of a client file leaves exactly one audit line (who did what, with which result)
 * and one processing-log line per data subject (Logboek Dataverwerkingen), joined by the request's trace id.
 * The data subject is a keyed pseudonym of the BSN, never the BSN itself.
 */

type OrgKey = 'A' | 'B' | 'R';
interface Expect {
  action: string;
  objectType: string;
  objectId: string | null;
  result: 'success' | 'not_found' | 'denied' | 'conflict';
  org: OrgKey;
  user: string;
  /** Processing-log lines expected: the activity and the BSNs of the data subjects (empty: none). */
  activity?: ProcessingActivity;
  bsns: string[];
}
interface Done extends Expect {
  label: string;
  traceId: string;
  spanId: string;
  res: LightMyRequestResponse;
}
interface AuditRow {
  id: string;
  occurred_at: Date | string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  origin: string | null;
  trace_id: string | null;
}
interface ProcessingRow {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  status: string;
  start_time: Date | string;
  end_time: Date | string;
  processing_activity_id: string;
  data_subject_id: string;
  data_subject_id_type: string;
  organisation_id: string | null;
}

const P = { ...CLIENTS_ACTIVITIES, ...LADDER_ACTIVITIES };
let t: TestApp;
let world: World;
const agents = {} as Record<'kmA' | 'jcA' | 'wgaA' | 'kmB' | 'kmR' | 'jcR', Agent>;
const userIds = {} as Record<keyof typeof agents, string>;
const done: Done[] = [];
let auditRows: AuditRow[] = [];
let processingRows: ProcessingRow[] = [];
let auditBefore = 0;
let processingBefore = 0;
let pseudonymKey = '';
let startedAt = 0;
/** One request with its own W3C traceparent, so its log lines can be found by trace id. */
async function traced(
  label: string,
  who: keyof typeof agents,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body: unknown,
  expected: Omit<Expect, 'user' | 'org'>,
) {
  const agent = agents[who];
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  const headers: Record<string, string> = { cookie: `wp_session=${agent.cookie}`, traceparent: `00-${traceId}-${spanId}-01` };
  if (method !== 'GET') headers['x-csrf-token'] = agent.csrfToken;
  const res = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  const org = who.endsWith('A') ? 'A' : who.endsWith('B') ? 'B' : 'R';
  const step: Done = { ...expected, label, traceId, spanId, res, org, user: userIds[who] };
  done.push(step);
  return step;
}

async function snapshot(fn: (admin: AdminSql) => Promise<void>) {
  const admin = await t.admin();
  try {
    await fn(admin);
  } finally {
    await admin.close();
  }
}

let c1: { id: string; bsn: string };
let c2: { id: string; bsn: string };
let c3: { id: string; bsn: string };
let twinInB: { id: string; bsn: string };
let surname: string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  const roles = {
    kmA: ['A', 'klantmanager'],
    jcA: ['A', 'jobcoach'],
    wgaA: ['A', 'werkgeversadviseur'],
    kmB: ['B', 'klantmanager'],
    kmR: ['R', 'klantmanager'],
    jcR: ['R', 'jobcoach'],
  } as const;
  for (const [k, [org, role]] of Object.entries(roles)) {
    const agent = await world.agent(org, role);
    agents[k as keyof typeof agents] = agent;
    userIds[k as keyof typeof agents] = (await agent.get('/api/v1/sessions/current')).json().user.id;
  }
  await snapshot(async (admin) => {
    auditBefore = Number((await admin.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_log`))[0]!.n);
    processingBefore = Number((await admin.query<{ n: string }>(`SELECT count(*)::text AS n FROM processing_log`))[0]!.n);
    pseudonymKey = (await admin.query<{ k: string }>(`SELECT pseudonym_key AS k FROM installation WHERE id = 'default'`))[0]!.k;
  });
  startedAt = Date.now();

  surname = `Logboek${Date.now().toString(36)}`;
  const register = async (label: string, firstName: string) => {
    const input = clientInput({ bsn: nextBsn(), firstName, surname });
    const step = await traced(label, 'kmA', 'POST', '/api/v1/clients', input, {
      action: 'client.create',
      objectType: 'client',
      objectId: null,
      result: 'success',
      activity: P.clientRegister,
      bsns: [input.bsn as string],
    });
    expect(step.res.statusCode, step.res.body).toBe(201);
    step.objectId = step.res.json().id;
    return { id: step.res.json().id as string, bsn: input.bsn as string };
  };
  c1 = await register('register c1', 'Anna');
  c2 = await register('register c2', 'Bram');
  c3 = await register('register c3', 'Cor');

  const ok = (step: Done, status = 200) => expect(step.res.statusCode, `${step.label}: ${step.res.body}`).toBe(status);
  ok(
    await traced('read file', 'kmA', 'GET', `/api/v1/clients/${c1.id}`, undefined, {
      action: 'client.read',
      objectType: 'client',
      objectId: c1.id,
      result: 'success',
      activity: P.clientView,
      bsns: [c1.bsn],
    }),
  );
  ok(
    await traced('read file by jobcoach', 'jcA', 'GET', `/api/v1/clients/${c1.id}`, undefined, {
      action: 'client.read',
      objectType: 'client',
      objectId: c1.id,
      result: 'success',
      activity: P.clientView,
      bsns: [c1.bsn],
    }),
  );
  ok(
    await traced(
      'edit file',
      'kmA',
      'PATCH',
      `/api/v1/clients/${c1.id}`,
      { version: 1, hoursAvailable: 16 },
      { action: 'client.update', objectType: 'client', objectId: c1.id, result: 'success', activity: P.clientUpdate, bsns: [c1.bsn] },
    ),
  );
  ok(
    await traced('caseload', 'kmA', 'GET', `/api/v1/clients?q=${surname}`, undefined, {
      action: 'client.list',
      objectType: 'client',
      objectId: null,
      result: 'success',
      activity: P.clientList,
      bsns: [c1.bsn, c2.bsn, c3.bsn],
    }),
  );
  ok(
    await traced('caseload page 2 of 2', 'kmA', 'GET', `/api/v1/clients?q=${surname}&page=2&pageSize=2`, undefined, {
      action: 'client.list',
      objectType: 'client',
      objectId: null,
      result: 'success',
      activity: P.clientList,
      bsns: [c3.bsn],
    }),
  );
  ok(
    await traced('empty caseload search', 'kmA', 'GET', `/api/v1/clients?q=niemand-${surname}`, undefined, {
      action: 'client.list',
      objectType: 'client',
      objectId: null,
      result: 'success',
      bsns: [],
    }),
  );
  ok(
    await traced(
      'search by BSN',
      'kmA',
      'POST',
      '/api/v1/clients/search',
      { bsn: c2.bsn },
      { action: 'client.search_bsn', objectType: 'client', objectId: null, result: 'success', activity: P.clientSearchBsn, bsns: [c2.bsn] },
    ),
  );
  const granted = await traced(
    'grant consent',
    'kmA',
    'POST',
    `/api/v1/clients/${c1.id}/consents`,
    { organisationId: world.orgs.R.id },
    { action: 'consent.grant', objectType: 'client', objectId: c1.id, result: 'success', activity: P.consentChange, bsns: [c1.bsn] },
  );
  ok(granted, 201);
  ok(
    await traced('list consents', 'kmA', 'GET', `/api/v1/clients/${c1.id}/consents`, undefined, {
      action: 'consent.list',
      objectType: 'client',
      objectId: c1.id,
      result: 'success',
      activity: P.consentView,
      bsns: [c1.bsn],
    }),
  );
  const ladder = await traced(
    'record ladder',
    'kmA',
    'POST',
    `/api/v1/clients/${c1.id}/ladder-assessments`,
    { rung: 3, growthPotential: 4, assessedOn: '2025-04-01' },
    {
      action: 'ladder.record',
      objectType: 'ladder_assessment',
      objectId: null,
      result: 'success',
      activity: P.ladderRecord,
      bsns: [c1.bsn],
    },
  );
  ok(ladder, 201);
  ladder.objectId = ladder.res.json().id;
  ok(
    await traced('ladder history', 'kmA', 'GET', `/api/v1/clients/${c1.id}/ladder-assessments`, undefined, {
      action: 'ladder.list',
      objectType: 'client',
      objectId: c1.id,
      result: 'success',
      activity: P.ladderView,
      bsns: [c1.bsn],
    }),
  );
  ok(
    await traced('partner reads shared file', 'jcR', 'GET', `/api/v1/clients/${c1.id}`, undefined, {
      action: 'client.read',
      objectType: 'client',
      objectId: c1.id,
      result: 'success',
      activity: P.clientView,
      bsns: [c1.bsn],
    }),
  );
  ok(
    await traced('partner reads shared ladder', 'kmR', 'GET', `/api/v1/clients/${c1.id}/ladder-assessments`, undefined, {
      action: 'ladder.list',
      objectType: 'client',
      objectId: c1.id,
      result: 'success',
      activity: P.ladderView,
      bsns: [c1.bsn],
    }),
  );
  ok(
    await traced(
      'partner tries to edit',
      'kmR',
      'PATCH',
      `/api/v1/clients/${c1.id}`,
      { version: 2, hoursAvailable: 1 },
      { action: 'client.update', objectType: 'client', objectId: c1.id, result: 'denied', bsns: [] },
    ),
    403,
  );
  ok(
    await traced(
      'withdraw consent',
      'kmA',
      'POST',
      `/api/v1/clients/${c1.id}/consents/${granted.res.json().id}/withdraw`,
      {},
      { action: 'consent.withdraw', objectType: 'client', objectId: c1.id, result: 'success', activity: P.consentChange, bsns: [c1.bsn] },
    ),
  );
  ok(
    await traced('partner after withdrawal', 'kmR', 'GET', `/api/v1/clients/${c1.id}`, undefined, {
      action: 'client.read',
      objectType: 'client',
      objectId: c1.id,
      result: 'not_found',
      bsns: [],
    }),
    404,
  );
  ok(
    await traced("another municipality opens A's file", 'kmB', 'GET', `/api/v1/clients/${c1.id}`, undefined, {
      action: 'client.read',
      objectType: 'client',
      objectId: c1.id,
      result: 'not_found',
      bsns: [],
    }),
    404,
  );
  ok(
    await traced(
      'stale edit',
      'kmA',
      'PATCH',
      `/api/v1/clients/${c1.id}`,
      { version: 1, hoursAvailable: 2 },
      { action: 'client.update', objectType: 'client', objectId: c1.id, result: 'conflict', bsns: [] },
    ),
    409,
  );
  ok(
    await traced('role without access to files', 'wgaA', 'GET', `/api/v1/clients/${c1.id}`, undefined, {
      action: 'getClient',
      objectType: 'route',
      objectId: '/api/v1/clients/:id',
      result: 'denied',
      bsns: [],
    }),
    403,
  );
  // The same person registered in another municipality: a separate file, the same data subject.
  const twin = clientInput({ bsn: c1.bsn, surname });
  const twinStep = await traced('same BSN in B', 'kmB', 'POST', '/api/v1/clients', twin, {
    action: 'client.create',
    objectType: 'client',
    objectId: null,
    result: 'success',
    activity: P.clientRegister,
    bsns: [c1.bsn],
  });
  ok(twinStep, 201);
  twinStep.objectId = twinStep.res.json().id;
  twinInB = { id: twinStep.res.json().id, bsn: c1.bsn };
  ok(
    await traced('read twin in B', 'kmB', 'GET', `/api/v1/clients/${twinInB.id}`, undefined, {
      action: 'client.read',
      objectType: 'client',
      objectId: twinInB.id,
      result: 'success',
      activity: P.clientView,
      bsns: [c1.bsn],
    }),
  );

  await snapshot(async (admin) => {
    auditRows = await admin.query<AuditRow>(
      `SELECT id::text, occurred_at, actor_user_id, actor_organisation_id, action, object_type, object_id, result, origin, trace_id FROM audit_log ORDER BY id`,
    );
    processingRows = await admin.query<ProcessingRow>(
      `SELECT trace_id, span_id, parent_span_id, name, status, start_time, end_time, processing_activity_id, data_subject_id, data_subject_id_type, organisation_id::text FROM processing_log ORDER BY id`,
    );
  });
});
afterAll(async () => t?.close());

const pseudonym = (bsn: string) => createHmac('sha256', pseudonymKey).update(bsn).digest('hex');
const orgId = (k: OrgKey) => world.orgs[k].id;

describe('audit log', () => {
  it('each request wrote exactly one audit line, and nothing else was written', () => {
    for (const step of done) {
      const lines = auditRows.filter((r) => r.trace_id === step.traceId);
      expect(lines, step.label).toHaveLength(1);
    }
    expect(auditRows.length - auditBefore).toBe(done.length);
  });

  it('the line records actor, organisation, action, object, result, origin and time', () => {
    for (const step of done) {
      const line = auditRows.find((r) => r.trace_id === step.traceId)!;
      expect(line, step.label).toMatchObject({
        actor_user_id: step.user,
        actor_organisation_id: orgId(step.org),
        action: step.action,
        object_type: step.objectType,
        object_id: step.objectId,
        result: step.result,
        origin: '127.0.0.1',
      });
      const at = new Date(line.occurred_at).getTime();
      expect(at, step.label).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(at, step.label).toBeLessThanOrEqual(Date.now());
    }
  });

  it("a 404 on another organisation's client is audited as not_found for the requester", () => {
    const step = done.find((s) => s.label === "another municipality opens A's file")!;
    const line = auditRows.find((r) => r.trace_id === step.traceId)!;
    expect(line).toMatchObject({ result: 'not_found', object_id: c1.id, actor_organisation_id: orgId('B'), action: 'client.read' });
  });
});

describe('processing log (Logboek Dataverwerkingen)', () => {
  it('one line per data subject, with the processing activity of the operation, sharing the trace id of the audit line', () => {
    for (const step of done) {
      const lines = processingRows.filter((r) => r.trace_id === step.traceId);
      expect(lines.length, step.label).toBe(step.bsns.length);
      expect(lines.map((l) => l.data_subject_id).sort(), step.label).toEqual(step.bsns.map(pseudonym).sort());
      for (const line of lines) {
        expect(line, step.label).toMatchObject({
          processing_activity_id: step.activity!.id,
          name: step.activity!.name,
          status: 'ok',
          data_subject_id_type: 'pseudoniem-bsn',
          organisation_id: orgId(step.org),
        });
        expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
        // All lines of one request hang under that request's span.
        expect(line.parent_span_id).toMatch(/^[0-9a-f]{16}$/);
        expect(line.parent_span_id).toBe(lines[0]!.parent_span_id);
        expect(new Date(line.start_time).getTime()).toBeLessThanOrEqual(new Date(line.end_time).getTime());
      }
    }
    const expectedTotal = done.reduce((n, s) => n + s.bsns.length, 0);
    expect(processingRows.length - processingBefore).toBe(expectedTotal);
  });

  it('refusals (not found, denied, conflict) leave no processing line', () => {
    for (const step of done.filter((s) => s.result !== 'success')) {
      expect(
        processingRows.filter((r) => r.trace_id === step.traceId),
        step.label,
      ).toEqual([]);
    }
  });

  it('a list writes one line per client on the page, each with its own span', () => {
    const page = done.find((s) => s.label === 'caseload')!;
    const lines = processingRows.filter((r) => r.trace_id === page.traceId);
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.data_subject_id)).size).toBe(3);
    expect(new Set(lines.map((l) => l.span_id)).size).toBe(3);
  });

  it('the data subject id is a 64-hex pseudonym, never the BSN, and the same for the same BSN', () => {
    const subjects = new Set(processingRows.map((r) => r.data_subject_id));
    for (const id of subjects) expect(id).toMatch(/^[0-9a-f]{64}$/);
    for (const { bsn } of [c1, c2, c3]) {
      for (const r of processingRows) {
        expect(r.data_subject_id).not.toContain(bsn);
        expect(JSON.stringify(r)).not.toContain(bsn);
      }
    }
    // Every processing line about c1 — by A, by the partner, and by B's own file for the same BSN — has one id.
    const aboutC1 = done.filter((s) => s.bsns.length === 1 && s.bsns[0] === c1.bsn).map((s) => s.traceId);
    const ids = new Set(processingRows.filter((r) => aboutC1.includes(r.trace_id)).map((r) => r.data_subject_id));
    expect(ids).toEqual(new Set([pseudonym(c1.bsn)]));
    expect(pseudonym(c1.bsn)).not.toBe(pseudonym(c2.bsn));
  });

  it('the audit log holds no BSN either', () => {
    for (const { bsn } of [c1, c2, c3]) expect(JSON.stringify(auditRows)).not.toContain(bsn);
  });
});
