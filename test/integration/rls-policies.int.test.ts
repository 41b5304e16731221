import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { rlsPoliciesDocument } from '../../src/platform/db/rls-document.ts';

/**
 * docs/rls-policies.sql is the one readable definition of every table's row-level security; the
 * migrations build it up over time. This test reads the policies back from the migrated database (PGlite
 * in the default run, PostgreSQL in the postgres tier) and fails when the file says something else.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('docs/rls-policies.sql', () => {
  it('is exactly what the migrated database enforces (run `npm run docs:rls` after a migration)', async () => {
    const admin = await t.admin();
    try {
      const actual = await rlsPoliciesDocument(admin);
      expect(actual).toBe(fs.readFileSync('docs/rls-policies.sql', 'utf8'));
    } finally {
      await admin.close();
    }
  });

  it('names the tenant-bound tables as forced row-level security (the schema owner is not exempt either)', async () => {
    const text = fs.readFileSync('docs/rls-policies.sql', 'utf8');
    for (const table of ['clients', 'client_consents', 'trajectories', 'prb_participants', 'polisses']) {
      expect(text, table).toContain(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`);
    }
  });
});
