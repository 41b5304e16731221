import { todayInAmsterdam } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { FileResult } from '../../platform/http/route.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { ClientPortalService } from '../client-portal/index.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import { findUserById } from '../identity/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { AGENDA_ACTIVITIES as P } from './agenda.activities.ts';
import type { Appointment, AppointmentInput, AppointmentPatch, PortalAppointment } from './agenda.api.ts';
import { appointmentsToIcs } from './agenda.ics.ts';
import { AGENDA_ROLES, mayChangeAppointment, mayOpenAppointment, mayPlanWithClient } from './agenda.policy.ts';
import * as repo from './agenda.repo.ts';
import { amsterdamMidnight, nextDay, portalListStart, type AppointmentOrigin } from './agenda.rules.ts';

const notFound = () => AppError.notFound('Afspraak niet gevonden.');

/**
 * Appointments of professionals with a client or among themselves, each user's agenda (also as an
 * iCalendar file) and a client's appointments. An appointment belongs to the organisation of whoever
 * planned it (row-level security); its participants are colleagues of that organisation.
 */
export class AgendaService {
  constructor(
    private readonly useCase: UseCase,
    private readonly audit: AuditTrail,
    private readonly config: Config,
    private readonly clients: ClientsService,
    private readonly portal: ClientPortalService,
  ) {}

  /** The signed-in user's appointments that begin from `from` up to and including `to` (Amsterdam days). */
  async myAgenda(actor: Actor, range: { from: string; to: string }, trail: Trail): Promise<Appointment[]> {
    return this.useCase(actor, trail, { action: 'agenda.list', objectType: 'user', objectId: actor.userId }, async (tx) => {
      const rows = await repo.listForUser(tx, actor.userId, amsterdamMidnight(range.from), amsterdamMidnight(nextDay(range.to)));
      return this.present(tx, actor, rows, trail);
    });
  }

  async myAgendaIcs(actor: Actor, range: { from: string; to: string }, trail: Trail): Promise<FileResult> {
    return this.useCase(actor, trail, { action: 'agenda.export', objectType: 'user', objectId: actor.userId }, async (tx) => {
      const rows = await repo.listForUser(tx, actor.userId, amsterdamMidnight(range.from), amsterdamMidnight(nextDay(range.to)));
      return {
        contentType: 'text/calendar; charset=utf-8',
        filename: `werkplein-agenda-${range.from}-${range.to}.ics`,
        body: appointmentsToIcs(rows, this.publicUrl(), `Werkplein – ${actor.name}`),
      };
    });
  }

