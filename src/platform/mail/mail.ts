import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { defineJob, exponentialBackoff, handleJob, PermanentJobError, type JobHandler } from '../jobs/job.ts';
import type { JobQueue } from '../jobs/queue.ts';

/** One plain-text e-mail. Werkplein's mails carry no personal data beyond a first name (see ADR 0014). */
export const MailMessage = z.object({
  to: z.email(),
  subject: z.string().min(1).max(200),
  text: z.string().min(1).max(20_000),
});
export type MailMessage = z.infer<typeof MailMessage>;

/**
 * Sending goes through the job queue, so a mail server that is down or refuses for a while is retried
 * (after 1, 2, 4 … minutes, at most an hour apart; eight attempts over about two hours). The payload (an address and a text with a first
 * name) is emptied once the job has ended.
 */
export const mailSendJob = defineJob({
  name: 'mail.send',
  payload: MailMessage,
  maxAttempts: 8,
  backoff: exponentialBackoff(60_000, 3_600_000),
  leaseMs: 2 * 60_000,
  personalData: true,
});

/** How to reach the SMTP server, or why mail is off. */
export type SmtpSettings =
  | { enabled: true; host: string; port: number; tls: Config['smtpTls']; user?: string; password?: string; from: string }
  | { enabled: false; reason: string };

export function smtpSettings(config: Config): SmtpSettings {
  if (!config.smtpHost) return { enabled: false, reason: 'WERKPLEIN_SMTP_HOST is niet gezet' };
  if (!config.smtpFrom) return { enabled: false, reason: 'WERKPLEIN_SMTP_FROM (afzender) is niet gezet' };
  if (config.smtpUser && !config.smtpPassword)
    return { enabled: false, reason: 'WERKPLEIN_SMTP_USER is gezet maar WERKPLEIN_SMTP_PASSWORD niet' };
  const port = config.smtpPort ?? (config.smtpTls === 'tls' ? 465 : config.smtpTls === 'starttls' ? 587 : 25);
  return {
    enabled: true,
    host: config.smtpHost,
    port,
    tls: config.smtpTls,
    user: config.smtpUser,
    password: config.smtpPassword,
    from: config.smtpFrom,
  };
}

/**
 * E-mail for the modules (`ctx.mail`): `send` enqueues a `mail.send` job, in the caller's transaction when
 * given, and the job's handler delivers it over SMTP with nodemailer. Without SMTP settings mail is off:
 * `enabled` is false, `send` enqueues nothing, and the server says so once at start-up.
 */
export class Mail {
  readonly settings: SmtpSettings;
  private transport: Transporter | null = null;

  constructor(
    config: Config,
    private readonly queue: JobQueue,
  ) {
    this.settings = smtpSettings(config);
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** A one-line description of the mail set-up for the start-up log (never the password). */
  describe(): string {
    const s = this.settings;
    if (!s.enabled) return `E-mail staat uit: ${s.reason}; meldingen verschijnen alleen in de app.`;
    return `E-mail via ${s.host}:${s.port} (${s.tls === 'none' ? 'zonder TLS' : s.tls === 'tls' ? 'TLS' : 'STARTTLS verplicht'}), afzender ${s.from}.`;
  }

  /** Queues a mail; returns the job id, or null when mail is off. `key` makes it once-only (e.g. per notification). */
  async send(message: MailMessage, options: { tx?: Db; key?: string } = {}): Promise<string | null> {
    if (!this.settings.enabled) return null;
    const { id } = await this.queue.enqueue(mailSendJob, message, { tx: options.tx, key: options.key });
    return id;
  }

  /** The `mail.send` handler, registered in every process (also with mail off: old jobs then fail with the reason). */
  handler(): JobHandler {
    return handleJob(mailSendJob, async (message) => {
      const s = this.settings;
      if (!s.enabled) throw new PermanentJobError(`E-mail staat uit: ${s.reason}.`);
      this.transport ??= nodemailer.createTransport({
        host: s.host,
        port: s.port,
        secure: s.tls === 'tls',
        requireTLS: s.tls === 'starttls',
        ignoreTLS: s.tls === 'none',
        auth: s.user ? { user: s.user, pass: s.password } : undefined,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      });
      await this.transport.sendMail({ from: s.from, to: message.to, subject: message.subject, text: message.text });
    });
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }
}
