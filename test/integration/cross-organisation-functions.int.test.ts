import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTenant, queryRows } from '../../src/platform/db/database.ts';
import type { Agent, TestApp } from '../harness.ts';
import { createWorld, type World } from '../factories.ts';
import {
  createEmployer,
  createVacancyTestApp,
  newClient,
  newVacancy,
  PLACEMENT,
  propose,
  setRegion,
} from '../modules/vacancies/factories.ts';

/**
 * The database functions behind the rules that concern more than one organisation (migration 0010) check the
 * caller themselves: called directly as the application role, they refuse what the services never ask.
 */

let t: TestApp;
let world: World;
let kmA: Agent;
let wgaA: Agent;
let employerId: string;

beforeAll(async () => {
  t = await createVacancyTestApp();
  const db = t.services.database.db;
  world = await createWorld(db, t.app);
  await setRegion(db, world.orgs.A.id, 'AM28');
  await setRegion(db, world.orgs.B.id, 'AM28');
  kmA = await world.agent('A', 'klantmanager');
  wgaA = await world.agent('A', 'werkgeversadviseur');
  employerId = (await createEmployer(db, world.orgs.A.id, { name: 'Bouwbedrijf Functies' })).id;
});
afterAll(async () => t?.close());

function asOrg<T>(org: 'A' | 'B' | 'R', fn: Parameters<typeof inTenant<T>>[2], region: string | null = null) {
  return inTenant(t.services.database.db, { organisationId: world.orgs[org].id, userId: null, regionCode: region }, fn);
}

describe('cross-organisation database functions guard themselves', () => {
  it('only an organisation with a proposal for the vacancy can lock it for a placement or fill it', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { positions: 1, visibility: 'region' });
    // R has no proposal for it: nothing to lock, nothing filled.
    const locked = await asOrg('R', (tx) =>
      queryRows<{ status: string }>(tx, sql`SELECT status FROM vacancy_lock_for_placement(${vacancy.id}::uuid)`),
    );
    expect(locked).toEqual([]);
    const filled = await asOrg('R', (tx) => queryRows<{ f: boolean }>(tx, sql`SELECT vacancy_fill_if_complete(${vacancy.id}::uuid) AS f`));
    expect(filled[0]!.f).toBe(false);
    // A proposed but has not placed yet: the lock is granted, filling is not.
    await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    const lockedA = await asOrg('A', (tx) =>
      queryRows<{ status: string; positions: number }>(
        tx,
        sql`SELECT status, positions FROM vacancy_lock_for_placement(${vacancy.id}::uuid)`,
      ),
    );
    expect(lockedA).toEqual([{ status: 'open', positions: 1 }]);
    expect(
      (await asOrg('A', (tx) => queryRows<{ f: boolean }>(tx, sql`SELECT vacancy_fill_if_complete(${vacancy.id}::uuid) AS f`)))[0]!.f,
    ).toBe(false);
    expect((await wgaA.get(`/api/v1/vacancies/${vacancy.id}`)).json().status).toBe('open');
  });

  it('the employer-portal function serves only proposals made to the calling employer, with names only after consent', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { positions: 2 });
    const proposal = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    // Another organisation (not the employer) gets nothing, even with the proposal id.
    expect(await asOrg('B', (tx) => queryRows(tx, sql`SELECT * FROM employer_portal_candidates(${`{${proposal.id}}`}::uuid[])`))).toEqual(
      [],
    );
    expect(await asOrg('A', (tx) => queryRows(tx, sql`SELECT * FROM employer_portal_candidates(${`{${proposal.id}}`}::uuid[])`))).toEqual(
      [],
    );
  });

  it('results functions give figures of the own organisation or one in the caller’s region, zeros otherwise', async () => {
    const vacancy = await newVacancy(wgaA, employerId, { positions: 1 });
    const p = await propose(kmA, vacancy.id, (await newClient(kmA)).id);
    expect((await kmA.patch(`/api/v1/proposals/${p.id}`, { status: 'placed', placement: PLACEMENT })).statusCode).toBe(200);
    const year = new Date().getFullYear();
    const figures = (org: 'A' | 'B' | 'R', region: string | null) =>
      asOrg(
        org,
        (tx) =>
          queryRows<{ opened: number }>(
            tx,
            sql`SELECT opened FROM results_vacancy_figures(${world.orgs.A.id}::uuid, ${`${year}-01-01`}::date, ${`${year}-12-31`}::date, 'Europe/Amsterdam')`,
          ),
        region,
      );
    expect((await figures('A', 'AM28'))[0]!.opened).toBeGreaterThan(0);
    // B is in A's region: allowed. R is not (no region): zeros.
    expect((await figures('B', 'AM28'))[0]!.opened).toBeGreaterThan(0);
    expect((await figures('R', null))[0]!.opened).toBe(0);
    // B claiming another region gets nothing either.
    expect((await figures('B', 'AM01'))[0]!.opened).toBe(0);
  });
});
