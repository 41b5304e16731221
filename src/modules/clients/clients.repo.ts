import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../kernel/errors.ts';
import { clientConsents, clients } from './clients.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { ladderAssessments } from '../ladder/ladder.schema.ts';
import { occupations } from '../refdata/refdata.schema.ts';

export type ClientRow = typeof clients.$inferSelect;
export type ClientInsert = typeof clients.$inferInsert;

/** Today in Amsterdam by the database clock, as the policies judge a consent's valid_until (migrations/0018). */
const AMSTERDAM_TODAY = sql`(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Mirrors the row-level-security policy in the query itself: the database enforces it, and the explicit
 * predicate keeps every query tenant-scoped (the Citus scale-out path) and lets the planner use indexes.
 */
/** The row-level-security predicate of clients, repeated: own, shared by consent, or assigned to us as provider. */
function visibleTo(organisationId: string): SQL {
  return or(
    eq(clients.organisationId, organisationId),
    sql`EXISTS (SELECT 1 FROM ${clientConsents} c WHERE c.client_id = ${clients.id} AND c.organisation_id = ${organisationId} AND c.withdrawn_at IS NULL
          AND (c.valid_until IS NULL OR c.valid_until >= ${AMSTERDAM_TODAY}))`,
    sql`EXISTS (SELECT 1 FROM assignment_clients a WHERE a.client_id = ${clients.id} AND a.provider_organisation_id = ${organisationId} AND a.ended_at IS NULL)`,
  )!;
}

const latestRung = sql<
  number | null
>`(SELECT la.rung FROM ${ladderAssessments} la WHERE la.client_id = ${clients.id} ORDER BY la.assessed_on DESC, la.created_at DESC LIMIT 1)`;

export interface ClientListFilter {
  organisationId: string;
  nameQuery?: string;
  postcodePrefix?: string;
  bsn?: string;
  page: number;
  pageSize: number;
}

export async function listClients(db: Db, f: ClientListFilter) {
  const conditions: SQL[] = [visibleTo(f.organisationId)];
  if (f.nameQuery) conditions.push(ilike(clients.searchName, `%${escapeLike(f.nameQuery.toLowerCase())}%`));
  if (f.postcodePrefix) conditions.push(ilike(clients.postcode, `${escapeLike(f.postcodePrefix)}%`));
  if (f.bsn) conditions.push(eq(clients.bsn, f.bsn));
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(clients).where(where);
  const rows = await db
    .select({
      id: clients.id,
      bsn: clients.bsn,
      firstName: clients.firstName,
      surnamePrefix: clients.surnamePrefix,
      surname: clients.surname,
      dateOfBirth: clients.dateOfBirth,
      postcode: clients.postcode,
      city: clients.city,
      benefitType: clients.benefitType,
      organisationId: clients.organisationId,
      organisationName: organisations.name,
      latestRung,
    })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .where(where)
    .orderBy(asc(clients.surname), asc(clients.firstName), asc(clients.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function findClient(db: Db, organisationId: string, id: string) {
  const rows = await db
    .select({ client: clients, organisationName: organisations.name, caseManagerName: users.name })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .leftJoin(users, eq(users.id, clients.caseManagerId))
    .where(and(eq(clients.id, id), visibleTo(organisationId)));
  return rows[0] ?? null;
}

export async function bsnTaken(db: Db, organisationId: string, bsn: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organisationId, organisationId), eq(clients.bsn, bsn)));
  return rows.some((r) => r.id !== exceptId);
}

/**
 * The unique indexes decide races the service's checks cannot see (two saves at the same moment): their
 * violations become the same 409 the check gives.
 */
function uniqueConflict(err: unknown): unknown {
  if (isUniqueViolation(err, 'clients_organisation_bsn_key')) {
    return new AppError('duplicate_bsn', 'Er staat al een cliënt met dit BSN in het bestand van uw organisatie.', [
      { name: 'bsn', code: 'duplicate', reason: 'Dit BSN is al geregistreerd bij uw organisatie.' },
    ]);
  }
  if (isUniqueViolation(err, 'client_consents_active_key')) {
    return new AppError('conflict', 'Voor deze organisatie is al toestemming vastgelegd.', [
      { name: 'organisationId', code: 'already_granted', reason: 'Hiervoor is al toestemming vastgelegd.' },
    ]);
  }
  return err;
}

export async function insertClient(db: Db, row: ClientInsert): Promise<void> {
  try {
    await db.insert(clients).values(row);
  } catch (err) {
    throw uniqueConflict(err);
  }
}

/** Updates only when the version still matches (optimistic locking); returns whether it did. */
export async function updateClient(
  db: Db,
  id: string,
  organisationId: string,
  version: number,
  patch: Partial<ClientInsert>,
): Promise<boolean> {
  try {
    const rows = await db
      .update(clients)
      .set({ ...patch, version: version + 1, updatedAt: new Date() })
      .where(and(eq(clients.id, id), eq(clients.organisationId, organisationId), eq(clients.version, version)))
      .returning({ id: clients.id });
    return rows.length === 1;
  } catch (err) {
    throw uniqueConflict(err);
  }
}

// Consents -----------------------------------------------------------------------------------------

export async function listConsents(db: Db, clientId: string) {
  const grantor = sql<string>`(SELECT u.name FROM ${users} u WHERE u.id = ${clientConsents.grantedById})`;
  const withdrawer = sql<string | null>`(SELECT u.name FROM ${users} u WHERE u.id = ${clientConsents.withdrawnById})`;
  return db
    .select({ consent: clientConsents, organisationName: organisations.name, grantedBy: grantor, withdrawnBy: withdrawer })
    .from(clientConsents)
    .innerJoin(organisations, eq(organisations.id, clientConsents.organisationId))
    .where(eq(clientConsents.clientId, clientId))
    .orderBy(desc(clientConsents.grantedAt));
}

/** The client's consents for a partner that are in force today (not withdrawn, not past valid_until). */
export async function consentsInForceFor(db: Db, clientId: string, organisationId: string) {
  return db
    .select()
    .from(clientConsents)
    .where(
      and(
        eq(clientConsents.clientId, clientId),
        eq(clientConsents.organisationId, organisationId),
        isNull(clientConsents.withdrawnAt),
        sql`(${clientConsents.validUntil} IS NULL OR ${clientConsents.validUntil} >= ${AMSTERDAM_TODAY})`,
      ),
    );
}

export async function insertConsent(db: Db, row: typeof clientConsents.$inferInsert): Promise<void> {
  try {
    await db.insert(clientConsents).values(row);
  } catch (err) {
    throw uniqueConflict(err);
  }
}

export async function withdrawConsent(db: Db, consentId: string, clientId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(clientConsents)
    .set({ withdrawnAt: new Date(), withdrawnById: userId })
    .where(and(eq(clientConsents.id, consentId), eq(clientConsents.clientId, clientId), isNull(clientConsents.withdrawnAt)))
    .returning({ id: clientConsents.id });
  return rows.length === 1;
}

export async function findConsent(db: Db, consentId: string, clientId: string) {
  const rows = await db
    .select()
    .from(clientConsents)
    .where(and(eq(clientConsents.id, consentId), eq(clientConsents.clientId, clientId)));
  return rows[0] ?? null;
}

/** The occupations among the given ESCO URIs, with their ISCO-08 unit group (for the wanted occupations). */
export async function findOccupations(db: Db, uris: string[]): Promise<{ uri: string; iscoCode: string }[]> {
  if (uris.length === 0) return [];
  return db.select({ uri: occupations.uri, iscoCode: occupations.iscoCode }).from(occupations).where(inArray(occupations.uri, uris));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The organisation's own consents, not withdrawn, whose last day lies between two dates (inclusive) and that no
 * newer consent for the same client and partner renews (not withdrawn, ending later or not at all).
 */
export async function consentsEndingBetween(db: Db, ownerOrganisationId: string, endsFrom: string, endsTo: string) {
  const rows = await queryRows<{ id: string; client_id: string; partner: string; valid_until: string; klantmanager: string | null }>(
    db,
    sql`SELECT cc.id, cc.client_id, o.name AS partner, cc.valid_until::text AS valid_until,
          CASE WHEN u.active THEN c.case_manager_id END AS klantmanager
        FROM ${clientConsents} cc
        JOIN ${clients} c ON c.id = cc.client_id
        JOIN ${organisations} o ON o.id = cc.organisation_id
        LEFT JOIN ${users} u ON u.id = c.case_manager_id
        WHERE cc.owner_organisation_id = ${ownerOrganisationId} AND cc.withdrawn_at IS NULL
          AND cc.valid_until BETWEEN ${endsFrom}::date AND ${endsTo}::date
          AND NOT EXISTS (
            SELECT 1 FROM ${clientConsents} n
            WHERE n.client_id = cc.client_id AND n.organisation_id = cc.organisation_id AND n.id <> cc.id
              AND n.withdrawn_at IS NULL AND n.granted_at > cc.granted_at
              AND (n.valid_until IS NULL OR n.valid_until > cc.valid_until)
          )`,
  );
  return rows.map((r) => ({
    consentId: r.id,
    clientId: r.client_id,
    partnerName: r.partner,
    validUntil: r.valid_until,
    klantmanagerId: r.klantmanager,
  }));
}
