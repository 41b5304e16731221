import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, type TestApp } from '../harness.ts';
import { createRefdataTestApp } from '../modules/refdata/factories.ts';
import { demoId, isEmpty, seedDemo } from '../../src/modules/demo/demo.seed.ts';
import { DEMO_PASSWORD, generateDemo, type DemoData } from '../../src/modules/demo/demo-data.ts';
import { generateRoutes, type DemoRoutes } from '../../src/modules/demo/demo-routes.ts';
import { contentHash } from '../../src/modules/polis/polis.rules.ts';
import { clients } from '../../src/modules/clients/clients.schema.ts';
import { inTenant } from '../../src/platform/db/database.ts';

/**
 * The full demo (300 clients) with its routes to work, loaded as `werkplein start` loads it, and read back
 * through the API as the demo's users would: the PRB programme figures, the report per programme, the
 * portal client's polis and PRB budget, and the jobcoach who sees only the clients assigned to Stapvoort.
 */
describe('demo: routes to work', () => {
  let t: TestApp;
  let demo: DemoData;
  let routes: DemoRoutes;
  const login = (email: string) => Agent.login(t.app, email, DEMO_PASSWORD);
  const programmeId = (key: string) => demoId(`prb-programme:${key}`);
  /** Stapvoort's clients: assigned now, once assigned (ended) and never assigned; none of the latter two shared by consent. */
  const stapvoortClients = () => {
    const active = new Set(routes.assignments.flatMap((a) => a.clients.filter((c) => c.endedOn === null).map((c) => c.clientKey)));
    const consented = new Set(
      [...demo.clients, ...routes.extraClients].filter((c) => c.consents.some((k) => k.organisationKey === 'stapvoort')).map((c) => c.key),
    );
    const ended = routes.assignments
      .flatMap((a) => a.clients)
      .find((c) => c.endedOn !== null && !active.has(c.clientKey) && !consented.has(c.clientKey))!.clientKey;
    const never = demo.clients.find(
      (c) => !active.has(c.key) && !consented.has(c.key) && !routes.trajectories.some((x) => x.clientKey === c.key && x.providerKey),
    )!.key;
    return { active, consented, ended, never };
  };

  beforeAll(async () => {
    t = await createRefdataTestApp({ loginMaxPerIpPerMinute: 10_000 });
    expect(await isEmpty(t.services.database.db)).toBe(true);
    demo = generateDemo();
    routes = generateRoutes(demo);
    const counts = await seedDemo(t.services.database.db, demo, undefined, routes);
    expect(counts).toMatchObject({
      clients: 300,
      extraClients: routes.extraClients.length,
      trajectories: routes.trajectories.length,
      prbParticipants: 86,
    });
  }, 120_000);
  afterAll(async () => t?.close());

  it('stores everything it generated, within the database checks', async () => {
    const admin = await t.admin();
    try {
      const [n] = await admin.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM clients) AS clients, (SELECT count(*)::int FROM instruments) AS instruments,
                (SELECT count(*)::int FROM trajectories) AS trajectories, (SELECT count(*)::int FROM trajectory_progress_reports) AS reports,
                (SELECT count(*)::int FROM assignment_clients) AS assigned, (SELECT count(*)::int FROM prb_participants) AS participants,
                (SELECT count(*)::int FROM prb_invoices) AS invoices, (SELECT count(*)::int FROM polis_signatures) AS signatures,
                (SELECT count(*)::int FROM client_portal_accounts) AS portal`,
      );
      expect(n).toEqual({
        clients: 300 + routes.extraClients.length,
        instruments: 40,
        trajectories: routes.trajectories.length,
        reports: routes.trajectories.reduce((s, x) => s + x.progressReports.length, 0),
        assigned: routes.assignments.reduce((s, a) => s + a.clients.length, 0),
        participants: 86,
        invoices: routes.prbProgrammes.flatMap((p) =>
          p.participants.flatMap((x) => x.proposals.flatMap((q) => q.costLines.flatMap((l) => l.commitment?.invoices ?? []))),
        ).length,
        signatures: 10,
        portal: 5,
      });
      // admitted_count is what the cohort guard counts on: it must equal the participants.
      const programmes = await admin.query<{ name: string; admitted_count: number; participants: number }>(
        `SELECT p.name, p.admitted_count, (SELECT count(*)::int FROM prb_participants x WHERE x.programme_id = p.id) AS participants FROM prb_programmes p ORDER BY p.name`,
      );
      expect(programmes).toEqual([
        { name: 'PRB Breda 2005', admitted_count: 21, participants: 21 },
        { name: 'PRB Eindhoven 2004–2005', admitted_count: 57, participants: 57 },
        { name: 'PRB Eindhoven 2006', admitted_count: 8, participants: 8 },
      ]);
      // PRB keeps the trajectory cost equal to the committed amount.
      const mismatched = await admin.query(
        `SELECT x.id FROM prb_participants x JOIN trajectories t ON t.id = x.trajectory_id WHERE t.cost_cents <> x.committed_cents OR t.prb_participant_id <> x.id`,
      );
      expect(mismatched).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it("shows the klantmanager the seed's figures of the Eindhoven and Breda programmes", async () => {
    const eindhoven = await login('klantmanager@eindhoven.demo.werkplein.nl');
    const res = await eindhoven.get(`/api/v1/prb-programmes/${programmeId('eindhoven-2004')}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({
      name: 'PRB Eindhoven 2004–2005',
      periodStart: '2004-01-01',
      periodEnd: '2005-12-31',
      cohortSize: 60,
      admittedCount: 57,
      placesLeft: 3,
      maxBudgetPerClientCents: 500_000,
    });
    expect(p.counts).toMatchObject({ admitted: 57, running: 31, closed: 26, closedWithWork: 14, droppedOut: 5 });
    expect(p.participants).toHaveLength(57);
    expect(p.advisors.map((a: { email: string }) => a.email)).toEqual(['prb_werkadviseur@eindhoven.demo.werkplein.nl']);
    for (const x of p.participants) expect(x.remainingCents).toBe(x.budgetCents - x.committedCents);

    const breda = await login('klantmanager@breda.demo.werkplein.nl');
    const b = (await breda.get(`/api/v1/prb-programmes/${programmeId('breda-2005')}`)).json();
    expect(b).toMatchObject({ name: 'PRB Breda 2005', cohortSize: 25, admittedCount: 21 });
    expect(b.counts).toMatchObject({ admitted: 21, running: 12, closed: 9, closedWithWork: 5, droppedOut: 4 });
    // Another municipality's programme does not exist for Breda.
    expect((await breda.get(`/api/v1/prb-programmes/${programmeId('eindhoven-2004')}`)).statusCode).toBe(404);
  });

  it('reports per programme the same figures', async () => {
    const rowsOf = async (email: string) => {
      const res = await (await login(email)).get('/api/v1/reports/trajectories?groupBy=programme');
      expect(res.statusCode).toBe(200);
      return res.json().rows as { label: string }[];
    };
    const eindhoven = await rowsOf('beleidsadviseur@eindhoven.demo.werkplein.nl');
    expect(eindhoven.find((r) => r.label === 'PRB Eindhoven 2004–2005')).toMatchObject({
      started: 57,
      running: 31,
      closed: 26,
      closedWithWork: 14,
      droppedOut: 5,
      percentClosedWithWork: 53.8,
    });
    expect(eindhoven.find((r) => r.label === 'PRB Eindhoven 2006')).toMatchObject({ started: 8, running: 8, closed: 0 });
    const breda = await rowsOf('klantmanager@breda.demo.werkplein.nl');
    expect(breda).toHaveLength(1);
    expect(breda[0]).toMatchObject({
      label: 'PRB Breda 2005',
      started: 21,
      running: 12,
      closed: 9,
      closedWithWork: 5,
      droppedOut: 4,
      percentClosedWithWork: 55.6,
    });
  });

  it('lets the portal client see their signed polis (hash over the content as the polis module computes it) and their PRB budget', async () => {
    const user = demo.users.find((u) => u.key === 'eindhoven.werkzoekende')!;
    const client = await login(user.email);
    const me = (await client.get('/api/v1/portal/me')).json();
    expect(me).toMatchObject({
      clientId: demoId(`client:${user.clientKey}`),
      displayName: user.name,
      organisationName: 'Gemeente Eindhoven',
    });

    const polisses = (await client.get('/api/v1/portal/polisses')).json();
    expect(polisses).toHaveLength(1);
    const [draft, signed] = polisses[0].versions;
    expect([draft.versionNumber, draft.status, signed.versionNumber, signed.status]).toEqual([2, 'draft', 1, 'signed']);
    expect(draft.contentHash).toBeNull();
    expect(draft.changeNote).toMatch(/digitale vaardigheden/);
    expect(signed.signatures.map((s: { party: string; signerName: string }) => [s.party, s.signerName])).toEqual([
      ['client', user.name],
      ['municipality', demo.users.find((u) => u.key === 'eindhoven.klantmanager')!.name],
    ]);
    const recomputed = contentHash({
      municipalityObligations: signed.municipalityObligations,
      clientObligations: signed.clientObligations,
      goalRung: signed.goalRung,
      steps: signed.steps.map(
        (s: { description: string; trajectoryId: string | null; responsible: string; startDate: string; dueDate: string }) => s,
      ),
    });
    expect(signed.contentHash).toBe(recomputed);
    for (const s of signed.signatures) expect(s.contentHash).toBe(recomputed);
    expect(signed.steps[0].trajectoryId).toBe(
      demoId(routes.polisses.find((p) => p.clientKey === user.clientKey)!.versions[0]!.steps[0]!.trajectoryKey!),
    );

    const pdf = await client.get(`/api/v1/portal/polis-versions/${signed.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);

    const prb = (await client.get('/api/v1/portal/prb')).json();
    expect(prb).toHaveLength(1);
    expect(prb[0]).toMatchObject({ programmeName: 'PRB Eindhoven 2006', budgetCents: 500_000 });
    expect(prb[0].remainingCents).toBe(500_000 - prb[0].committedCents);
    expect(prb[0].committedCents).toBeGreaterThan(0);
    const statuses = prb[0].proposals.map((q: { status: string }) => q.status).sort();
    expect(statuses).toEqual(['approved', 'returned']);
    expect(prb[0].proposals.find((q: { status: string }) => q.status === 'returned').decisionReason).toMatch(/offerte/);
    expect(prb[0].commitments.length).toBeGreaterThan(0);

    // Another gemeente's portal client sees only their own polis.
    const tilburg = await login('werkzoekende@tilburg.demo.werkplein.nl');
    const theirs = (await tilburg.get('/api/v1/portal/polisses')).json();
    expect(theirs.map((p: { clientId: string }) => p.clientId)).toEqual([
      demoId(`client:${demo.users.find((u) => u.key === 'tilburg.werkzoekende')!.clientKey}`),
    ]);
    expect((await tilburg.get('/api/v1/portal/prb')).json()).toEqual([]);
    expect((await tilburg.post(`/api/v1/portal/polis-versions/${draft.id}/sign`, {})).statusCode).toBe(403);
  });

  it("lets Stapvoort's jobcoach see the trajectories it runs and only the clients assigned to it", async () => {
    const jobcoach = await login('jobcoach@stapvoort.demo.werkplein.nl');
    const { active, ended, never } = stapvoortClients();
    // A provider sees the trajectories it runs while the client is assigned to it (finished ones drop out of view).
    const runByStapvoort = routes.trajectories.filter((x) => x.providerKey === 'stapvoort' && active.has(x.clientKey));
    expect(runByStapvoort.length).toBeGreaterThan(5);
    const seen: { id: string; provider: { name: string } | null; clientId: string }[] = [];
    for (let page = 1; ; page++) {
      const res = (await jobcoach.get(`/api/v1/trajectories?page=${page}&pageSize=100`)).json();
      seen.push(...res.items);
      if (seen.length >= res.total || res.items.length === 0) break;
    }
    expect(seen.map((x) => x.id).sort()).toEqual(runByStapvoort.map((x) => demoId(x.key)).sort());
    for (const x of seen) expect(x.provider?.name).toBe('Stapvoort Re-integratie');

    const trajectoriesOf = (clientKey: string) => jobcoach.get(`/api/v1/clients/${demoId(`client:${clientKey}`)}/trajectories`);
    expect((await trajectoriesOf(runByStapvoort[0]!.clientKey)).statusCode).toBe(200);
    expect((await trajectoriesOf(ended)).statusCode).toBe(404);
    expect((await trajectoriesOf(never)).statusCode).toBe(404);
    expect((await jobcoach.get(`/api/v1/clients/${demoId(`client:${ended}`)}`)).statusCode).toBe(404);
    expect((await jobcoach.get(`/api/v1/clients/${demoId(`client:${never}`)}`)).statusCode).toBe(404);

    // Row-level security shows Stapvoort exactly the actively assigned clients and those who consented.
    const { consented } = stapvoortClients();
    const visible = await inTenant(t.services.database.db, { organisationId: demoId('org:stapvoort'), userId: null }, (tx) =>
      tx.select({ id: clients.id }).from(clients),
    );
    expect(visible.map((r) => r.id).sort()).toEqual([...new Set([...active, ...consented])].map((k) => demoId(`client:${k}`)).sort());

    // Its own progress reports are there.
    const reported = runByStapvoort.find((x) => x.progressReports.length > 0)!;
    const reports = (await jobcoach.get(`/api/v1/trajectories/${demoId(reported.key)}/progress-reports`)).json();
    expect(reports.map((r: { text: string }) => r.text).sort()).toEqual(reported.progressReports.map((r) => r.text).sort());
  });

  // The clients service repeats the row-level-security predicate, provider assignments included (clients.repo.ts visibleTo).
  it('opens the files of the clients assigned to Stapvoort for its jobcoach, and lists exactly those (and the consented ones)', async () => {
    const jobcoach = await login('jobcoach@stapvoort.demo.werkplein.nl');
    const { active, consented } = stapvoortClients();
    expect((await jobcoach.get(`/api/v1/clients/${demoId(`client:${[...active][0]!}`)}`)).statusCode).toBe(200);
    const caseload: string[] = [];
    for (let page = 1; ; page++) {
      const res = (await jobcoach.get(`/api/v1/clients?page=${page}&pageSize=100`)).json();
      caseload.push(...res.items.map((c: { id: string }) => c.id));
      if (caseload.length >= res.total || res.items.length === 0) break;
    }
    expect(caseload.sort()).toEqual([...new Set([...active, ...consented])].map((k) => demoId(`client:${k}`)).sort());
  });

  it('shows the independent advisor from Helmond only the programme they advise', async () => {
    const advisor = await login('prb_werkadviseur@helmond.demo.werkplein.nl');
    const list = (await advisor.get('/api/v1/prb-programmes')).json();
    expect(list.map((p: { name: string; advising: boolean }) => [p.name, p.advising])).toEqual([['PRB Eindhoven 2006', true]]);
    expect((await advisor.get(`/api/v1/prb-programmes/${programmeId('eindhoven-2004')}`)).statusCode).toBe(404);
  });
});
