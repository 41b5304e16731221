import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { type Agent, type TestApp } from '../../harness.ts';
import { type World, openTestWorld } from '../../factories.ts';
import { closeTrajectory, createInstrument, enterCohort, newClientId, startTrajectory, type Cohort, type Outcome } from './factories.ts';
import { readZip } from '../../../src/platform/documents/zip-reader.testkit.ts';
import type { TrajectoryReport, TrajectoryReportRow } from '../../../src/modules/reports/reports.api.ts';

/**
 * The seed's PRB figures, entered through the API as users would, must come out of the report:
 * Eindhoven 2004–2005 (cohort 60): 57 admitted, 14 of the 26 closed trajectories with work, 31 running;
 * Breda 2005 (cohort 25): 21 admitted, 5 in work, 4 dropped out. Per instrument and per provider the same
 * figures, so PRB can be compared with other instruments; a provider sees only the trajectories it runs.
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let kmB: Agent;
let eindhoven: Cohort;
let breda: Cohort;
let jobcoachingId: string;

const EINDHOVEN_OUTCOMES: Outcome[] = [
  ...Array<Outcome>(14).fill('work'),
  ...Array<Outcome>(5).fill('no_result'),
  ...Array<Outcome>(4).fill('education'),
  ...Array<Outcome>(3).fill('dropped_out'),
];
const BREDA_OUTCOMES: Outcome[] = [...Array<Outcome>(5).fill('work'), ...Array<Outcome>(4).fill('dropped_out')];

async function report(agent: Agent, query: string): Promise<TrajectoryReport> {
  const res = await agent.get(`/api/v1/reports/trajectories?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TrajectoryReport>();
}

function row(r: TrajectoryReport, label: string): TrajectoryReportRow {
  const found = r.rows.find((x) => x.label === label);
  expect(found, `row ${label} in ${r.rows.map((x) => x.label).join(', ')}`).toBeDefined();
  return found!;
}

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
  kmB = await world.agent('B', 'klantmanager');

  // Eindhoven: spend approved for two clients who found work and one still running (EUR 4,500 in all).
  eindhoven = await enterCohort(
    t,
    kmA,
    {
      programme: {
        name: 'PRB Eindhoven 2004–2005',
        periodStart: '2004-01-01',
        periodEnd: '2005-12-31',
        cohortSize: 60,
        maxBudgetPerClient: '5000',
      },
      firstAdmission: '2004-01-12',
      outcomes: EINDHOVEN_OUTCOMES,
      running: 31,
      closedOn: '2005-11-30',
      spend: { 0: '1000', 1: '3000', 40: '500' },
    },
    'Eindhoven',
  );
  // Breda is another municipality (B): its programme is not in Eindhoven's report.
  breda = await enterCohort(
    t,
    kmB,
    {
      programme: { name: 'PRB Breda 2005', periodStart: '2005-01-01', periodEnd: '2005-12-31', cohortSize: 25, maxBudgetPerClient: '5000' },
      firstAdmission: '2005-02-01',
      outcomes: BREDA_OUTCOMES,
      running: 12,
      closedOn: '2005-12-15',
    },
    'Breda',
  );

  // Other instruments next to PRB in Eindhoven: job coaching, twice by provider R, once by the municipality itself.
  jobcoachingId = await createInstrument(await world.agent('A', 'functioneel_beheerder'), 'Jobcoaching', 'job_coaching');
  const [c1, c2, c3] = [
    await newClientId(kmA, { surname: 'Coach' }),
    await newClientId(kmA, { surname: 'Coach' }),
    await newClientId(kmA, { surname: 'Coach' }),
  ];
  const ladder = (clientId: string, rung: number, assessedOn: string) =>
    kmA.post(`/api/v1/clients/${clientId}/ladder-assessments`, { rung, growthPotential: 5, assessedOn });
  expect((await ladder(c1, 2, '2005-01-15')).statusCode).toBe(201);
  const R = world.orgs.R.id;
  const t1 = await startTrajectory(kmA, c1, {
    instrumentId: jobcoachingId,
    providerOrganisationId: R,
    startDate: '2005-03-01',
    plannedEndDate: '2005-12-31',
    cost: '1500',
    goalRung: 5,
  });
  await startTrajectory(kmA, c2, {
    instrumentId: jobcoachingId,
    providerOrganisationId: R,
    startDate: '2005-04-01',
    plannedEndDate: '2005-12-31',
    cost: '1500',
    goalRung: 5,
  });
  const t3 = await startTrajectory(kmA, c3, {
    instrumentId: jobcoachingId,
    startDate: '2005-05-01',
    plannedEndDate: '2005-12-31',
    cost: '900',
    goalRung: 4,
  });
  expect((await ladder(c1, 4, '2005-08-15')).statusCode).toBe(201);
  await closeTrajectory(kmA, t1, 'work', '2005-09-01');
  await closeTrajectory(kmA, t3, 'no_result', '2005-10-01');
}, 600_000);
afterAll(async () => t?.close());

describe('the seed figures per programme', () => {
  it('Eindhoven 2004–2005: 57 admitted, 14 of 26 closed trajectories with work, 31 running', async () => {
    expect(eindhoven.participants).toHaveLength(57);
    const r = await report(kmA, 'groupBy=programme');
    expect(r.rows.map((x) => x.label)).toEqual(['PRB Eindhoven 2004–2005']);
    expect(row(r, 'PRB Eindhoven 2004–2005')).toEqual({
      key: eindhoven.programmeId,
      label: 'PRB Eindhoven 2004–2005',
      started: 57,
      running: 31,
      closed: 26,
      closedWithWork: 14,
      droppedOut: 3,
      percentClosedWithWork: 53.8,
      averageSpendCents: 7895, // EUR 4,500 committed / 57 = EUR 78.947…
      costPerPlacementCents: 32143, // EUR 4,500 / 14 = EUR 321.428…
      averageRungChange: null,
    });
    // Only PRB trajectories count per programme: the job-coaching trajectories are not in the total.
    expect(r.total).toMatchObject({
      key: null,
      label: 'Totaal',
      started: 57,
      running: 31,
      closed: 26,
      closedWithWork: 14,
      percentClosedWithWork: 53.8,
    });
  });

  it('Breda 2005: 5 of 21 clients in work, 4 dropped out', async () => {
    expect(breda.participants).toHaveLength(21);
    const r = await report(kmB, 'groupBy=programme');
    expect(r.rows.map((x) => x.label)).toEqual(['PRB Breda 2005']);
    expect(row(r, 'PRB Breda 2005')).toMatchObject({
      key: breda.programmeId,
      started: 21,
      running: 12,
      closed: 9,
      closedWithWork: 5,
      droppedOut: 4,
      percentClosedWithWork: 55.6,
      averageSpendCents: 0,
      costPerPlacementCents: 0,
    });
  });
});

describe('PRB compared with the other instruments and per provider', () => {
  it('per instrument: the PRB instrument next to job coaching, with the total over both', async () => {
    const r = await report(kmA, 'groupBy=instrument');
    expect(r.rows).toHaveLength(2);
    const coaching = row(r, 'Jobcoaching');
    expect(coaching).toEqual({
      key: jobcoachingId,
      label: 'Jobcoaching',
      started: 3,
      running: 1,
      closed: 2,
      closedWithWork: 1,
      droppedOut: 0,
      percentClosedWithWork: 50,
      averageSpendCents: 130000, // (1,500 + 1,500 + 900) / 3
      costPerPlacementCents: 390000,
      averageRungChange: 2, // rung 2 → 4 for the one trajectory with both rungs known
    });
    const prb = r.rows.find((x) => x.key !== jobcoachingId)!;
    expect(prb).toMatchObject({ started: 57, running: 31, closed: 26, closedWithWork: 14, droppedOut: 3, percentClosedWithWork: 53.8 });
    expect(r.total).toMatchObject({ started: 60, running: 32, closed: 28, closedWithWork: 15, droppedOut: 3, percentClosedWithWork: 53.6 });
    expect(r.total.averageSpendCents).toBe(Math.round((450000 + 390000) / 60));
  });

  it("per provider: the provider's trajectories, and the rest as the own organisation (last)", async () => {
    const r = await report(kmA, 'groupBy=provider');
    expect(r.rows.map((x) => x.label)).toEqual([world.orgs.R.name, 'Eigen organisatie']);
    expect(r.rows[0]).toMatchObject({
      key: world.orgs.R.id,
      started: 2,
      running: 1,
      closed: 1,
      closedWithWork: 1,
      percentClosedWithWork: 100,
      averageSpendCents: 150000,
      costPerPlacementCents: 300000,
    });
    expect(r.rows[1]).toMatchObject({ key: null, started: 58, running: 31, closed: 27, closedWithWork: 14, droppedOut: 3 });
  });

  it("a provider sees only the trajectories it runs, never the municipality's other figures", async () => {
    for (const role of ['jobcoach', 'klantmanager'] as const) {
      const agent = await world.agent('R', role);
      const byProvider = await report(agent, 'groupBy=provider');
      expect(byProvider.rows).toEqual([
        expect.objectContaining({ key: world.orgs.R.id, label: world.orgs.R.name, started: 2, running: 1, closedWithWork: 1 }),
      ]);
      expect(byProvider.total.started).toBe(2);
      const byInstrument = await report(agent, 'groupBy=instrument');
      // The instrument belongs to the municipality's catalogue: its name says whose.
      expect(byInstrument.rows).toEqual([
        expect.objectContaining({ key: jobcoachingId, label: `Jobcoaching (${world.orgs.A.name})`, started: 2 }),
      ]);
      const byProgramme = await report(agent, 'groupBy=programme');
      expect(byProgramme.rows).toEqual([]);
      expect(byProgramme.total.started).toBe(0);
    }
    // Another municipality sees none of Eindhoven's trajectories.
    expect((await report(kmB, 'groupBy=instrument')).total.started).toBe(21);
  });

  it('a policy adviser (aggregates only) reads the report; roles without reports are refused', async () => {
    const adviser = await world.agent('A', 'beleidsadviseur');
    const r = await report(adviser, 'groupBy=programme');
    expect(row(r, 'PRB Eindhoven 2004–2005')).toMatchObject({ started: 57, closed: 26, closedWithWork: 14, running: 31 });
    const body = JSON.stringify(r);
    expect(body).not.toContain('Deelnemer'); // no client names anywhere
    expect((await (await world.agent('A', 'werkgeversadviseur')).get('/api/v1/reports/trajectories?groupBy=programme')).statusCode).toBe(
      403,
    );
    expect((await (await world.agent('A', 'prb_werkadviseur')).get('/api/v1/reports/trajectories?groupBy=programme')).statusCode).toBe(403);
  });
});

describe('period filter on the start date', () => {
  it('counts only trajectories that started in the period; nothing closed gives null, not 0', async () => {
    // Breda admits every 3 days from 1 February 2005: 11 of the 21 on or after 1 March, all still running.
    const r = await report(kmB, 'groupBy=programme&from=2005-03-01&to=2005-12-31');
    expect(r).toMatchObject({ from: '2005-03-01', to: '2005-12-31' });
    expect(row(r, 'PRB Breda 2005')).toMatchObject({
      started: 11,
      running: 11,
      closed: 0,
      closedWithWork: 0,
      percentClosedWithWork: null,
      costPerPlacementCents: null,
    });
    const y2004 = await report(kmA, 'groupBy=programme&from=2004-01-01&to=2004-12-31');
    expect(row(y2004, 'PRB Eindhoven 2004–2005').started).toBe(57);
    // A programme whose period lies outside the report period and without trajectories in it is left out.
    expect((await report(kmA, 'groupBy=programme&from=2006-01-01')).rows).toEqual([]);
    // Empty parameters mean no limit.
    expect((await report(kmA, 'groupBy=instrument&from=&to=')).total.started).toBe(60);
  });

  it('refuses an end before the start (400 naming "to") and a missing or unknown grouping', async () => {
    const bad = await kmA.get('/api/v1/reports/trajectories?groupBy=programme&from=2005-12-31&to=2005-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().invalidParams).toEqual([expect.objectContaining({ name: 'to', code: 'before_from' })]);
    const exportBad = await kmA.get('/api/v1/reports/trajectories/export?groupBy=programme&format=csv&from=2005-12-31&to=2005-01-01');
    expect(exportBad.statusCode).toBe(400);
    expect(exportBad.json().invalidParams[0].name).toBe('to');
    const missing = await kmA.get('/api/v1/reports/trajectories');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams.map((p: { name: string }) => p.name)).toContain('groupBy');
    expect((await kmA.get('/api/v1/reports/trajectories?groupBy=client')).statusCode).toBe(400);
    expect((await kmA.get('/api/v1/reports/trajectories?groupBy=programme&from=31-12-2005')).json().invalidParams[0].name).toBe('from');
    expect((await kmA.get('/api/v1/reports/trajectories/export?groupBy=programme&format=pdf')).json().invalidParams[0].name).toBe('format');
  });
});

describe('exports', () => {
  it('CSV: UTF-8 with BOM, ";" and Dutch headers, the seed figures and the total', async () => {
    const res = await kmA.get('/api/v1/reports/trajectories/export?groupBy=programme&format=csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="trajectresultaten-per-programma.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Programma;Toegelaten;Lopend;Afgesloten;Afgesloten met werk;Uitgevallen;% afgesloten met werk;Gemiddelde besteding (€);Kosten per plaatsing (€);Gemiddelde verandering trede',
    );
    expect(lines[1]).toBe('PRB Eindhoven 2004–2005;57;31;26;14;3;53,8;78,95;321,43;');
    expect(lines[2]).toBe('Totaal;57;31;26;14;3;53,8;78,95;321,43;');
    expect(lines.slice(3)).toEqual(['']);

    const bredaCsv = (
      await kmB.get('/api/v1/reports/trajectories/export?groupBy=programme&format=csv&from=2005-01-01&to=2005-12-31')
    ).rawPayload.toString('utf8');
    expect(bredaCsv).toContain('\r\nPRB Breda 2005;21;12;9;5;4;55,6;0,00;0,00;\r\n');
    expect(bredaCsv).not.toContain('Eindhoven');
  });

  it('XLSX: a workbook whose sheet holds the figures as numbers, PRB next to job coaching', async () => {
    const res = await kmA.get('/api/v1/reports/trajectories/export?groupBy=instrument&format=xlsx&from=2004-01-01&to=2005-12-31');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="trajectresultaten-per-instrument-van-2004-01-01-tot-2005-12-31.xlsx"',
    );
    const parts = new Map(readZip(res.rawPayload).map((e) => [e.name, e.data.toString('utf8')]));
    expect([...parts.keys()]).toContain('xl/styles.xml');
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const rows = [...sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map((m) => m[2]!);
    expect(rows).toHaveLength(4); // header, two instruments, total
    const text = (r: string) => [...r.matchAll(/<t xml:space="preserve">(.*?)<\/t>/g)].map((m) => m[1]);
    const numbers = (r: string) => [...r.matchAll(/<v>(.*?)<\/v>/g)].map((m) => Number(m[1]));
    expect(text(rows[0]!)).toEqual([
      'Instrument',
      'Gestart',
      'Lopend',
      'Afgesloten',
      'Afgesloten met werk',
      'Uitgevallen',
      '% afgesloten met werk',
      'Gemiddelde besteding (€)',
      'Kosten per plaatsing (€)',
      'Gemiddelde verandering trede',
    ]);
    const coaching = rows.find((r) => text(r)[0] === 'Jobcoaching')!;
    expect(numbers(coaching)).toEqual([3, 1, 2, 1, 0, 50, 1300, 3900, 2]);
    const prb = rows.find((r, i) => i > 0 && !['Jobcoaching', 'Totaal'].includes(text(r)[0]!))!;
    expect(numbers(prb)).toEqual([57, 31, 26, 14, 3, 53.8, 78.95, 321.43]);
    const total = rows[3]!;
    expect(text(total)).toEqual(['Totaal']);
    expect(numbers(total).slice(0, 6)).toEqual([60, 32, 28, 15, 3, 53.6]);
  });

  it("a provider's export holds only its own row", async () => {
    const res = await (await world.agent('R', 'jobcoach')).get('/api/v1/reports/trajectories/export?groupBy=provider&format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const sheet = readZip(res.rawPayload)
      .find((e) => e.name === 'xl/worksheets/sheet1.xml')!
      .data.toString('utf8');
    expect(sheet).toContain(world.orgs.R.name);
    expect(sheet).not.toContain('Eigen organisatie');
    expect(sheet).not.toContain('<v>57</v>');
    const csv = (
      await (await world.agent('R', 'jobcoach')).get('/api/v1/reports/trajectories/export?groupBy=provider&format=csv')
    ).rawPayload.toString('utf8');
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      `${world.orgs.R.name};2;1;1;1;0;100,0;1500,00;3000,00;2,0`,
      'Totaal;2;1;1;1;0;100,0;1500,00;3000,00;2,0',
    ]);
  });
});

describe('logs', () => {
  async function traced(agent: Agent, url: string): Promise<{ res: LightMyRequestResponse; traceId: string }> {
    const traceId = randomBytes(16).toString('hex');
    const res = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `wp_session=${agent.cookie}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    return { res, traceId };
  }

  it('every report and export writes one audit line, and no processing-log line (aggregates carry no data subject)', async () => {
    const adviser = await world.agent('A', 'beleidsadviseur');
    const read = await traced(adviser, '/api/v1/reports/trajectories?groupBy=programme');
    const csv = await traced(kmA, '/api/v1/reports/trajectories/export?groupBy=provider&format=csv');
    const refused = await traced(kmA, '/api/v1/reports/trajectories?groupBy=programme&from=2005-12-31&to=2005-01-01');
    expect([read.res.statusCode, csv.res.statusCode, refused.res.statusCode]).toEqual([200, 200, 400]);
    const admin = await t.admin();
    try {
      const audit = async (traceId: string) =>
        admin.query<{ action: string; object_type: string; result: string; actor_organisation_id: string }>(
          'SELECT action, object_type, result, actor_organisation_id FROM audit_log WHERE trace_id = $1',
          [traceId],
        );
      expect(await audit(read.traceId)).toEqual([
        {
          action: 'report.trajectories.programme',
          object_type: 'trajectory_report',
          result: 'success',
          actor_organisation_id: world.orgs.A.id,
        },
      ]);
      expect(await audit(csv.traceId)).toEqual([
        {
          action: 'report.trajectories.provider.export_csv',
          object_type: 'trajectory_report',
          result: 'success',
          actor_organisation_id: world.orgs.A.id,
        },
      ]);
      expect(await audit(refused.traceId)).toEqual([
        expect.objectContaining({ action: 'report.trajectories.programme', result: 'invalid' }),
      ]);
      for (const traceId of [read.traceId, csv.traceId, refused.traceId]) {
        expect(await admin.query('SELECT id FROM processing_log WHERE trace_id = $1', [traceId])).toEqual([]);
      }
    } finally {
      await admin.close();
    }
  });
});
