import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { newId } from '../../../src/kernel/ids.ts';
import { inTenant, type Db } from '../../../src/platform/db/database.ts';
import { JobWorker } from '../../../src/platform/jobs/worker.ts';
import { hashPassword, insertUser } from '../../../src/modules/identity/index.ts';
import { Agent, type TestApp } from '../../harness.ts';
import { clientInput, openTestWorld, PASSWORD, type World } from '../../factories.ts';
import { startSmtpServer, type TestSmtpServer } from '../../smtp.ts';
import { insertTrajectory } from '../polis/factories.ts';

/**
 * New rule tasks reach their user: one notification under the bell per user and day, linking to the work
 * queue, and one mail that says only that there is something (first name and link).
 */

let t: TestApp;
let world: World;
let smtp: TestSmtpServer;
let db: Db;
let sanne: { id: string; email: string; agent: Agent };
const today = todayInAmsterdam();
const runA = () => t.services.worklist.runRules({ today, organisationIds: [world.orgs.A.id] });

beforeAll(async () => {
  smtp = await startSmtpServer();
  ({ t, world } = await openTestWorld({
    publicUrl: 'https://werkplein.gemeente.test',
    smtpHost: '127.0.0.1',
    smtpPort: smtp.port,
    smtpTls: 'none',
    smtpFrom: 'Werkplein <noreply@werkplein.test>',
  }));
  db = t.services.database.db;
  const email = `sanne.de.vries.${newId().slice(0, 6)}@eindhoven.test`;
  const id = newId();
  const passwordHash = await hashPassword(PASSWORD);
  await inTenant(db, null, (tx) =>
    insertUser(tx, { id, email, name: 'Sanne de Vries', organisationId: world.orgs.A.id, passwordHash, roles: ['klantmanager'] }),
  );
  sanne = { id, email, agent: await Agent.login(t.app, email, PASSWORD) };
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** A client of Sanne's (she is its klantmanager) with a trajectory whose planned end passed. */
async function overrunningTrajectory(surname: string): Promise<{ bsn: string }> {
  const res = await sanne.agent.post('/api/v1/clients', clientInput({ firstName: 'Anna', surname }));
  expect(res.statusCode, res.body).toBe(201);
  await insertTrajectory(db, world, 'A', res.json().id, {
    instrumentName: `Werkfit ${surname}`,
    startDate: addDays(today, -60),
    plannedEndDate: addDays(today, -2),
  });
  return { bsn: res.json().bsn };
}

const notifications = async () => (await sanne.agent.get('/api/v1/notifications')).json();

describe('notifications of new rule tasks', () => {
  it('tell the assigned user once a day, under the bell and by a mail with a first name and a link only', async () => {
    const { bsn } = await overrunningTrajectory('Overloop');
    expect(await runA()).toMatchObject({ created: 1 });
    const bell = await notifications();
    expect(bell.unread).toBe(1);
    expect(bell.items).toEqual([
      expect.objectContaining({ kind: 'worklist.new-tasks', title: 'Er staan nieuwe taken in je werkvoorraad', linkPath: '/werkvoorraad' }),
    ]);

    expect(smtp.received).toHaveLength(0); // queued with the task, sent by the worker
    await new JobWorker(db, t.services.jobs).drain();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({ envelopeTo: [sanne.email], subject: 'Er staat iets voor je klaar in Werkplein' });
    expect(mail!.text).toContain('Beste Sanne,');
    expect(mail!.text).toContain('https://werkplein.gemeente.test/werkvoorraad');
    for (const notThere of ['Vries', 'Anna', 'Overloop', bsn, 'Traject', 'Werkfit', 'taak', world.orgs.A.name]) {
      expect(mail!.text, notThere).not.toContain(notThere);
    }

    // Nothing new: no notification. A second new task the same day: still the one notification, no second mail.
    expect(await runA()).toMatchObject({ created: 0 });
    await overrunningTrajectory('Tweede');
    expect(await runA()).toMatchObject({ created: 1 });
    expect((await notifications()).items).toHaveLength(1);
    await new JobWorker(db, t.services.jobs).drain();
    expect(smtp.received).toHaveLength(1);
  });
});
