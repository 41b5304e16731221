import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createEmployer, createVacancyTestApp, newVacancy } from '../vacancies/factories.ts';
import { OCCUPATIONS, candidates, matchClient, vacancyMatches } from './factories.ts';
import { matchClients } from '../../../src/modules/matching/matching.repo.ts';
import { inTenant } from '../../../src/platform/db/database.ts';

/**
 * Age, gender, nationality, health and criminal record never enter the score. Werkplein stores no
 * nationality and no criminal record at all (checked below); age (date of birth), gender and health
 * limitations are changed on every client through the API, and the ranked lists must stay identical.
 */
describe('matching fairness: protected attributes do not change scores or order', () => {
  let t: TestApp;
  let world: World;
  let vacancyIds: string[] = [];
  let clientIds: string[] = [];

  beforeAll(async () => {
    t = await createVacancyTestApp();
    world = await createWorld(t.services.database.db, t.app);
    const employer = await createEmployer(t.services.database.db, world.orgs.A.id);
    const wgaA = await world.agent('A', 'werkgeversadviseur');
    vacancyIds = [
      (await newVacancy(wgaA, employer.id, { skills: ['schoonmaken', 'zelfstandig werken'] })).id,
      (
        await newVacancy(wgaA, employer.id, {
          occupationUri: OCCUPATIONS.orderpicker.uri,
          title: 'Orderpicker',
          hoursPerWeek: 36,
          drivingLicenceRequired: true,
          educationLevel: null,
          skills: [],
        })
      ).id,
    ];
    const kmA = await world.agent('A', 'klantmanager');
    const variants: Record<string, unknown>[] = [
      {},
      { hoursAvailable: 36, drivingLicence: true, wantedOccupationUris: [OCCUPATIONS.orderpicker.uri] },
      { hoursAvailable: 16, educationLevel: 'vmbo', skills: [] },
      { wantedOccupationUris: [OCCUPATIONS.heftruck.uri, OCCUPATIONS.schoonmaker.uri], availableFrom: '2027-06-01' },
      { wantedOccupationUris: [], maxTravelKm: 40 },
      { gender: 'man', dateOfBirth: '1960-02-01', healthLimitations: null },
      {}, // identical facts to the first: only the id orders them
    ];
    clientIds = [];
    for (const v of variants) clientIds.push((await matchClient(kmA, v)).id);
  });
  afterAll(async () => t?.close());

  async function snapshot() {
    const kmA = await world.agent('A', 'klantmanager');
    return {
      candidates: await Promise.all(vacancyIds.map((id) => candidates(kmA, id))),
      vacancies: await Promise.all(clientIds.map((id) => vacancyMatches(kmA, id))),
    };
  }

  it('changing date of birth, gender and health limitations of every client changes nothing', async () => {
    const before = await snapshot();
    expect(before.candidates[0]!.length).toBeGreaterThanOrEqual(5);
    const kmA = await world.agent('A', 'klantmanager');
    const people = [
      { dateOfBirth: '2005-01-01', gender: 'vrouw', healthLimitations: 'Epilepsie; geen nachtdiensten.' },
      { dateOfBirth: '1961-07-15', gender: 'x', healthLimitations: null },
      { dateOfBirth: '1990-12-31', gender: 'onbekend', healthLimitations: 'Psychische klachten.' },
    ];
    for (const [i, id] of clientIds.entries()) {
      const version = (await kmA.get(`/api/v1/clients/${id}`)).json().version;
      const res = await kmA.patch(`/api/v1/clients/${id}`, { version, ...people[i % people.length] });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = await snapshot();
    // The index was refreshed (the versions changed), yet every list is identical: ids, scores, parts, order.
    expect(after).toEqual(before);
  });

  it('the engine never receives those attributes: they are not in what it reads, and not stored at all', async () => {
    const rows = await inTenant(t.services.database.db, { organisationId: world.orgs.A.id, userId: null }, (tx) =>
      matchClients(tx, world.orgs.A.id),
    );
    expect(rows.length).toBe(clientIds.length);
    for (const row of rows) {
      for (const key of [
        'dateOfBirth',
        'gender',
        'healthLimitations',
        'nationality',
        'criminalRecord',
        'bsn',
        'firstName',
        'surname',
        'languages',
        'targetGroups',
      ]) {
        expect(Object.keys(row)).not.toContain(key);
      }
    }
    const admin = await t.admin();
    try {
      const columns = await admin.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'clients'`,
      );
      const names = columns.map((c) => c.column_name);
      expect(names).toContain('gender');
      expect(names.filter((n) => /national|crimin|strafblad|vog/i.test(n))).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});
