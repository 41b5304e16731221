import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { newId } from '../../../src/kernel/ids.ts';
import { inTenant } from '../../../src/platform/db/database.ts';
import { pgErrorOf } from '../../../src/platform/db/errors.ts';
import { findUserByEmail } from '../../../src/modules/identity/index.ts';
import { tasks } from '../../../src/modules/worklist/worklist.schema.ts';
import { createTestApp, type TestApp } from '../../harness.ts';
import { clientInput, createWorld, type World } from '../../factories.ts';

/**
 * The database's own line under the rule runs: a task the application role inserts as an organisation
 * (no user, as a rule run) must be about a client file that organisation may see and for one of its users,
 * whatever the application asks.
 */

let t: TestApp;
let world: World;
const today = todayInAmsterdam();

async function clientOf(org: 'A' | 'B', surname: string): Promise<string> {
  const res = await (await world.agent(org, 'klantmanager')).post('/api/v1/clients', clientInput({ surname }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function kmOf(org: 'A' | 'B'): Promise<string> {
  return (await findUserByEmail(t.services.database.db, world.email(org, 'klantmanager')))!.id;
}

/** Inserts one rule task as organisation A, as a rule run does; the PostgreSQL error code when refused. */
async function insertAsA(clientId: string, assigneeUserId: string): Promise<string | null> {
  try {
    await inTenant(t.services.database.db, { organisationId: world.orgs.A.id, userId: null }, (tx) =>
      tx.insert(tasks).values({
        id: newId(),
        organisationId: world.orgs.A.id,
        assigneeUserId,
        subjectType: 'client',
        subjectId: clientId,
        clientId,
        title: 'Regeltaak',
        dueOn: today,
        ruleId: 'test.rls',
        ruleKey: `test.rls:client:${clientId}:${newId()}`,
      }),
    );
    return null;
  } catch (err) {
    return pgErrorOf(err)?.code ?? String(err);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t.services.database.db, t.app);
});
afterAll(async () => t?.close());

describe('row-level security on rule tasks', () => {
  it('refuses a task about a client file the organisation may not see, or for a user of another organisation', async () => {
    const own = await clientOf('A', 'Eigen');
    const other = await clientOf('B', 'Ander');
    const kmA = await kmOf('A');
    // The control: the organisation's own client, its own klantmanager.
    expect(await insertAsA(own, kmA)).toBeNull();
    // 42501: new row violates the row-level security policy (tasks_insert).
    expect(await insertAsA(other, kmA)).toBe('42501');
    expect(await insertAsA(own, await kmOf('B'))).toBe('42501');
  });
});
