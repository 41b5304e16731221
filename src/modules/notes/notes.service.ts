import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientsService } from '../clients/index.ts';
import { findUserById } from '../identity/index.ts';
import { findOrganisation } from '../organisations/index.ts';
import { NOTES_ACTIVITIES as P } from './notes.activities.ts';
import type { Note, NoteInput } from './notes.api.ts';
import * as repo from './notes.repo.ts';

/**
 * Case notes in the client file. The clients module decides who may see a file (owner, or a partner with
 * the client's consent); its notes follow, from every organisation that works with the client, so the
 * case manager and the jobcoach read one journal.
 */
export class NotesService {
  constructor(
    private readonly useCase: UseCase,
    private readonly audit: AuditTrail,
    private readonly clients: ClientsService,
  ) {}

  async list(actor: Actor, clientId: string, trail: Trail): Promise<Note[]> {
    return this.useCase(actor, trail, { action: 'note.list', objectType: 'client', objectId: clientId }, async (tx) => {
      const file = await this.clients.load(tx, actor, clientId);
      const rows = await repo.listForClient(tx, clientId);
      await this.audit.processing(tx, actor, trail, P.noteView, [file.client.bsn]);
      return this.present(tx, rows);
    });
  }

  async write(actor: Actor, clientId: string, input: NoteInput, trail: Trail): Promise<Note> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'note.create', objectType: 'client_note', objectId: id }, async (tx) => {
      const file = await this.clients.load(tx, actor, clientId);
      const row = await repo.insertNote(tx, {
        id,
        organisationId: actor.organisationId,
        clientId,
        authorId: actor.userId,
        kind: input.kind,
        notedOn: input.notedOn,
        text: input.text,
      });
      await this.audit.processing(tx, actor, trail, P.noteRecord, [file.client.bsn]);
      return (await this.present(tx, [row]))[0]!;
    });
  }

  private async present(tx: Db, rows: repo.NoteRow[]): Promise<Note[]> {
    const users = new Map<string, string>();
    const orgs = new Map<string, string>();
    for (const r of rows) {
      if (!users.has(r.authorId)) users.set(r.authorId, (await findUserById(tx, r.authorId))?.name ?? 'Onbekende gebruiker');
      if (!orgs.has(r.organisationId))
        orgs.set(r.organisationId, (await findOrganisation(tx, r.organisationId))?.name ?? 'Onbekende organisatie');
    }
    return rows.map((r) => ({
      id: r.id,
      clientId: r.clientId,
      kind: r.kind as Note['kind'],
      notedOn: r.notedOn,
      text: r.text,
      author: { id: r.authorId, name: users.get(r.authorId)! },
      organisation: { id: r.organisationId, name: orgs.get(r.organisationId)! },
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
