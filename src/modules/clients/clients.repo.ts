import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../kernel/errors.ts';
import { clientConsents, clients } from './clients.schema.ts';
import { organisationNames } from '../organisations/index.ts';
import { activeUserIds, userNames } from '../identity/index.ts';
import { latestRungs } from '../ladder/index.ts';
import { occupationsByUri } from '../refdata/index.ts';

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
    })
    .from(clients)
    .where(where)
    .orderBy(asc(clients.surname), asc(clients.firstName), asc(clients.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  // The owner's name and the latest rung from the organisations' and ladder modules' published reads, one query each.
  const [names, rungs] = await Promise.all([
    organisationNames(
      db,
      rows.map((r) => r.organisationId),
    ),
    latestRungs(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, organisationName: names.get(r.organisationId) ?? '', latestRung: rungs.get(r.id) ?? null })),
    total: totalRow?.n ?? 0,
  };
}

export async function findClient(db: Db, organisationId: string, id: string) {
  const [client] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, id), visibleTo(organisationId)));
  if (!client) return null;
  const [owner, caseManager] = await Promise.all([organisationNames(db, [client.organisationId]), userNames(db, [client.caseManagerId])]);
  return {
    client,
    organisationName: owner.get(client.organisationId) ?? '',
    caseManagerName: client.caseManagerId ? (caseManager.get(client.caseManagerId) ?? null) : null,
  };
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
  const consents = await db
    .select()
    .from(clientConsents)
    .where(eq(clientConsents.clientId, clientId))
    .orderBy(desc(clientConsents.grantedAt));
  // The partners' names and who gave or withdrew each consent, from the organisations' and identity modules' published reads.
  const [partners, people] = await Promise.all([
    organisationNames(
      db,
      consents.map((c) => c.organisationId),
    ),
    userNames(
      db,
      consents.flatMap((c) => [c.grantedById, c.withdrawnById]),
    ),
  ]);
  return consents.map((consent) => ({
    consent,
    organisationName: partners.get(consent.organisationId) ?? '',
    grantedBy: people.get(consent.grantedById) ?? '',
    withdrawnBy: consent.withdrawnById ? (people.get(consent.withdrawnById) ?? null) : null,
  }));
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
  const found = await occupationsByUri(db, uris);
  return [...found.values()].map((o) => ({ uri: o.uri, iscoCode: o.iscoCode }));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The organisation's own consents, not withdrawn, whose last day lies between two dates (inclusive) and that no
 * newer consent for the same client and partner renews (not withdrawn, ending later or not at all).
 */
export async function consentsEndingBetween(db: Db, ownerOrganisationId: string, endsFrom: string, endsTo: string) {
  const rows = await queryRows<{ id: string; client_id: string; partner_id: string; valid_until: string; case_manager_id: string | null }>(
    db,
    sql`SELECT cc.id, cc.client_id, cc.organisation_id AS partner_id, cc.valid_until::text AS valid_until, c.case_manager_id
        FROM ${clientConsents} cc
        JOIN ${clients} c ON c.id = cc.client_id
        WHERE cc.owner_organisation_id = ${ownerOrganisationId} AND cc.withdrawn_at IS NULL
          AND cc.valid_until BETWEEN ${endsFrom}::date AND ${endsTo}::date
          AND NOT EXISTS (
            SELECT 1 FROM ${clientConsents} n
            WHERE n.client_id = cc.client_id AND n.organisation_id = cc.organisation_id AND n.id <> cc.id
              AND n.withdrawn_at IS NULL AND n.granted_at > cc.granted_at
              AND (n.valid_until IS NULL OR n.valid_until > cc.valid_until)
          )`,
  );
  // The partner's name and whether the klantmanager's account is still active, from the organisations' and identity modules.
  const [partners, active] = await Promise.all([
    organisationNames(
      db,
      rows.map((r) => r.partner_id),
    ),
    activeUserIds(
      db,
      rows.map((r) => r.case_manager_id),
    ),
  ]);
  return rows.map((r) => ({
    consentId: r.id,
    clientId: r.client_id,
    partnerName: partners.get(r.partner_id) ?? '',
    validUntil: r.valid_until,
    klantmanagerId: r.case_manager_id !== null && active.has(r.case_manager_id) ? r.case_manager_id : null,
  }));
}
