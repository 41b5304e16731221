import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type TestApp } from '../harness.ts';
import { clientInput, type World, nextBsn, openTestWorld } from '../factories.ts';
import type { AdminSql } from '../../src/platform/db/admin.ts';
import { verifyAuditChain, type AuditVerification } from '../../src/platform/audit/verify.ts';

/**
 * The audit log is hash-chained: verification passes on an untouched log and pinpoints an edited row,
 * a deleted row, and deleted newest rows. Tampering happens with superuser SQL inside a transaction that
 * is rolled back afterwards, so every test starts from the same untouched log.
 */

let t: TestApp;
let world: World;
let km: Agent;
const clientIds: string[] = [];
beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  km = await world.agent('A', 'klantmanager');
  const jc = await world.agent('A', 'jobcoach');
  // A realistic log: logins, registrations, reads, edits, a refusal, a ladder entry; well over 10 lines.
  for (let i = 0; i < 5; i++) {
    const res = await km.post('/api/v1/clients', clientInput({ bsn: nextBsn() }));
    expect(res.statusCode, res.body).toBe(201);
    clientIds.push(res.json().id);
  }
  for (const id of clientIds) {
    expect((await km.get(`/api/v1/clients/${id}`)).statusCode).toBe(200);
    expect((await jc.get(`/api/v1/clients/${id}`)).statusCode).toBe(200);
  }
  expect((await km.patch(`/api/v1/clients/${clientIds[0]}`, { version: 1, hoursAvailable: 12 })).statusCode).toBe(200);
  expect(
    (await km.post(`/api/v1/clients/${clientIds[1]}/ladder-assessments`, { rung: 2, growthPotential: 3, assessedOn: '2025-01-01' }))
      .statusCode,
  ).toBe(201);
  expect((await (await world.agent('B', 'klantmanager')).get(`/api/v1/clients/${clientIds[2]}`)).statusCode).toBe(404);
  expect((await km.get('/api/v1/clients')).statusCode).toBe(200);
});
afterAll(async () => t?.close());

async function withAdmin<T>(fn: (admin: AdminSql) => Promise<T>): Promise<T> {
  const admin = await t.admin();
  try {
    return await fn(admin);
  } finally {
    await admin.close();
  }
}

const ROLLBACK = new Error('rollback');

/** Tampers with the log in a transaction, verifies inside it, then rolls the tampering back. */
async function verifyTampered(
  tamper: (q: AdminSql['query'], ids: number[]) => Promise<void>,
): Promise<{ result: AuditVerification; ids: number[] }> {
  return withAdmin(async (admin) => {
    let out: { result: AuditVerification; ids: number[] } | null = null;
    try {
      await admin.transaction(async (q) => {
        const ids = (await q<{ id: string }>(`SELECT id::text FROM audit_log`)).map((r) => Number(r.id)).sort((a, b) => a - b);
        await tamper(q, ids);
        const inTx: AdminSql = {
          query: q,
          transaction: () => Promise.reject(new Error('nested transaction')),
          close: async () => {},
        };
        out = { result: await verifyAuditChain(inTx), ids };
        throw ROLLBACK;
      });
    } catch (err) {
      if (err !== ROLLBACK) throw err;
    }
    return out!;
  });
}

const CONTENT_CHANGED = (id: number) => `Regel ${id}: de inhoud is gewijzigd (hash klopt niet).`;
const LINK_BROKEN = (id: number) =>
  `Regel ${id}: de verwijzing naar de vorige regel klopt niet (een regel ervoor is verwijderd of gewijzigd).`;
const ROWS_MISSING = (n: number, expected: number) => `Aantal regels ${n}, verwacht ${expected}: er zijn regels verwijderd.`;

describe('verifyAuditChain', () => {
  it('an untouched log verifies: ok, every row counted, no problems', async () => {
    const { result, count } = await withAdmin(async (admin) => ({
      result: await verifyAuditChain(admin),
      count: Number((await admin.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_log`))[0]!.n),
    }));
    expect(count).toBeGreaterThan(20);
    expect(result).toEqual({ ok: true, rows: count, problems: [] });
  });

  it('changing the action of one row is reported for exactly that row', async () => {
    let target = 0;
    const { result } = await verifyTampered(async (q, ids) => {
      target = ids[Math.floor(ids.length / 3)]!;
      await q(`UPDATE audit_log SET action = 'client.list' WHERE id = $1`, [target]);
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([CONTENT_CHANGED(target)]);
  });

  it('changing the result of a refusal to success is caught too', async () => {
    let target = 0;
    const { result } = await verifyTampered(async (q) => {
      const [row] = await q<{ id: string }>(`SELECT id::text FROM audit_log WHERE result = 'not_found' ORDER BY id LIMIT 1`);
      target = Number(row!.id);
      await q(`UPDATE audit_log SET result = 'success' WHERE id = $1`, [target]);
    });
    expect(target).toBeGreaterThan(0);
    expect(result.problems).toEqual([CONTENT_CHANGED(target)]);
  });

  it('rewriting a row and recomputing its hash still breaks the link from the next row', async () => {
    let next = 0;
    const { result } = await verifyTampered(async (q, ids) => {
      const i = Math.floor(ids.length / 2);
      next = ids[i + 1]!;
      await q(`UPDATE audit_log SET actor_user_id = NULL WHERE id = $1`, [ids[i]]);
      await q(`UPDATE audit_log a SET hash = audit_row_digest(a.prev_hash, a) WHERE id = $1`, [ids[i]]);
    });
    expect(result.problems).toEqual([LINK_BROKEN(next)]);
  });

  it('deleting a row in the middle is reported as the broken link of the row after it', async () => {
    let next = 0;
    const { result, ids } = await verifyTampered(async (q, ids) => {
      const i = Math.floor(ids.length / 2);
      next = ids[i + 1]!;
      await q(`DELETE FROM audit_log WHERE id = $1`, [ids[i]]);
    });
    expect(result.ok).toBe(false);
    expect(result.rows).toBe(ids.length - 1);
    expect(result.problems).toEqual([LINK_BROKEN(next), ROWS_MISSING(ids.length - 1, ids.length)]);
  });

  it('deleting the newest row is reported as a mismatch with the chain head', async () => {
    const { result, ids } = await verifyTampered(async (q, ids) => {
      await q(`DELETE FROM audit_log WHERE id = $1`, [ids[ids.length - 1]]);
    });
    const newest = ids[ids.length - 1]!;
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      `De laatste regel komt niet overeen met de kop van de keten (verwacht regel ${newest}): regels aan het eind zijn verwijderd of gewijzigd.`,
      ROWS_MISSING(ids.length - 1, ids.length),
    ]);
  });

  it('after the rolled-back tampering the real log still verifies', async () => {
    expect((await withAdmin((admin) => verifyAuditChain(admin))).ok).toBe(true);
  });

  it('many simultaneous requests still leave a chain that verifies', async () => {
    const jc = await world.agent('A', 'jobcoach');
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? km : jc).get(`/api/v1/clients/${clientIds[i % clientIds.length]}`)),
      );
      expect(results.every((r) => r.statusCode === 200)).toBe(true);
    }
    const result = await withAdmin((admin) => verifyAuditChain(admin));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
