import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { appointmentParticipants, appointments } from './agenda.schema.ts';

export type AppointmentRow = typeof appointments.$inferSelect;

// Every query runs in the caller's tenant transaction: row-level security keeps it to the organisation.

export async function insertAppointment(db: Db, row: typeof appointments.$inferInsert, participantIds: readonly string[]): Promise<void> {
  await db.insert(appointments).values(row);
  await db
    .insert(appointmentParticipants)
    .values(participantIds.map((userId) => ({ appointmentId: row.id, userId, organisationId: row.organisationId })));
}

export async function findAppointment(db: Db, id: string): Promise<AppointmentRow | null> {
  return (await db.select().from(appointments).where(eq(appointments.id, id)))[0] ?? null;
}

/** The users taking part, per appointment. */
export async function participantsOf(db: Db, appointmentIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(appointmentIds.map((id) => [id, []]));
  if (appointmentIds.length === 0) return out;
  const rows = await db
    .select()
    .from(appointmentParticipants)
    .where(inArray(appointmentParticipants.appointmentId, [...appointmentIds]));
  for (const r of rows) out.get(r.appointmentId)?.push(r.userId);
  return out;
}

/** A user's appointments that begin in [from, to), earliest first. */
export async function listForUser(db: Db, userId: string, from: Date, to: Date): Promise<AppointmentRow[]> {
  return db
    .select({ appointment: appointments })
    .from(appointments)
    .innerJoin(appointmentParticipants, eq(appointmentParticipants.appointmentId, appointments.id))
    .where(and(eq(appointmentParticipants.userId, userId), gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .then((rows) => rows.map((r) => r.appointment));
}

/** A client's appointments with the organisation, newest first. */
export async function listForClient(db: Db, clientId: string): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(eq(appointments.clientId, clientId))
    .orderBy(desc(appointments.startsAt), asc(appointments.id));
}

/** A client's appointments that begin from `from` on, earliest first. */
export async function listForClientFrom(db: Db, clientId: string, from: Date): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.clientId, clientId), gte(appointments.startsAt, from)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

export async function updateAppointment(db: Db, id: string, patch: Partial<typeof appointments.$inferInsert>): Promise<void> {
  await db
    .update(appointments)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(appointments.id, id));
}
