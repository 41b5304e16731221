import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, type TestApp } from '../harness.ts';
import { createRefdataTestApp } from '../modules/refdata/factories.ts';
import { isEmpty, seedDemo } from '../../src/modules/demo/demo.seed.ts';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-data.ts';
import { RELEASES_PER_YEAR, seedAftercareDemo } from '../../src/modules/aftercare/aftercare.demo.ts';
import { addDays, todayInAmsterdam } from '../../src/kernel/dates.ts';

/**
 * The aftercare demo on top of the core demo, read back through the API as the demo's users would: a
 * year of release notices per municipality at the seed's 2004 volumes in the report, a realistic share
 * notified in time and with a warm handover, upcoming releases in the coordinator's overview (some within
 * 14 days without a handover), and the institution seeing its own notices only.
 */
describe('demo: aftercare', () => {
  let t: TestApp;
  let seeded: { notices: number; handovers: number; assessments: number };
  const today = todayInAmsterdam();
  const login = (email: string) => Agent.login(t.app, email, DEMO_PASSWORD);

  beforeAll(async () => {
    t = await createRefdataTestApp({ loginMaxPerIpPerMinute: 10_000 });
    expect(await isEmpty(t.services.database.db)).toBe(true);
    const counts = await seedDemo(t.services.database.db);
    seeded = await seedAftercareDemo({ ...counts.refs, db: t.services.database.db, today });
  }, 180_000);
  afterAll(async () => t?.close());

  it('seeds a year of notices for each demo municipality at the seed volumes', () => {
    expect(seeded.notices).toBe(535 + 500 + 292 + 276 + 156);
    expect(seeded.handovers).toBeGreaterThan(seeded.notices * 0.3);
    expect(seeded.assessments).toBeGreaterThan(seeded.notices);
  });

  it("shows each coordinator the municipality's yearly volume in the report, with real shares", async () => {
    const from = addDays(today, -364);
    for (const [key, perYear] of Object.entries(RELEASES_PER_YEAR)) {
      const coordinator = await login(`nazorgcoordinator@${key}.demo.werkplein.nl`);
      const res = await coordinator.get(`/api/v1/aftercare/report?from=${from}&to=${today}`);
      expect(res.statusCode, res.body).toBe(200);
      const { total, perInstitution } = res.json();
      expect(total.notices).toBe(perYear);
      // Roughly 56% of all releases notified in time (62% of the nine in ten that were notified).
      expect(total.notifiedInTime / perYear).toBeGreaterThan(0.45);
      expect(total.notifiedInTime / perYear).toBeLessThan(0.67);
      expect(total.withoutNotice / perYear).toBeGreaterThan(0.05);
      expect(total.withoutNotice / perYear).toBeLessThan(0.16);
      expect(total.warmHandovers / perYear).toBeGreaterThan(0.3);
      // No warm handover before a release the municipality heard of only afterwards.
      expect(total.warmHandovers).toBeLessThanOrEqual(perYear - total.withoutNotice);
      expect(total.assessedAfter6Months).toBeGreaterThan(0);
      expect(total.outflowToWork).toBeGreaterThan(0);
      // Vught, Roermond, Dordrecht and the releases from an unknown institution.
      expect(perInstitution.map((r: { label: string }) => r.label)).toContain('Penitentiaire Inrichting Vught');
    }
  });

  it("lists upcoming releases in the coordinator's overview, some within 14 days without a warm handover", async () => {
    const coordinator = await login('nazorgcoordinator@eindhoven.demo.werkplein.nl');
    const res = await coordinator.get('/api/v1/aftercare/notices');
    expect(res.statusCode).toBe(200);
    const notices: { releasedOn: string | null; expectedReleaseOn: string; handoverPlanned: boolean; municipalityName: string }[] =
      res.json();
    const upcoming = notices.filter((n) => n.releasedOn === null && n.expectedReleaseOn >= today);
    expect(upcoming.length).toBeGreaterThan(20);
    expect(upcoming.some((n) => n.expectedReleaseOn <= addDays(today, 14) && !n.handoverPlanned)).toBe(true);
    expect(upcoming.some((n) => n.handoverPlanned)).toBe(true);
    expect(new Set(notices.map((n) => n.municipalityName))).toEqual(new Set(['Gemeente Eindhoven']));
  });

  it('shows an institution its own notices only, to all five municipalities', async () => {
    const vught = await login('inrichtingsmedewerker@pi-vught.demo.werkplein.nl');
    const res = await vught.get('/api/v1/aftercare/notices?status=all');
    expect(res.statusCode).toBe(200);
    const notices: { institutionName: string | null; municipalityName: string }[] = res.json();
    expect(notices.length).toBeGreaterThan(500);
    expect(new Set(notices.map((n) => n.institutionName))).toEqual(new Set(['Penitentiaire Inrichting Vught']));
    expect(new Set(notices.map((n) => n.municipalityName)).size).toBe(5);
  });

  it("gives the beleidsadviseur the report but no person's notice", async () => {
    const analyst = await login('beleidsadviseur@tilburg.demo.werkplein.nl');
    expect((await analyst.get('/api/v1/aftercare/notices')).statusCode).toBe(403);
    const res = await analyst.get(`/api/v1/aftercare/report?from=${addDays(today, -364)}&to=${today}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total.notices).toBe(500);
  });
});
