import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, type TestApp } from '../../harness.ts';
import { PASSWORD, type World, openTestWorld } from '../../factories.ts';

// Sessions live in the database, not in the server process: when PostgreSQL drops the application's connections
// (a restart, a fail-over, an idle-connection timeout in a pooler) the server must carry on and signed-in users
// must stay signed in. On PGlite there are no server connections to drop; there the test checks the same
// outcome without the interruption.

describe('sessions: the database drops its connections', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld());
  });
  // No teardown guard here on purpose: this file shows the missing pool error listener.
  afterAll(async () => t?.close());

  it('after PostgreSQL ends all application connections the server keeps running and users stay signed in', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const km = await Agent.login(t.app, world.email('A', 'klantmanager'), PASSWORD);
      expect((await km.get('/api/v1/clients')).statusCode).toBe(200);

      if (t.database.kind === 'postgres') {
        const admin = await t.admin();
        try {
          // Only this test database's application connections: nothing else on the server is touched.
          const ended = await admin.query(
            "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND usename = 'werkplein_app'",
          );
          expect(ended.length).toBeGreaterThan(0);
        } finally {
          await admin.close();
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }

      // The same cookie still works, for reading and for changes.
      expect((await km.get('/api/v1/sessions/current')).statusCode).toBe(200);
      expect((await km.get('/api/v1/clients')).statusCode).toBe(200);
      expect((await km.post('/api/v1/clients/search', { bsn: '111222333' })).statusCode).toBe(200);
      // And new logins work.
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/sessions',
            payload: { email: world.email('A', 'jobcoach'), password: PASSWORD },
          })
        ).statusCode,
      ).toBe(201);

      expect(uncaught.map((e) => String((e as Error).message ?? e))).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