  async plan(actor: Actor, input: AppointmentInput, trail: Trail): Promise<Appointment> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'appointment.plan', objectType: 'appointment', objectId: id }, async (tx) => {
      if (input.clientId && !mayPlanWithClient(actor)) {
        throw AppError.forbidden('Een afspraak met een cliënt plant de klantmanager of de jobcoach.');
      }
      const client = input.clientId ? await this.clients.load(tx, actor, input.clientId) : null;
      const participantIds = [actor.userId, ...new Set(input.participantUserIds.filter((u) => u !== actor.userId))];
      await this.checkColleagues(tx, actor, participantIds.slice(1));
      await repo.insertAppointment(
        tx,
        {
          id,
          organisationId: actor.organisationId,
          clientId: input.clientId,
          title: input.title,
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          location: input.location,
          videoUrl: input.videoUrl,
          createdById: actor.userId,
        },
        participantIds,
      );
      if (client) await this.audit.processing(tx, actor, trail, P.appointmentRecord, [client.client.bsn]);
      return (await this.present(tx, actor, [(await repo.findAppointment(tx, id))!], null))[0]!;
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<Appointment> {
    return this.useCase(actor, trail, { action: 'appointment.read', objectType: 'appointment', objectId: id }, async (tx) => {
      const { row } = await this.visible(tx, actor, id);
      return (await this.present(tx, actor, [row], trail))[0]!;
    });
  }

  async appointmentIcs(actor: Actor, id: string, trail: Trail): Promise<FileResult> {
    return this.useCase(actor, trail, { action: 'appointment.export', objectType: 'appointment', objectId: id }, async (tx) => {
      const { row } = await this.visible(tx, actor, id);
      return {
        contentType: 'text/calendar; charset=utf-8',
        filename: `afspraak-${row.id}.ics`,
        body: appointmentsToIcs([row], this.publicUrl(), 'Werkplein'),
      };
    });
  }

  /** Reschedule, cancel, or record how it went: the appointment's participants only (others who see it get 403). */
  async update(actor: Actor, id: string, patch: AppointmentPatch, trail: Trail): Promise<Appointment> {
    return this.useCase(actor, trail, { action: 'appointment.update', objectType: 'appointment', objectId: id }, async (tx) => {
      const { row, participantIds } = await this.visible(tx, actor, id);
      if (!mayChangeAppointment(actor, row, participantIds)) {
        throw AppError.forbidden('Alleen wie aan de afspraak deelneemt, kan haar wijzigen.');
      }
      if (row.origin === 'aftercare_handover') {
        throw new AppError('conflict', 'Deze afspraak is een warme overdracht: plan haar opnieuw of annuleer haar bij de overdracht zelf.');
      }
      const startsAt = patch.startsAt ? new Date(patch.startsAt) : row.startsAt;
      const endsAt = patch.endsAt ? new Date(patch.endsAt) : row.endsAt;
      if (endsAt <= startsAt) {
        throw AppError.invalid([{ name: 'endsAt', code: 'end_before_start', reason: 'Het einde ligt niet na het begin.' }]);
      }
      const reportsOutcome = (patch.outcomeNote ?? null) !== null || patch.status === 'held' || patch.status === 'no_show';
      if (reportsOutcome && startsAt > new Date()) {
        throw AppError.invalid([
          {
            name: patch.status ? 'status' : 'outcomeNote',
            code: 'not_yet',
            reason: 'Hoe de afspraak ging, legt u vast zodra ze begonnen is.',
          },
        ]);
      }
      await repo.updateAppointment(tx, id, {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.startsAt !== undefined ? { startsAt } : {}),
        ...(patch.endsAt !== undefined ? { endsAt } : {}),
        ...(patch.location !== undefined ? { location: patch.location } : {}),
        ...(patch.videoUrl !== undefined ? { videoUrl: patch.videoUrl } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.outcomeNote !== undefined ? { outcomeNote: patch.outcomeNote } : {}),
      });
      if (row.clientId) {
        const client = await this.clients.load(tx, actor, row.clientId);
        await this.audit.processing(tx, actor, trail, P.appointmentRecord, [client.client.bsn]);
      }
      return (await this.present(tx, actor, [(await repo.findAppointment(tx, id))!], null))[0]!;
    });
  }

  /** A client's appointments with the organisation, newest first (the client file's rules decide who sees them). */
  async forClient(actor: Actor, clientId: string, trail: Trail): Promise<Appointment[]> {
    return this.useCase(actor, trail, { action: 'appointment.list', objectType: 'client', objectId: clientId }, async (tx) => {
      await this.clients.load(tx, actor, clientId);
      return this.present(tx, actor, await repo.listForClient(tx, clientId), trail);
    });
  }

  /**
   * "Mijn afspraken" in the client portal: the appointments of the signed-in client's own file, the
   * upcoming ones and those of the last PORTAL_PAST_DAYS days, earliest first. The client sees when,
   * where, with whom and whether it was cancelled, never the outcome note (403 without a linked file).
   */
  async myPortalAppointments(actor: Actor, trail: Trail): Promise<PortalAppointment[]> {
    return this.useCase(actor, trail, { action: 'portal.appointments', objectType: 'client', objectId: actor.userId }, async (tx) => {
      const clientId = await this.portal.ownClientId(tx, actor);
      const found = await this.clients.load(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, P.portalAppointments, [found.client.bsn]);
      const rows = await repo.listForClientFrom(tx, clientId, portalListStart(todayInAmsterdam()));
      const participants = await repo.participantsOf(
        tx,
        rows.map((r) => r.id),
      );
      const organisations = await organisationNames(
        tx,
        rows.map((r) => r.organisationId),
      );
      const names = new Map<string, string>();
      for (const userId of new Set([...participants.values()].flat())) {
        names.set(userId, (await findUserById(tx, userId))?.name ?? 'Onbekende medewerker');
      }
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        location: r.location,
        videoUrl: r.videoUrl,
        status: r.status as PortalAppointment['status'],
        organisationName: organisations.get(r.organisationId) ?? found.organisationName,
        professionals: (participants.get(r.id) ?? []).map((userId) => ({ name: names.get(userId)! })),
      }));
    });
  }

  // Kept in step by another module --------------------------------------------------------------------

  /**
   * An appointment among colleagues that another module plans and keeps in step inside its own use case (the
   * caller's tenant transaction, which writes the audit line): never with a client, so it is in no client
   * file, timeline or portal, and only its participants open it. The actor takes part; the others must be
   * active colleagues who keep an agenda (400 naming `participantUserIds` otherwise). Returns its id.
   */
  async planLinked(
    tx: Db,
    actor: Actor,
    input: { origin: AppointmentOrigin; title: string; startsAt: Date; endsAt: Date; participantUserIds: readonly string[] },
  ): Promise<string> {
    const id = newId();
    const participantIds = [actor.userId, ...new Set(input.participantUserIds.filter((u) => u !== actor.userId))];
    await this.checkColleagues(tx, actor, participantIds);
    await repo.insertAppointment(
      tx,
      {
        id,
        organisationId: actor.organisationId,
        clientId: null,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: null,
        videoUrl: null,
        createdById: actor.userId,
        origin: input.origin,
      },
      participantIds,
    );
    return id;
  }

  /** Moves or cancels an appointment planned with `planLinked` (of the actor's organisation, same origin). */
  async updateLinked(
    tx: Db,
    actor: Actor,
    id: string,
    origin: AppointmentOrigin,
    patch: { startsAt: Date; endsAt: Date } | { status: 'cancelled' },
  ): Promise<void> {
    const row = await repo.findAppointment(tx, id);
    if (!row || row.organisationId !== actor.organisationId || row.origin !== origin) throw notFound();
    await repo.updateAppointment(tx, id, patch);
  }

  /** The users taking part in an appointment planned with `planLinked`. */
  async linkedParticipants(tx: Db, id: string): Promise<string[]> {
    return (await repo.participantsOf(tx, [id])).get(id) ?? [];
  }

  // ----------------------------------------------------------------------------------------------------

  private async visible(tx: Db, actor: Actor, id: string) {
    const row = await repo.findAppointment(tx, id);
    if (!row) throw notFound();
    const participantIds = (await repo.participantsOf(tx, [id])).get(id) ?? [];
    if (!mayOpenAppointment(actor, row, participantIds)) throw notFound();
    return { row, participantIds };
  }

  /** Participants are active colleagues of the own organisation who keep an agenda. */
  private async checkColleagues(tx: Db, actor: Actor, userIds: readonly string[]): Promise<void> {
    for (const userId of userIds) {
      const user = await findUserById(tx, userId);
      const fits =
        user &&
        user.active &&
        user.organisationId === actor.organisationId &&
        user.roles.some((r) => (AGENDA_ROLES as readonly string[]).includes(r));
      if (!fits) {
        throw AppError.invalid([
          {
            name: 'participantUserIds',
            code: 'not_a_colleague',
            reason: 'Nodig collega’s van uw eigen organisatie uit die een agenda in Werkplein hebben.',
          },
        ]);
      }
    }
  }

  /**
   * Rows → API. The client's name goes only to roles that handle client files (a werkgeversadviseur who
   * takes part sees that there is a client, not who); showing it is logged as processing when a trail is given.
   */
  private async present(tx: Db, actor: Actor, rows: readonly repo.AppointmentRow[], trail: Trail | null): Promise<Appointment[]> {
    const participants = await repo.participantsOf(
      tx,
      rows.map((r) => r.id),
    );
    const names = new Map<string, string>();
    const nameOf = async (userId: string) => {
      if (!names.has(userId)) names.set(userId, (await findUserById(tx, userId))?.name ?? 'Onbekende gebruiker');
      return names.get(userId)!;
    };
    const clients = new Map<string, { id: string; displayName: string; bsn: string }>();
    if (mayPlanWithClient(actor)) {
      for (const clientId of new Set(rows.map((r) => r.clientId).filter((c): c is string => c !== null))) {
        const found = await this.clients.load(tx, actor, clientId).catch((err: unknown) => {
          if (err instanceof AppError && err.code === 'not_found') return null; // consent withdrawn since
          throw err;
        });
        if (found) clients.set(clientId, { id: clientId, displayName: displayName(found.client), bsn: found.client.bsn });
      }
    }
    if (trail && clients.size > 0) {
      await this.audit.processing(
        tx,
        actor,
        trail,
        P.appointmentView,
        [...clients.values()].map((c) => c.bsn),
      );
    }
    const out: Appointment[] = [];
    for (const r of rows) {
      const ids = participants.get(r.id) ?? [];
      const client = r.clientId ? clients.get(r.clientId) : undefined;
      out.push({
        id: r.id,
        title: r.title,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        location: r.location,
        videoUrl: r.videoUrl,
        status: r.status as Appointment['status'],
        outcomeNote: r.outcomeNote,
        withClient: r.clientId !== null,
        client: client ? { id: client.id, displayName: client.displayName } : null,
        participants: await Promise.all(ids.map(async (userId) => ({ userId, name: await nameOf(userId) }))),
        createdByName: await nameOf(r.createdById),
        mine: ids.includes(actor.userId),
        origin: (r.origin as AppointmentOrigin | null) ?? null,
      });
    }
    return out;
  }

  private publicUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
  }
}
