import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testConfig, type TestDatabase } from '../harness.ts';
import { startSmtpServer, type TestSmtpServer } from '../smtp.ts';
import { JobQueue } from '../../src/platform/jobs/queue.ts';
import { JobWorker } from '../../src/platform/jobs/worker.ts';
import { jobs } from '../../src/platform/jobs/jobs.schema.ts';
import { Mail, smtpSettings } from '../../src/platform/mail/mail.ts';
import { configFromEnv } from '../../src/platform/config.ts';

/**
 * E-mail over SMTP through the job queue, against a real SMTP server (smtp-server) on a random port: the
 * message arrives as sent, a refusing or absent server is retried until it accepts, and without settings
 * mail is off without failing anything.
 */

let t: TestDatabase;
let smtp: TestSmtpServer;
let now = new Date('2026-04-01T08:00:00Z');
const clock = () => now;

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

function mailFor(port: number) {
  const queue = new JobQueue(t.database.db, clock);
  const mail = new Mail(
    testConfig({ smtpHost: '127.0.0.1', smtpPort: port, smtpTls: 'none', smtpFrom: 'Werkplein <noreply@werkplein.test>' }),
    queue,
  );
  queue.register(mail.handler());
  return { queue, mail, worker: new JobWorker(t.database.db, queue) };
}

describe('mail', () => {
  it('delivers a queued message to the SMTP server with its sender, recipient, subject and text', async () => {
    const { mail, worker } = mailFor(smtp.port);
    const jobId = await mail.send({
      to: 'sanne@gemeente.test',
      subject: 'Er staat iets voor je klaar in Werkplein',
      text: 'Hallo Sanne,\n\nEr staat iets voor je klaar: https://werkplein.test/meldingen\n\nGroet, Werkplein',
    });
    expect(jobId).toEqual(expect.any(String));
    expect(smtp.received).toHaveLength(0); // queued, not sent inline
    await worker.drain();
    const [m] = smtp.received;
    expect(m).toMatchObject({
      envelopeFrom: 'noreply@werkplein.test',
      envelopeTo: ['sanne@gemeente.test'],
      from: 'Werkplein <noreply@werkplein.test>',
      to: 'sanne@gemeente.test',
      subject: 'Er staat iets voor je klaar in Werkplein',
      text: 'Hallo Sanne,\n\nEr staat iets voor je klaar: https://werkplein.test/meldingen\n\nGroet, Werkplein',
    });
    // The job is done and no longer holds the address.
    const [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, jobId!));
    expect(row).toMatchObject({ status: 'done', payload: {} });
    mail.close();
    smtp.received.length = 0;
  });

  it('retries while the SMTP server refuses (451) and delivers once it accepts', async () => {
    const { mail, worker } = mailFor(smtp.port);
    smtp.refuseNext(2);
    const jobId = await mail.send({ to: 'piet@gemeente.test', subject: 'Werkplein', text: 'Hallo Piet' });
    expect(await worker.tick()).toMatchObject({ retried: 1 });
    const [afterFirst] = await t.database.db.select().from(jobs).where(eq(jobs.id, jobId!));
    expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1, payload: { to: 'piet@gemeente.test' } });
    expect(afterFirst!.lastError).toMatch(/451/);
    now = new Date(now.getTime() + 60_000); // first backoff: one minute
    expect(await worker.tick()).toMatchObject({ retried: 1 });
    now = new Date(now.getTime() + 120_000);
    expect(await worker.tick()).toMatchObject({ done: 1 });
    expect(smtp.received.map((m) => m.to)).toEqual(['piet@gemeente.test']);
    mail.close();
    smtp.received.length = 0;
  });

  it('retries while no SMTP server listens, and delivers when it is back on that port', async () => {
    const port = await freePort();
    const { mail, worker } = mailFor(port);
    await mail.send({ to: 'ali@gemeente.test', subject: 'Werkplein', text: 'Hallo Ali' });
    expect(await worker.tick()).toMatchObject({ retried: 1 });
    const back = await startSmtpServer(port);
    try {
      now = new Date(now.getTime() + 60_000);
      expect(await worker.tick()).toMatchObject({ done: 1 });
      expect(back.received.map((m) => m.subject)).toEqual(['Werkplein']);
    } finally {
      mail.close();
      await back.close();
    }
  });

  it('is off without an SMTP host or sender: nothing is queued and the reason is given', async () => {
    const queue = new JobQueue(t.database.db, clock);
    const off = new Mail(testConfig(), queue);
    queue.register(off.handler());
    expect(off.enabled).toBe(false);
    expect(off.describe()).toMatch(/E-mail staat uit: WERKPLEIN_SMTP_HOST is niet gezet/);
    expect(await off.send({ to: 'x@gemeente.test', subject: 'a', text: 'b' })).toBeNull();
    expect(smtpSettings(testConfig({ smtpHost: 'smtp.gemeente.test' }))).toEqual({
      enabled: false,
      reason: 'WERKPLEIN_SMTP_FROM (afzender) is niet gezet',
    });
  });

  it('reads its settings from the environment, with the port following the TLS mode', () => {
    const config = configFromEnv({
      WERKPLEIN_SMTP_HOST: 'smtp.gemeente.test',
      WERKPLEIN_SMTP_TLS: 'tls',
      WERKPLEIN_SMTP_USER: 'werkplein',
      WERKPLEIN_SMTP_PASSWORD: 'geheim',
      WERKPLEIN_SMTP_FROM: 'Werkplein <noreply@gemeente.test>',
    });
    expect(smtpSettings(config)).toMatchObject({ enabled: true, host: 'smtp.gemeente.test', port: 465, tls: 'tls', user: 'werkplein' });
    expect(smtpSettings(configFromEnv({ WERKPLEIN_SMTP_HOST: 'h', WERKPLEIN_SMTP_FROM: 'a@b.c' }))).toMatchObject({
      port: 587,
      tls: 'starttls',
    });
    expect(new Mail(config, new JobQueue(t.database.db)).describe()).not.toContain('geheim');
  });
});

/** A port on 127.0.0.1 that nothing listens on (taken and released again). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
