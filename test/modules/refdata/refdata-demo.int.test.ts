import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { Agent, type TestApp } from '../../harness.ts';
import { createRefdataTestApp } from './factories.ts';
import { inTenant } from '../../../src/platform/db/database.ts';
import { demoId, isEmpty, seedDemo } from '../../../src/modules/demo/demo.seed.ts';
import { DEMO_PASSWORD, generateDemo, type DemoData } from '../../../src/modules/demo/demo-data.ts';
import { generateEmployment, type DemoEmployment } from '../../../src/modules/demo/demo-employment.ts';
import { generateRoutes } from '../../../src/modules/demo/demo-routes.ts';
import { fixtureOccupations } from '../../../src/modules/refdata/refdata.fixtures.ts';
import { vacancies } from '../../../src/modules/vacancies/vacancies.schema.ts';

/** The demo on top of the reference-data fixture, as `werkplein start` loads it into an empty database. */
describe('demo with reference data, employers and vacancies', () => {
  let t: TestApp;
  let demo: DemoData;
  let employment: DemoEmployment;

  beforeAll(async () => {
    t = await createRefdataTestApp({ loginMaxPerIpPerMinute: 10_000 });
    expect(await isEmpty(t.services.database.db)).toBe(true);
    demo = generateDemo(undefined, 40);
    employment = generateEmployment(demo, fixtureOccupations());
    const counts = await seedDemo(t.services.database.db, demo);
    expect(counts).toMatchObject({ clients: 40, employers: employment.employers.length, vacancies: employment.vacancies.length });
  });
  afterAll(async () => t?.close());

  it('stores employers with portal links, leads, contacts, contact moments and agreements', async () => {
    const admin = await t.admin();
    try {
      const employers = await admin.query<{ name: string; kvk_number: string; portal: string | null; lead: string | null }>(
        `SELECT e.name, e.kvk_number, p.name AS portal, u.name AS lead FROM employers e
         LEFT JOIN organisations p ON p.id = e.portal_organisation_id LEFT JOIN users u ON u.id = e.lead_user_id ORDER BY e.name`,
      );
      expect(employers).toHaveLength(employment.employers.length);
      expect(employers.filter((e) => e.portal).map((e) => [e.name, e.portal])).toEqual([
        ['Bakkerij De Korenbloem', 'Bakkerij De Korenbloem'],
        ['Markdal Logistiek B.V.', 'Markdal Logistiek B.V.'],
        ['Peelland Metaaltechniek B.V.', 'Peelland Metaaltechniek B.V.'],
      ]);
      expect(employers.filter((e) => e.lead).length).toBe(employment.employers.filter((e) => e.lead).length);
      const [n] = await admin.query<{ contacts: number; moments: number; agreements: number }>(
        `SELECT (SELECT count(*)::int FROM employer_contacts) AS contacts, (SELECT count(*)::int FROM employer_contact_moments) AS moments,
                (SELECT count(*)::int FROM employer_agreements) AS agreements`,
      );
      expect(n).toEqual({
        contacts: employment.employers.flatMap((e) => e.contacts).length,
        moments: employment.employers.flatMap((e) => e.contactMoments).length,
        agreements: employment.employers.flatMap((e) => e.agreements).length,
      });
    } finally {
      await admin.close();
    }
  });

  it('every vacancy and every client points at reference data that exists', async () => {
    const admin = await t.admin();
    try {
      const dangling = await admin.query(
        `SELECT v.id FROM vacancies v
         LEFT JOIN occupations o ON o.uri = v.occupation_uri AND o.isco_code = v.isco_code
         LEFT JOIN postcode_areas a ON a.pc4 = left(v.postcode, 4)
         WHERE o.uri IS NULL OR a.pc4 IS NULL`,
      );
      expect(dangling).toEqual([]);
      const clients = await admin.query<{
        wanted_occupation_uris: string[];
        wanted_isco_codes: string[];
        known: number;
        pc4_known: boolean;
      }>(
        `SELECT c.wanted_occupation_uris, c.wanted_isco_codes,
                (SELECT count(*)::int FROM occupations o WHERE o.uri = ANY (c.wanted_occupation_uris)) AS known,
                EXISTS (SELECT 1 FROM postcode_areas a WHERE a.pc4 = left(c.postcode, 4)) AS pc4_known
         FROM clients c`,
      );
      expect(clients).toHaveLength(40 + generateRoutes(demo).extraClients.length); // + the PRB pilots' long-term clients
      for (const c of clients) {
        expect(c.wanted_occupation_uris.length).toBeGreaterThanOrEqual(1);
        expect(c.known).toBe(c.wanted_occupation_uris.length);
        expect(c.wanted_isco_codes.length).toBeGreaterThanOrEqual(1);
        expect(c.pc4_known).toBe(true); // client addresses lie in fixture PC4 areas, so travel distance works
      }
    } finally {
      await admin.close();
    }
  });

  it("vacancies pass row-level security: an organisation sees its own, its region's and the public ones", async () => {
    const tilburg = demo.organisations.find((o) => o.key === 'tilburg')!;
    const visible = await inTenant(
      t.services.database.db,
      { organisationId: demoId('org:tilburg'), userId: null, regionCode: tilburg.region },
      async (tx) => {
        const [row] = await tx.select({ n: count() }).from(vacancies);
        return row!.n;
      },
    );
    const regionOf = new Map(demo.organisations.map((o) => [o.key, o.region]));
    const expected = employment.vacancies.filter(
      (v) =>
        v.organisationKey === 'tilburg' ||
        v.visibility === 'public' ||
        (v.visibility === 'region' && regionOf.get(v.organisationKey) === tilburg.region),
    ).length;
    expect(visible).toBe(expected);
    expect(visible).toBeLessThan(employment.vacancies.length);
  });

  it('demo users find occupations, municipalities and PC4 areas', async () => {
    const km = await Agent.login(t.app, 'klantmanager@eindhoven.demo.werkplein.nl', DEMO_PASSWORD);
    expect((await km.get('/api/v1/occupations?q=heftruck')).json()[0].label).toBe('heftruckchauffeur');
    expect((await km.get('/api/v1/municipalities?q=helmond')).json()).toEqual([
      { code: 'GM0794', name: 'Helmond', regionCode: 'AM32', regionName: 'Helmond-De Peel', provinceName: 'Noord-Brabant' },
    ]);
    expect((await km.get('/api/v1/postcode-areas/5705')).json()).toMatchObject({ pc4: '5705', place: 'Helmond' });
  });
});
