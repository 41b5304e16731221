import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { newId } from '../../../src/kernel/ids.ts';
import { inTenant, queryRows, type Db } from '../../../src/platform/db/database.ts';
import { JobWorker } from '../../../src/platform/jobs/worker.ts';
import { findUserByEmail, hashPassword, insertUser } from '../../../src/modules/identity/index.ts';
import { Agent, type TestApp } from '../../harness.ts';
import { openTestWorld, PASSWORD, type World } from '../../factories.ts';
import { startSmtpServer, type TestSmtpServer } from '../../smtp.ts';

/**
 * Notifications: each user reads and marks only their own (another user's is 404, read-all touches only
 * one's own), in their own organisation, also in the database itself; `notify` announces one by e-mail
 * through the job queue with a first name and a link and nothing else.
 */

let t: TestApp;
let world: World;
let smtp: TestSmtpServer;
let db: Db;
let sanne: { id: string; email: string; agent: Agent };
let jobcoachA: string;
let kmB: string;

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
  // A klantmanager with a real-looking name, to see that only her first name reaches the mail.
  const email = `sanne.de.vries.${newId().slice(0, 6)}@eindhoven.test`;
  const id = newId();
  await inTenant(db, null, (tx) =>
    hashPassword(PASSWORD).then((passwordHash) =>
      insertUser(tx, { id, email, name: 'Sanne de Vries', organisationId: world.orgs.A.id, passwordHash, roles: ['klantmanager'] }),
    ),
  );
  sanne = { id, email, agent: await Agent.login(t.app, email, PASSWORD) };
  jobcoachA = (await findUserByEmail(db, world.email('A', 'jobcoach')))!.id;
  kmB = (await findUserByEmail(db, world.email('B', 'klantmanager')))!.id;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const notify = (userId: string, title: string, extra: { key?: string; linkPath?: string } = {}) =>
  t.services.notifications.notify(undefined, {
    userId,
    kind: 'placements.check-due',
    title,
    linkPath: extra.linkPath ?? '/werkvoorraad',
    key: extra.key,
  });
const drainJobs = () => new JobWorker(db, t.services.jobs).drain();

