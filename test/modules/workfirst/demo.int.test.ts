import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { newId } from '../../../src/kernel/ids.ts';
import { seedWorkfirstDemo } from '../../../src/modules/workfirst/workfirst.demo.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { openTestWorld, type World } from '../../factories.ts';
import { newClient } from './factories.ts';

/** The Work First demo seeding writes through row-level security and gives the report and the week list real shapes. */
let t: TestApp;
let world: World;
let kmA: Agent;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
});
afterAll(async () => t?.close());

describe('the Work First demo', () => {
  it('seeds applications, placements, attendance and measures the API shows', async () => {
    const kmId = (await kmA.get('/api/v1/sessions/current')).json().user.id as string;
    const clients = [];
    for (let i = 0; i < 60; i++) {
      const dateOfBirth = i % 3 === 0 ? '2002-03-04' : '1985-06-07';
      clients.push({ id: await newClient(kmA, { dateOfBirth }), organisationId: world.orgs.A.id, caseManagerId: kmId, dateOfBirth });
    }
    const totals = await seedWorkfirstDemo({
      db: t.services.database.db,
      today: todayInAmsterdam(),
      organisations: [
        { id: world.orgs.A.id, kind: 'gemeente' },
        { id: world.orgs.R.id, kind: 're_integratiebedrijf' },
      ],
      clients,
      id: () => newId(),
    });
    expect(totals.applications).toBeGreaterThan(0);

    const files = await Promise.all(clients.map(async (c) => (await kmA.get(`/api/v1/clients/${c.id}/workfirst`)).json()));
    const withApplication = files.filter((f) => f.applications.length > 0);
    expect(withApplication).toHaveLength(totals.applications);
    expect(files.reduce((n, f) => n + f.placements.length, 0)).toBe(totals.placements);
    expect(files.reduce((n, f) => n + f.placements.reduce((m: number, p: { measures: unknown[] }) => m + p.measures.length, 0), 0)).toBe(
      totals.measures,
    );
    for (const f of withApplication) for (const p of f.placements) expect(p.hoursPerWeek).toBeGreaterThanOrEqual(20);

    const report = await (
      await world.agent('A', 'beleidsadviseur')
    ).get(`/api/v1/workfirst/report?from=2000-01-01&to=${todayInAmsterdam()}`);
    expect(report.statusCode).toBe(200);
    expect(report.json().applications).toBe(totals.applications >= 10 ? totals.applications : null);
  });
});
