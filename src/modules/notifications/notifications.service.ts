import { sql } from 'drizzle-orm';
import { newId } from '../../kernel/ids.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Config } from '../../platform/config.ts';
import { inTenant, queryRows, type Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { Mail } from '../../platform/mail/mail.ts';
import { findUserById } from '../identity/index.ts';
import { NotifyInput, type MarkedRead, type Notification, type NotificationPage, type NotificationQuery } from './notifications.api.ts';
import * as repo from './notifications.repo.ts';

export const MAIL_SUBJECT = 'Er staat iets voor je klaar in Werkplein';

/** The mail that announces a notification: the first name and a link, nothing about the matter itself. */
export function notificationMail(firstName: string, link: string): string {
  return [
    `Beste ${firstName},`,
    '',
    'Er staat iets voor je klaar in Werkplein.',
    '',
    `Bekijk het na het inloggen: ${link}`,
    '',
    'Deze e-mail zegt bewust niet waar het over gaat; dat zie je in Werkplein zelf.',
    '',
    'Met vriendelijke groet,',
    'Werkplein',
  ].join('\n');
}

export class NotificationsService {
  constructor(
    private readonly db: Db,
    private readonly useCase: UseCase,
    private readonly mail: Mail,
    private readonly config: Config,
  ) {}

  /**
   * For other modules: puts a notification under the user's bell and, when mail is on and the user has an
   * address, queues the mail that announces it (in the same transaction). With `tx` it runs in the caller's
   * tenant transaction, so the recipient must be a user of that organisation (row-level security refuses
   * others); without it, it opens a transaction in the recipient's own organisation (background jobs).
   * With a `key`, a second call for the same user and key adds nothing (`created: false`).
   */
  async notify(tx: Db | undefined, input: NotifyInput): Promise<{ id: string; created: boolean }> {
    const n = NotifyInput.parse(input);
    if (!tx) {
      const user = await findUserById(this.db, n.userId);
      if (!user) throw new Error(`Melding voor onbekende gebruiker ${n.userId}.`);
      return inTenant(this.db, { organisationId: user.organisationId, userId: null }, (own) => this.notify(own, input));
    }
    const user = await findUserById(tx, n.userId);
    if (!user) throw new Error(`Melding voor onbekende gebruiker ${n.userId}.`);
    const [ctx] = await queryRows<{ org: string | null }>(tx, sql`SELECT app_current_organisation()::text AS org`);
    if (ctx?.org !== user.organisationId) throw new Error('Een melding gaat alleen naar een gebruiker van de eigen organisatie.');
    const id = newId();
    const created = await repo.insertNotification(tx, {
      id,
      organisationId: user.organisationId,
      recipientId: user.id,
      kind: n.kind,
      title: n.title,
      linkPath: n.linkPath,
      dedupeKey: n.key ?? null,
    });
    if (created && user.active && user.email && this.mail.enabled) {
      await this.mail.send(
        { to: user.email, subject: MAIL_SUBJECT, text: notificationMail(firstName(user.name), this.link(n.linkPath)) },
        { tx, key: `notification:${id}` },
      );
    }
    return { id, created };
  }

  /** The actor's own notifications, newest first, with the unread count for the bell. Not audited: it is the user's own inbox, read every minute. */
  async list(actor: Actor, query: NotificationQuery): Promise<NotificationPage> {
    return inTenant(this.db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
      const rows = await repo.listOwn(tx, actor.userId, actor.organisationId, query.pageSize, (query.page - 1) * query.pageSize);
      const counts = await repo.countOwn(tx, actor.userId, actor.organisationId);
      return { items: rows.map(toNotification), ...counts, page: query.page, pageSize: query.pageSize };
    });
  }

  /** Marks one of the actor's notifications read; another user's is not found. Reading it again changes nothing. */
  async markRead(actor: Actor, id: string, trail: Trail): Promise<Notification> {
    return this.useCase(actor, trail, { action: 'notification.read', objectType: 'notification', objectId: id }, async (tx) => {
      await repo.markRead(tx, id, actor.userId, actor.organisationId, new Date());
      const row = await repo.findOwn(tx, id, actor.userId, actor.organisationId);
      if (!row) throw AppError.notFound('Melding niet gevonden.');
      return toNotification(row);
    });
  }

  async markAllRead(actor: Actor, trail: Trail): Promise<MarkedRead> {
    return this.useCase(actor, trail, { action: 'notification.read-all', objectType: 'notification', objectId: null }, async (tx) => {
      const marked = await repo.markAllRead(tx, actor.userId, actor.organisationId, new Date());
      return { marked, unread: 0 };
    });
  }

  private link(path: string): string {
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
    return `${base}${path}`;
  }
}

/** The first word of the user's name: all a mail may say about them. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function toNotification(r: repo.NotificationRow): Notification {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    linkPath: r.linkPath,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt ? r.readAt.toISOString() : null,
  };
}
