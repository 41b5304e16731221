import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { eq, sql } from 'drizzle-orm';
import { type Agent, type TestApp } from '../harness.ts';
import { clientInput, type World, nextBsn, openTestWorld } from '../factories.ts';
import { databaseUrlFor, testDatabaseMode } from '../db-mode.ts';
import { assertSafeAppRole, inTenant, openAppDatabase, queryRows, type Database, type Db } from '../../src/platform/db/database.ts';
import * as schema from '../../src/platform/db/schema.ts';
import { clientConsents, clients } from '../../src/modules/clients/clients.schema.ts';
import { ladderAssessments } from '../../src/modules/ladder/ladder.schema.ts';
import { auditLog, processingLog } from '../../src/platform/audit/audit.schema.ts';
import { newId } from '../../src/kernel/ids.ts';
import { addDays, todayInAmsterdam } from '../../src/kernel/dates.ts';

/**
 * Row-level security in the database itself, independent of the services: the application role (the
 * connection the app runs on) sees and changes only its tenant's rows, and cannot rewrite the logs.
 */

let t: TestApp;
let world: World;
let db: Db;
let kmA: Agent;
let A: string;
let B: string;
let R: string;
/** A's clients: one shared with R (with a ladder assessment), one not shared. */
let shared: { id: string; bsn: string };
let own: { id: string; bsn: string };
let bClient: { id: string };
let userB: string;
beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  db = t.services.database.db;
  A = world.orgs.A.id;
  B = world.orgs.B.id;
  R = world.orgs.R.id;
  kmA = await world.agent('A', 'klantmanager');
  const register = async (agent: Agent) => {
    const res = await agent.post('/api/v1/clients', clientInput({ bsn: nextBsn() }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  shared = await register(kmA);
  own = await register(kmA);
  bClient = await register(await world.agent('B', 'klantmanager'));
  expect((await kmA.post(`/api/v1/clients/${shared.id}/consents`, { organisationId: R })).statusCode).toBe(201);
  expect(
    (await kmA.post(`/api/v1/clients/${shared.id}/ladder-assessments`, { rung: 2, growthPotential: 3, assessedOn: '2025-01-01' }))
      .statusCode,
  ).toBe(201);
  expect(
    (await kmA.post(`/api/v1/clients/${own.id}/ladder-assessments`, { rung: 4, growthPotential: 5, assessedOn: '2025-01-01' })).statusCode,
  ).toBe(201);
  const [u] = await queryRows<{ id: string }>(db, sql`SELECT id FROM users WHERE email = ${world.email('B', 'klantmanager')}`);
  userB = u!.id;
});
afterAll(async () => t?.close());

/** The SQLSTATE of a database error, wherever the driver or Drizzle put it. */
function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

async function expectRefused(work: Promise<unknown>, state = '42501'): Promise<void> {
  let caught: unknown = null;
  try {
    await work;
  } catch (err) {
    caught = err;
  }
  expect(caught, 'the database accepted the statement').not.toBeNull();
  expect(sqlState(caught)).toBe(state);
}

const as = (organisationId: string | null) => (organisationId ? { organisationId, userId: null } : null);
const clientIds = (organisationId: string | null) =>
  inTenant(db, as(organisationId), async (tx) => (await tx.select({ id: clients.id }).from(clients)).map((r) => r.id).sort());

function clientRow(organisationId: string, overrides: Partial<typeof clients.$inferInsert> = {}): typeof clients.$inferInsert {
  return {
    id: newId(),
    organisationId,
    bsn: nextBsn(),
    firstName: 'Sneaky',
    surnamePrefix: null,
    surname: 'Insert',
    searchName: 'sneaky insert',
    dateOfBirth: '1990-01-01',
    gender: 'x',
    street: 'Straat',
    houseNumber: 1,
    postcode: '5611 AA',
    city: 'Eindhoven',
    educationLevel: 'mbo2',
    benefitType: 'ww',
    hoursAvailable: 10,
    drivingLicence: false,
    maxTravelKm: 10,
    languages: [],
    targetGroups: [],
    ...overrides,
  };
}

describe('reading under a tenant context', () => {
  it("B sees only its own client, none of A's: clients, consents and ladder assessments", async () => {
    expect(await clientIds(B)).toEqual([bClient.id]);
    await inTenant(db, as(B), async (tx) => {
      expect(await tx.select().from(clientConsents)).toEqual([]);
      expect(await tx.select().from(ladderAssessments)).toEqual([]);
      // Asking for A's client by id does not help.
      expect(await tx.select().from(clients).where(eq(clients.id, own.id))).toEqual([]);
    });
  });

  it('A sees its own clients, not B’s', async () => {
    expect(await clientIds(A)).toEqual([shared.id, own.id].sort());
  });

  it('partner R sees exactly the client shared with it, its ladder, and only its own consent line', async () => {
    expect(await clientIds(R)).toEqual([shared.id]);
    await inTenant(db, as(R), async (tx) => {
      expect((await tx.select().from(ladderAssessments)).map((l) => l.clientId)).toEqual([shared.id]);
      const consents = await tx.select().from(clientConsents);
      expect(consents.map((c) => [c.clientId, c.organisationId])).toEqual([[shared.id, R]]);
    });
  });

  it('with no tenant context the application role sees nothing at all', async () => {
    expect(await clientIds(null)).toEqual([]);
    await inTenant(db, null, async (tx) => {
      expect(await tx.select().from(clientConsents)).toEqual([]);
      expect(await tx.select().from(ladderAssessments)).toEqual([]);
    });
    // Nor outside any transaction, right after tenant transactions on the same pool (the context is transaction-local).
    for (let i = 0; i < 5; i++) expect(await clientIds(A)).toHaveLength(2);
    expect(await db.select().from(clients)).toEqual([]);
    expect(await db.select().from(ladderAssessments)).toEqual([]);
  });

  it('a withdrawn consent ends the partner’s view in the database too', async () => {
    const c = (await kmA.post('/api/v1/clients', clientInput({ bsn: nextBsn() }))).json();
    const consent = (await kmA.post(`/api/v1/clients/${c.id}/consents`, { organisationId: B })).json();
    expect(await clientIds(B)).toContain(c.id);
    expect((await kmA.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(200);
    expect(await clientIds(B)).not.toContain(c.id);
  });

  it('a consent past its last day (valid_until, Amsterdam date) ends the partner’s view in the database too', async () => {
    const c = (await kmA.post('/api/v1/clients', clientInput({ bsn: nextBsn() }))).json();
    const today = todayInAmsterdam();
    const consent = (await kmA.post(`/api/v1/clients/${c.id}/consents`, { organisationId: B, validUntil: today })).json();
    expect(await clientIds(B)).toContain(c.id);
    const setPeriod = (validUntil: string) =>
      inTenant(db, as(A), (tx) =>
        tx
          .update(clientConsents)
          .set({ grantedAt: new Date(Date.now() - 30 * 86_400_000), validUntil })
          .where(eq(clientConsents.id, consent.id)),
      );
    await setPeriod(addDays(today, -1));
    expect(await clientIds(B)).not.toContain(c.id);
    await setPeriod(today);
    expect(await clientIds(B)).toContain(c.id);
    // Leave B without A's files for the tests below.
    expect((await kmA.post(`/api/v1/clients/${c.id}/consents/${consent.id}/withdraw`)).statusCode).toBe(200);
  });
});

describe('writing under a tenant context', () => {
  it("an INSERT of a client for A under B's context is rejected by the database", async () => {
    const row = clientRow(A);
    await expectRefused(inTenant(db, as(B), (tx) => tx.insert(clients).values(row)));
    expect(await clientIds(A)).not.toContain(row.id);
  });

  it('an INSERT of a client without any tenant context is rejected', async () => {
    await expectRefused(inTenant(db, null, (tx) => tx.insert(clients).values(clientRow(A))));
  });

  it("B's UPDATE of A's client touches no row; a partner with consent cannot update it either", async () => {
    for (const org of [B, R]) {
      const updated = await inTenant(db, as(org), (tx) =>
        tx.update(clients).set({ surname: 'Gekaapt' }).where(eq(clients.id, shared.id)).returning({ id: clients.id }),
      );
      expect(updated, org).toEqual([]);
    }
    const file = (await kmA.get(`/api/v1/clients/${shared.id}`)).json();
    expect(file.surname).not.toBe('Gekaapt');
  });

  it('A cannot move its client to another organisation', async () => {
    await expectRefused(inTenant(db, as(A), (tx) => tx.update(clients).set({ organisationId: B }).where(eq(clients.id, own.id))));
    expect(await clientIds(A)).toContain(own.id);
  });

  it('the application role cannot delete client files, consents or assessments', async () => {
    await expectRefused(inTenant(db, as(A), (tx) => tx.delete(clients).where(eq(clients.id, own.id))));
    await expectRefused(inTenant(db, as(A), (tx) => tx.delete(clientConsents)));
    await expectRefused(inTenant(db, as(A), (tx) => tx.delete(ladderAssessments)));
  });

  it("B cannot record a consent on A's client to grant itself access", async () => {
    const forged = { id: newId(), clientId: own.id, ownerOrganisationId: B, organisationId: B, grantedById: userB };
    await expectRefused(inTenant(db, as(B), (tx) => tx.insert(clientConsents).values(forged)));
    expect(await clientIds(B)).toEqual([bClient.id]);
  });

  it("B cannot add a ladder assessment to A's client", async () => {
    const forged = {
      id: newId(),
      clientId: shared.id,
      organisationId: B,
      rung: 6,
      growthPotential: 6,
      assessedOn: '2025-06-01',
      assessorId: userB,
    };
    await expectRefused(inTenant(db, as(B), (tx) => tx.insert(ladderAssessments).values(forged)));
    const history = (await kmA.get(`/api/v1/clients/${shared.id}/ladder-assessments`)).json();
    expect(history.map((a: { rung: number }) => a.rung)).toEqual([2]);
  });
});

describe('the logs are append-only for the application role', () => {
  const statements: [string, ReturnType<typeof sql>][] = [
    ['UPDATE audit_log', sql`UPDATE audit_log SET action = 'client.read' WHERE id = 1`],
    ['DELETE FROM audit_log', sql`DELETE FROM audit_log WHERE id = 1`],
    ['TRUNCATE audit_log', sql`TRUNCATE audit_log`],
    ['SELECT FROM audit_log', sql`SELECT * FROM audit_log`],
    ['UPDATE processing_log', sql`UPDATE processing_log SET data_subject_id = 'x'`],
    ['DELETE FROM processing_log', sql`DELETE FROM processing_log`],
    ['SELECT FROM processing_log', sql`SELECT * FROM processing_log`],
    ['UPDATE audit_head', sql`UPDATE audit_head SET row_count = 0`],
    ['ALTER TABLE audit_log DISABLE TRIGGER', sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain`],
  ];
  it.each(statements)('%s → permission denied', async (_label, statement) => {
    await expectRefused(inTenant(db, as(A), (tx) => tx.execute(statement)));
  });

  it('the typed handle refuses the same: reading the audit log, rewriting a processing line', async () => {
    await expectRefused(inTenant(db, as(A), (tx) => tx.select().from(auditLog)));
    await expectRefused(inTenant(db, as(A), (tx) => tx.update(processingLog).set({ status: 'error' })));
  });

  it('the lines are still there, unchanged, afterwards', async () => {
    const admin = await t.admin();
    try {
      const [row] = await admin.query<{ n: string; actions: string }>(
        `SELECT count(*)::text AS n, string_agg(DISTINCT action, ',') AS actions FROM audit_log`,
      );
      expect(Number(row!.n)).toBeGreaterThan(5);
      expect(row!.actions).toContain('client.create');
      const [p] = await admin.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM processing_log WHERE data_subject_id = 'x' OR status = 'error'`,
      );
      expect(p!.n).toBe('0');
    } finally {
      await admin.close();
    }
  });
});

describe('assertSafeAppRole', () => {
  it('accepts the application role the app runs on', async () => {
    await expect(assertSafeAppRole(t.services.database)).resolves.toBeUndefined();
  });

  it('refuses a superuser connection', async () => {
    const superuser = await openAsSuperuser();
    try {
      await expect(assertSafeAppRole(superuser)).rejects.toThrow(/superuser of heeft BYPASSRLS/);
    } finally {
      await superuser.close();
    }
  });

  it('refuses a role with BYPASSRLS that is not a superuser', async () => {
    const role = `werkplein_bypass_${randomBytes(4).toString('hex')}`;
    const admin = await t.admin();
    let database: Database | null = null;
    try {
      if (testDatabaseMode() === 'postgres') {
        await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER BYPASSRLS`);
        database = await openAppDatabase({ url: databaseUrlFor(await currentDatabase(), role), poolSize: 1 });
      } else {
        const client = await templatePglite();
        await client.exec(`CREATE ROLE ${role} NOSUPERUSER BYPASSRLS; SET ROLE ${role};`);
        database = { kind: 'pglite', db: drizzle(client, { schema }) as unknown as Db, pglite: client, close: () => client.close() };
      }
      await expect(assertSafeAppRole(database)).rejects.toThrow(new RegExp(`databaserol "${role}"`));
    } finally {
      await database?.close();
      if (testDatabaseMode() === 'postgres') await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.close();
    }
  });
});

async function currentDatabase(): Promise<string> {
  const [row] = await queryRows<{ name: string }>(db, sql`SELECT current_database() AS name`);
  return row!.name;
}

async function templatePglite(): Promise<PGlite> {
  // No username: PGlite's default user, the superuser that ran the migrations.
  const client = new PGlite({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]) });
  await client.waitReady;
  return client;
}

/** An "app" Database opened on a superuser connection: the misconfiguration assertSafeAppRole exists for. */
async function openAsSuperuser(): Promise<Database> {
  if (testDatabaseMode() === 'postgres') return openAppDatabase({ url: databaseUrlFor(await currentDatabase()), poolSize: 1 });
  const client = await templatePglite();
  return { kind: 'pglite', db: drizzle(client, { schema }) as unknown as Db, pglite: client, close: () => client.close() };
}
