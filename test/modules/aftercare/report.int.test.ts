import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import {
  handoverInput,
  inDays,
  newInstitution,
  newMunicipality,
  registerWithoutNotice,
  sendNotice,
  today,
  type Institution,
} from './factories.ts';

const period = () => `?from=${inDays(-400)}&to=${inDays(0)}`;

describe('aftercare report: aggregates, counts under 10 suppressed, small groups not named', () => {
  let t: TestApp;
  let world: World;
  let big: Institution;
  let small: Institution;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld());
    big = await newInstitution(t);
    small = await newInstitution(t);
    const staff = await big.staff();
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    // Twelve notices from the big institution: ten in time (six weeks ahead), two late (a week ahead); all with a handover, ten at work.
    for (let i = 0; i < 12; i++) {
      const n = await sendNotice(staff, world.orgs.A.id, { expectedReleaseOn: inDays(i < 10 ? 42 : 7) });
      await coordinator.post(`/api/v1/aftercare/notices/${n.id}/handovers`, handoverInput({ startsAt: `${inDays(5)}T10:00:00+01:00` }));
      if (i < 10) await coordinator.request('PUT', `/api/v1/aftercare/notices/${n.id}/work`, { workStartedOn: inDays(0) });
    }
    // Eleven released from the big institution without notice, all five basic conditions arranged (the social network may be a problem).
    const arranged = Object.fromEntries(
      ['id_document', 'housing', 'income_work', 'debts', 'care'].map((d) => [d, { status: d === 'care' ? 'not_needed' : 'arranged' }]),
    );
    for (let i = 0; i < 11; i++) {
      await registerWithoutNotice(coordinator, { institutionId: big.id, domains: { ...arranged, social_network: { status: 'problem' } } });
    }
    for (let i = 0; i < 3; i++) await sendNotice(await small.staff(), world.orgs.A.id);
    await registerWithoutNotice(coordinator);
    // Another municipality's notices are not in A's report.
    await sendNotice(staff, world.orgs.B.id);
  });
  afterAll(async () => t?.close());

  it('counts per institution, in time and with a warm handover; small counts and groups are suppressed', async () => {
    const res = await (await world.agent('A', 'beleidsadviseur')).get(`/api/v1/aftercare/report${period()}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ scope: 'municipality', suppressedBelow: 10, suppressed: true });
    expect(r.total).toMatchObject({
      notices: 27,
      notifiedInTime: 13,
      warmHandovers: 12,
      withoutNotice: 12,
      arrangedAtRelease: 11,
      assessedAfter6Months: 0,
      outflowToWork: 10,
    });
    expect(r.perInstitution).toEqual([
      expect.objectContaining({ key: big.id, label: big.name, notices: 23, notifiedInTime: 10, warmHandovers: 12, arrangedAtRelease: 11 }),
      expect.objectContaining({ key: null, label: 'Overige (elk minder dan 10)', notices: null }),
    ]);
    expect(res.body).not.toContain(small.name);
    expect(r.perMunicipality).toEqual([expect.objectContaining({ key: world.orgs.A.id, notices: 27 })]);
  });

  it('the coordinator reads it too; a period without notices gives zeros; bad periods and no region name the field', async () => {
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const empty = await coordinator.get('/api/v1/aftercare/report?from=2020-01-01&to=2020-12-31');
    expect(empty.json()).toMatchObject({ suppressed: false, total: { notices: 0 }, perInstitution: [] });
    const reversed = await coordinator.get('/api/v1/aftercare/report?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().invalidParams[0].name).toBe('to');
    const region = await coordinator.get(`/api/v1/aftercare/report${period()}&scope=region`);
    expect(region.statusCode).toBe(400);
    expect(region.json().invalidParams[0].name).toBe('scope');
  });
});

describe('aftercare report per labour-market region', () => {
  let t: TestApp;

  beforeAll(async () => {
    ({ t } = await openTestWorld());
  });
  afterAll(async () => t?.close());

  it('adds up the municipalities of the own region only, each named when it has 10 notices or more', async () => {
    const helmond = await newMunicipality(t, 'Gemeente Helmond test', 'Zuidoost-Brabant');
    const geldrop = await newMunicipality(t, 'Gemeente Geldrop test', 'Zuidoost-Brabant');
    const breda = await newMunicipality(t, 'Gemeente Breda test', 'West-Brabant');
    for (const [m, n] of [
      [helmond, 10],
      [geldrop, 3],
      [breda, 10],
    ] as const) {
      for (let i = 0; i < n; i++) await registerWithoutNotice(await m.coordinator());
    }
    const res = await (await helmond.coordinator()).get(`/api/v1/aftercare/report${period()}&scope=region`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'region', suppressed: true, total: { notices: 13, withoutNotice: 13 } });
    expect(res.json().perMunicipality).toEqual([
      expect.objectContaining({ key: helmond.id, label: 'Gemeente Helmond test', notices: 10 }),
      expect.objectContaining({ key: null, notices: null }),
    ]);
    expect(res.body).not.toContain('Geldrop');
    const own = await (await helmond.coordinator()).get(`/api/v1/aftercare/report${period()}`);
    expect(own.json().total.notices).toBe(10);
  });
});

describe('aftercare task rule: warm handover within 14 days', () => {
  let t: TestApp;
  let world: World;
  let pi: Institution;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld());
    pi = await newInstitution(t);
  });
  afterAll(async () => t?.close());

  const run = (on = today()) => t.services.worklist.runRules({ today: on, organisationIds: [world.orgs.A.id, world.orgs.B.id] });
  const handoverTasks = async (org: 'A' | 'B') =>
    (
      (await (await world.agent(org, 'nazorgcoordinator')).get('/api/v1/tasks?status=open')).json().items as {
        title: string;
        subject: { type: string; id: string };
        dueOn: string;
      }[]
    ).filter((x) => x.title === 'Nazorg: warme overdracht plannen');

  it('asks the coordinators when release is within 14 days and no handover is planned, once, and closes when one is planned', async () => {
    const staff = await pi.staff();
    const soon = await sendNotice(staff, world.orgs.A.id, { expectedReleaseOn: inDays(10) });
    const later = await sendNotice(staff, world.orgs.A.id, { expectedReleaseOn: inDays(30) });
    await run();
    const tasks = await handoverTasks('A');
    expect(tasks.map((x) => x.subject.id)).toContain(soon.id);
    expect(tasks.map((x) => x.subject.id)).not.toContain(later.id);
    expect(tasks.find((x) => x.subject.id === soon.id)).toMatchObject({ subject: { type: 'release_notice' }, dueOn: inDays(9) });
    expect(await handoverTasks('B')).toEqual([]);
    expect((await run()).created).toBe(0);

    // Sixteen days later the other one is due too.
    await run(inDays(16));
    expect((await handoverTasks('A')).map((x) => x.subject.id)).toContain(later.id);

    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const planned = await coordinator.post(
      `/api/v1/aftercare/notices/${soon.id}/handovers`,
      handoverInput({ startsAt: `${inDays(3)}T10:00:00+01:00` }),
    );
    expect(planned.statusCode, planned.body).toBe(201);
    await run();
    expect((await handoverTasks('A')).map((x) => x.subject.id)).not.toContain(soon.id);
  });
});
