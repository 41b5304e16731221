/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/kernel/roles.ts';
import { inTenant, queryRows } from '../../../src/platform/db/database.ts';
import { findUserByEmail } from '../../../src/modules/identity/identity.repo.ts';
import { sql } from 'drizzle-orm';
import type { Agent, TestApp } from '../../harness.ts';
import { clientInput, openTestWorld, type World } from '../../factories.ts';
import { moduleSamples, type ModuleSamples, type Sample } from '../../access/sample.ts';
import { DETENTION, handoverInput, inDays, newInstitution, sendNotice, type Institution } from './factories.ts';

/**
 * GDPR art. 10: no one but the municipality's coordinator and the notifying institution reads a detention
 * field, by any route: the aftercare routes themselves, the client file's list, search and exports, the
 * work queue, and the logs (processing log and audit log, which have no route but are checked in the database).
 */
const files = import.meta.glob<{ samples: ModuleSamples | ModuleSamples[] }>('../**/*samples.ts', { eager: true });
const QUERIES: Record<string, Sample> = Object.fromEntries(
  [moduleSamples('platform', {}), ...Object.values(files).flatMap((f) => [f.samples].flat())].flatMap((s) => Object.entries(s.samples)),
);

const OUTSIDERS: { org: 'A' | 'B' | 'R'; role: Role }[] = [
  { org: 'A', role: 'werkgeversadviseur' },
  { org: 'A', role: 'werkgever' },
  { org: 'R', role: 'jobcoach' },
  { org: 'A', role: 'prb_werkadviseur' },
  { org: 'A', role: 'beleidsadviseur' },
  { org: 'A', role: 'klantmanager' },
  { org: 'A', role: 'functioneel_beheerder' },
  { org: 'B', role: 'nazorgcoordinator' },
];