describe('notifications', () => {
  it('lists the own notifications newest first, paginated, with the unread count', async () => {
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      await notify(sanne.id, `${title} melding`);
      await new Promise((r) => setTimeout(r, 5)); // distinct created_at
    }
    await notify(jobcoachA, 'Voor een collega');
    const page1 = await sanne.agent.get('/api/v1/notifications?page=1&pageSize=2');
    expect(page1.statusCode, page1.body).toBe(200);
    expect(page1.json()).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(page1.json().items.map((n: { title: string }) => n.title)).toEqual(['Derde melding', 'Tweede melding']);
    expect(page1.json().items[0]).toMatchObject({ kind: 'placements.check-due', linkPath: '/werkvoorraad', readAt: null });
    const page2 = await sanne.agent.get('/api/v1/notifications?page=2&pageSize=2');
    expect(page2.json().items.map((n: { title: string }) => n.title)).toEqual(['Eerste melding']);
    // A colleague in the same organisation and a user of another municipality see none of them.
    const colleague = await (await world.agent('A', 'jobcoach')).get('/api/v1/notifications');
    expect(colleague.json().items.map((n: { title: string }) => n.title)).toEqual(['Voor een collega']);
    expect((await (await world.agent('B', 'klantmanager')).get('/api/v1/notifications')).json()).toMatchObject({ total: 0, unread: 0 });
    expect((await sanne.agent.get('/api/v1/notifications?pageSize=500')).statusCode).toBe(400);
  });

  it("marks one read; another user's notification is 404, also in the same organisation", async () => {
    const { id } = await notify(sanne.id, 'Lees mij');
    for (const other of [
      await world.agent('A', 'jobcoach'),
      await world.agent('A', 'klantmanager'),
      await world.agent('B', 'klantmanager'),
    ]) {
      const res = await other.post(`/api/v1/notifications/${id}/read`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await sanne.agent.post(`/api/v1/notifications/${newId()}/read`)).statusCode).toBe(404);
    const before = (await sanne.agent.get('/api/v1/notifications')).json().unread;
    const read = await sanne.agent.post(`/api/v1/notifications/${id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id, title: 'Lees mij', readAt: expect.any(String) });
    // Reading again changes nothing.
    const again = await sanne.agent.post(`/api/v1/notifications/${id}/read`);
    expect(again.json().readAt).toBe(read.json().readAt);
    expect((await sanne.agent.get('/api/v1/notifications')).json().unread).toBe(before - 1);
  });

  it('read-all marks only the own notifications', async () => {
    await notify(sanne.id, 'Nog een');
    await notify(jobcoachA, 'Voor de jobcoach');
    const colleagueBefore = (await (await world.agent('A', 'jobcoach')).get('/api/v1/notifications')).json().unread;
    expect(colleagueBefore).toBeGreaterThan(0);
    const res = await sanne.agent.post('/api/v1/notifications/read-all');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().marked).toBeGreaterThan(0);
    expect(res.json().unread).toBe(0);
    expect((await sanne.agent.get('/api/v1/notifications')).json().unread).toBe(0);
    expect((await (await world.agent('A', 'jobcoach')).get('/api/v1/notifications')).json().unread).toBe(colleagueBefore);
    expect((await sanne.agent.post('/api/v1/notifications/read-all')).json().marked).toBe(0);
  });

  it('announces a notification by e-mail with the first name and a link only', async () => {
    smtp.received.length = 0;
    await drainJobs(); // mails of the earlier tests
    smtp.received.length = 0;
    const clientId = newId();
    await notify(sanne.id, 'Plaatsingscheck voor Anna is over 14 dagen', { linkPath: `/clients/${clientId}` });
    expect(smtp.received).toHaveLength(0); // queued with the notification, sent by the worker
    await drainJobs();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({
      envelopeTo: [sanne.email],
      to: sanne.email,
      from: 'Werkplein <noreply@werkplein.test>',
      subject: 'Er staat iets voor je klaar in Werkplein',
    });
    expect(mail!.text).toContain('Beste Sanne,');
    expect(mail!.text).toContain(`https://werkplein.gemeente.test/clients/${clientId}`);
    for (const notThere of ['Vries', 'Anna', 'Plaatsingscheck', sanne.email, world.orgs.A.name, 'klantmanager'])
      expect(mail!.text, notThere).not.toContain(notThere);
  });

  it('with a key notifies (and mails) once, however often the rule fires', async () => {
    smtp.received.length = 0;
    const first = await notify(sanne.id, 'Termijn verstreken', { key: 'trajectory:123:overdue' });
    const second = await notify(sanne.id, 'Termijn verstreken', { key: 'trajectory:123:overdue' });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    await drainJobs();
    expect(smtp.received).toHaveLength(1);
    const [{ n }] = (await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM notifications WHERE dedupe_key = 'trajectory:123:overdue'`,
    )) as [{ n: number }];
    // The application role without a tenant context sees no notification rows at all.
    expect(n).toBe(0);
    const own = (await sanne.agent.get('/api/v1/notifications?pageSize=100')).json();
    expect(own.items.filter((i: { title: string }) => i.title === 'Termijn verstreken')).toHaveLength(1);
  });

  it("refuses a recipient outside the caller's organisation, and titles with a BSN or e-mail address", async () => {
    await expect(
      inTenant(db, { organisationId: world.orgs.A.id, userId: sanne.id }, (tx) =>
        t.services.notifications.notify(tx, { userId: kmB, kind: 'test.sample', title: 'Hallo', linkPath: '/' }),
      ),
    ).rejects.toThrow(/eigen organisatie/);
    await expect(notify(sanne.id, 'Cliënt 123456782 heeft gereageerd')).rejects.toThrow(/BSN of e-mailadres/);
    await expect(notify(sanne.id, 'Mail anna@example.nl')).rejects.toThrow(/BSN of e-mailadres/);
    await expect(
      t.services.notifications.notify(undefined, { userId: sanne.id, kind: 'test.sample', title: 'x', linkPath: 'https://elders.test/' }),
    ).rejects.toThrow(/pad binnen de app/);
  });

  it('row-level security: in the database, only the recipient in their own organisation reads or marks a row', async () => {
    const { id } = await notify(sanne.id, 'Alleen voor Sanne');
    const visible = (ctx: { organisationId: string; userId: string | null }) =>
      inTenant(db, ctx, (tx) => queryRows<{ id: string }>(tx, sql`SELECT id FROM notifications WHERE id = ${id}`));
    expect(await visible({ organisationId: world.orgs.A.id, userId: sanne.id })).toHaveLength(1);
    expect(await visible({ organisationId: world.orgs.A.id, userId: jobcoachA })).toHaveLength(0);
    expect(await visible({ organisationId: world.orgs.A.id, userId: null })).toHaveLength(0);
    expect(await visible({ organisationId: world.orgs.B.id, userId: sanne.id })).toHaveLength(0);
    const changed = await inTenant(db, { organisationId: world.orgs.A.id, userId: jobcoachA }, (tx) =>
      queryRows<{ id: string }>(tx, sql`UPDATE notifications SET read_at = now() WHERE id = ${id} RETURNING id`),
    );
    expect(changed).toHaveLength(0);
    // Only read_at may change, even for the recipient.
    await expect(
      inTenant(db, { organisationId: world.orgs.A.id, userId: sanne.id }, (tx) =>
        tx.execute(sql`UPDATE notifications SET title = 'Anders' WHERE id = ${id}`),
      ),
    ).rejects.toThrow();
  });
});