describe('aftercare: criminal-justice data stays with the municipality’s coordinator and the institution', () => {
  let t: TestApp;
  let world: World;
  let pi: Institution;
  let notice: { id: string; bsn: string; expectedReleaseOn: string };
  let secrets: string[];
  let clientOfKm: string;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld());
    pi = await newInstitution(t);
    const staff = await pi.staff();
    notice = await sendNotice(staff, world.orgs.A.id, { surname: 'Zwartekopje', expectedReleaseOn: inDays(9) });
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    await coordinator.post(`/api/v1/aftercare/notices/${notice.id}/handovers`, handoverInput({ startsAt: `${inDays(8)}T09:30:00+01:00` }));
    // A second notice becomes a client: the client file must hold no detention data either.
    const second = await sendNotice(staff, world.orgs.A.id, { surname: 'Overgaauw', expectedReleaseOn: inDays(9) });
    const linked = await coordinator.post(`/api/v1/aftercare/notices/${second.id}/client`, {
      consent: true,
      address: { street: 'Kerkstraat', houseNumber: 4, houseNumberAddition: null, postcode: '5611 AB', city: 'Eindhoven' },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    clientOfKm = linked.json().clientId;
    await t.services.worklist.runRules({ organisationIds: [world.orgs.A.id, world.orgs.B.id] });
    secrets = [
      pi.name,
      DETENTION.activities,
      DETENTION.detentionStartedOn,
      notice.expectedReleaseOn,
      'Zwartekopje',
      'PI Vught',
      'bezoekruimte',
    ];
    // Someone with a client file of their own, so the lists are not empty.
    await (await world.agent('A', 'klantmanager')).post('/api/v1/clients', clientInput());
  });
  afterAll(async () => t?.close());

  const leaks = (body: string) => secrets.filter((s) => body.includes(s));
  // The organisation directory names every organisation, the institution too: that says nothing about a person.
  const leaksBy = (operationId: string | undefined, body: string) =>
    operationId === 'listOrganisations' || operationId === 'listAftercareOrganisations'
      ? leaks(body).filter((s) => !pi.name.includes(s))
      : leaks(body);

  it('the coordinator of the municipality does see them (the check below can fail)', async () => {
    const res = await (await world.agent('A', 'nazorgcoordinator')).get(`/api/v1/aftercare/notices/${notice.id}`);
    expect(leaks(res.body)).toEqual(expect.arrayContaining([pi.name, DETENTION.activities, notice.expectedReleaseOn]));
  });

  for (const who of OUTSIDERS) {
    it(`${who.role} of ${who.org} reads no detention field by any aftercare route, list, search, export or work queue`, async () => {
      const agent: Agent = await world.agent(who.org, who.role);
      const seen: string[] = [];
      const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, operationId?: string) => {
        const res = await agent.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
        for (const s of leaksBy(operationId, res.body)) seen.push(`${method} ${url}: ${s}`);
        return res;
      };
      for (const spec of t.built.routes.filter((r) => r.url.startsWith('/api/v1/aftercare'))) {
        const url = spec.url.replace(':id', notice.id).replace(':domain', 'housing');
        const query = QUERIES[spec.operationId]?.query ?? '';
        const res = await call(spec.method, url + query, spec.method === 'GET' ? undefined : {}, spec.operationId);
        // The notice itself is out of reach: refused by role, not found, or the (empty) body refused first.
        if (spec.url.includes(':id')) expect([400, 403, 404], spec.operationId).toContain(res.statusCode);
        else if (who.role !== 'nazorgcoordinator' && !(who.role === 'beleidsadviseur' && spec.operationId === 'aftercareReport')) {
          expect(res.statusCode, spec.operationId).toBe(403);
        }
      }
      // Every GET route without a path parameter (lists, caseload, exports, reports, tasks, notifications, agenda).
      for (const spec of t.built.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes(':'))) {
        await call('GET', spec.url + (QUERIES[spec.operationId]?.query ?? ''), undefined, spec.operationId);
      }
      await call('POST', '/api/v1/clients/search', { bsn: notice.bsn });
      await call('GET', `/api/v1/clients/${clientOfKm}`);
      await call('GET', `/api/v1/clients/${clientOfKm}/notes`);
      await call('GET', `/api/v1/clients/${clientOfKm}/appointments`);
      await call('GET', `/api/v1/tasks?status=open`);
      expect(seen).toEqual([]);
    });
  }

  it('the work queue says only "Nazorg: warme overdracht plannen", to the coordinators', async () => {
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const tasks = (await coordinator.get('/api/v1/tasks?status=open')).json().items as { title: string; reason: string }[];
    const mine = tasks.filter((x) => x.title.startsWith('Nazorg'));
    expect(mine.length).toBeGreaterThan(0);
    for (const task of mine) {
      expect(task.title).toBe('Nazorg: warme overdracht plannen');
      expect(leaks(JSON.stringify(task))).toEqual([]);
    }
  });

  it('row-level security itself admits only the coordinator of the municipality and the institution’s staff', async () => {
    const db = t.services.database.db;
    const visible = async (organisationId: string, email: string) => {
      const user = await findUserByEmail(db, email);
      return inTenant(db, { organisationId, userId: user!.id }, async (tx) => {
        const counts: number[] = [];
        for (const table of ['release_notices', 'release_notice_domains', 'release_notice_assessments', 'release_notice_handovers']) {
          const rows = await queryRows<{ n: number }>(tx, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
          counts.push(rows[0]!.n);
        }
        return counts;
      });
    };
    const coordinator = await visible(world.orgs.A.id, world.email('A', 'nazorgcoordinator'));
    expect(coordinator.every((n) => n > 0)).toBe(true);
    // The same organisation, another role: the database shows nothing, whatever the service would do.
    for (const role of ['klantmanager', 'beleidsadviseur', 'functioneel_beheerder', 'inrichtingsmedewerker'] as const) {
      expect(await visible(world.orgs.A.id, world.email('A', role)), role).toEqual([0, 0, 0, 0]);
    }
    expect(await visible(world.orgs.B.id, world.email('B', 'nazorgcoordinator'))).toEqual([0, 0, 0, 0]);
    // A user who claims another organisation than their own sees nothing either.
    expect(await visible(world.orgs.A.id, world.email('B', 'nazorgcoordinator'))).toEqual([0, 0, 0, 0]);
    const staff = await findUserByEmail(db, `inrichtingsmedewerker@pi-${pi.id.slice(0, 6)}.test`);
    const own = await inTenant(db, { organisationId: pi.id, userId: staff!.id }, (tx) =>
      queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM release_notices`),
    );
    expect(own[0]!.n).toBe(2);
  });

  it('puts the planned handover in the coordinator’s agenda as a neutral appointment that no one else sees', async () => {
    const day = inDays(8);
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const agenda = await coordinator.get(`/api/v1/agenda?from=${day}&to=${day}`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    type Entry = { id: string; title: string; location: string | null; withClient: boolean; origin: string };
    const all: Entry[] = agenda.json();
    const entries = all.filter((a) => a.origin === 'aftercare_handover');
    expect(entries).toEqual([expect.objectContaining({ title: 'Warme overdracht', location: null, withClient: false })]);
    expect(leaks(agenda.body)).toEqual([]);
    const ics = await coordinator.get(`/api/v1/agenda/ics?from=${day}&to=${day}`);
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('Warme overdracht');
    expect(leaks(ics.body)).toEqual([]);
    const one = await coordinator.get(`/api/v1/appointments/${entries[0]!.id}`);
    expect(leaks(one.body)).toEqual([]);
    // Kept in step by the handover: the agenda itself does not move or cancel it.
    const moved = await coordinator.patch(`/api/v1/appointments/${entries[0]!.id}`, { status: 'cancelled' });
    expect(moved.statusCode).toBe(409);
    for (const o of OUTSIDERS.filter((x) => x.role !== 'werkgever')) {
      const agent = await world.agent(o.org, o.role);
      const theirs = await agent.get(`/api/v1/agenda?from=${day}&to=${day}`);
      expect(theirs.body.includes('Warme overdracht'), `${o.org} ${o.role}`).toBe(false);
      expect([403, 404], `${o.org} ${o.role}`).toContain((await agent.get(`/api/v1/appointments/${entries[0]!.id}`)).statusCode);
    }
  });

  it('the processing log and the audit log hold no detention field in clear text, nor the BSN', async () => {
    const admin = await t.admin();
    try {
      for (const table of ['processing_log', 'audit_log']) {
        const rows = await admin.query(`SELECT * FROM ${table}`);
        const text = JSON.stringify(rows);
        expect(rows.length, table).toBeGreaterThan(0);
        expect(leaks(text), table).toEqual([]);
        expect(text.includes(notice.bsn), `${table} holds the BSN in clear text`).toBe(false);
      }
      const logged = await admin.query<{ processing_activity_id: string }>(
        `SELECT DISTINCT processing_activity_id FROM processing_log WHERE processing_activity_id LIKE '%nazorg%'`,
      );
      expect(logged.map((r) => r.processing_activity_id).sort()).toEqual([
        'werkplein:verwerking:nazorg-client-aanmaken',
        'werkplein:verwerking:nazorg-inzien',
        'werkplein:verwerking:nazorg-vastleggen',
      ]);
    } finally {
      await admin.close();
    }
  });
});
