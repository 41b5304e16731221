import { and, asc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { clientConsents, clients } from '../clients/clients.schema.ts';
import { vacancies } from '../vacancies/vacancies.schema.ts';
import { employers } from '../employers/employers.schema.ts';
import { postcodeAreas } from '../refdata/refdata.schema.ts';

/**
 * The matching module reads clients and vacancies, never writes them. Every query runs in the actor's
 * tenant transaction, so row-level security decides what is visible; the explicit predicates mirror the
 * policies (tenant-scoped queries, usable indexes).
 */

function clientVisibleTo(organisationId: string): SQL {
  return or(
    eq(clients.organisationId, organisationId),
    sql`EXISTS (SELECT 1 FROM ${clientConsents} c WHERE c.client_id = ${clients.id} AND c.organisation_id = ${organisationId} AND c.withdrawn_at IS NULL
          AND (c.valid_until IS NULL OR c.valid_until >= (now() AT TIME ZONE 'Europe/Amsterdam')::date))`,
  )!;
}

const clientPc4 = sql`left(${clients.postcode}, 4)`;
const vacancyPc4 = sql`left(${vacancies.postcode}, 4)`;

const matchColumns = {
  id: clients.id,
  organisationId: clients.organisationId,
  version: clients.version,
  updatedAt: clients.updatedAt,
  wantedOccupationUris: clients.wantedOccupationUris,
  wantedIscoCodes: clients.wantedIscoCodes,
  maxTravelKm: clients.maxTravelKm,
  hoursAvailable: clients.hoursAvailable,
  educationLevel: clients.educationLevel,
  drivingLicence: clients.drivingLicence,
  skills: clients.skills,
  availableFrom: clients.availableFrom,
  lat: postcodeAreas.lat,
  lon: postcodeAreas.lon,
};
/** The facts matching uses of a client: no name, BSN, date of birth, gender, health or other attribute. */
export type MatchClientRow = {
  id: string;
  organisationId: string;
  version: number;
  updatedAt: Date;
  wantedOccupationUris: string[];
  wantedIscoCodes: string[];
  maxTravelKm: number;
  hoursAvailable: number;
  educationLevel: string;
  drivingLicence: boolean;
  skills: string[];
  availableFrom: string | null;
  lat: number | null;
  lon: number | null;
};

/** The clients the organisation may see (own, or shared by consent), optionally only those changed since. */
export async function matchClients(db: Db, organisationId: string, changedSince?: Date): Promise<MatchClientRow[]> {
  const where = changedSince ? and(clientVisibleTo(organisationId), gte(clients.updatedAt, changedSince)) : clientVisibleTo(organisationId);
  return db.select(matchColumns).from(clients).leftJoin(postcodeAreas, eq(postcodeAreas.pc4, clientPc4)).where(where);
}

export interface ClientFingerprint {
  count: number;
  versionSum: number;
  lastUpdated: Date | null;
  /** Grants + withdrawals of consents given to the organisation: grows with every change of who it sees. */
  consentEvents: number;
  postcodeAreas: number;
}

/** A cheap summary that changes whenever the set of visible clients or their match facts may have changed. */
export async function clientFingerprint(db: Db, organisationId: string): Promise<ClientFingerprint> {
  const [row] = await queryRows<{ n: string; versions: string; last: string | Date | null; consents: string; areas: string }>(
    db,
    sql`SELECT count(*) AS n, coalesce(sum(c.version), 0) AS versions, max(c.updated_at) AS last,
          (SELECT count(*) + count(cc.withdrawn_at) + count(*) FILTER (WHERE cc.valid_until < (now() AT TIME ZONE 'Europe/Amsterdam')::date)
             FROM ${clientConsents} cc WHERE cc.organisation_id = ${organisationId}) AS consents,
          (SELECT count(*) FROM ${postcodeAreas}) AS areas
        FROM ${clients} c
        WHERE c.organisation_id = ${organisationId}
           OR EXISTS (SELECT 1 FROM ${clientConsents} x WHERE x.client_id = c.id AND x.organisation_id = ${organisationId} AND x.withdrawn_at IS NULL
                AND (x.valid_until IS NULL OR x.valid_until >= (now() AT TIME ZONE 'Europe/Amsterdam')::date))`,
  );
  return {
    count: Number(row!.n),
    versionSum: Number(row!.versions),
    lastUpdated: row!.last === null ? null : new Date(row!.last),
    consentEvents: Number(row!.consents),
    postcodeAreas: Number(row!.areas),
  };
}

/** The listed clients' match facts with name and BSN (the BSN only for the processing log), visible ones only. */
export async function listedClients(db: Db, organisationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      ...matchColumns,
      bsn: clients.bsn,
      firstName: clients.firstName,
      surnamePrefix: clients.surnamePrefix,
      surname: clients.surname,
    })
    .from(clients)
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, clientPc4))
    .where(and(inArray(clients.id, ids), clientVisibleTo(organisationId)));
}

/** One visible client's match facts (404 in the service when absent). */
export async function findMatchClient(db: Db, organisationId: string, id: string): Promise<(MatchClientRow & { bsn: string }) | null> {
  const rows = await db
    .select({ ...matchColumns, bsn: clients.bsn })
    .from(clients)
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, clientPc4))
    .where(and(eq(clients.id, id), clientVisibleTo(organisationId)));
  return rows[0] ?? null;
}

// Vacancies ------------------------------------------------------------------------------------------

const vacancyColumns = {
  id: vacancies.id,
  organisationId: vacancies.organisationId,
  title: vacancies.title,
  employerName: employers.name,
  occupationUri: vacancies.occupationUri,
  iscoCode: vacancies.iscoCode,
  hoursPerWeek: vacancies.hoursPerWeek,
  educationLevel: vacancies.educationLevel,
  drivingLicenceRequired: vacancies.drivingLicenceRequired,
  skills: vacancies.skills,
  startDate: vacancies.startDate,
  status: vacancies.status,
  lat: postcodeAreas.lat,
  lon: postcodeAreas.lon,
};
export type MatchVacancyRow = {
  id: string;
  organisationId: string;
  title: string;
  employerName: string;
  occupationUri: string;
  iscoCode: string;
  hoursPerWeek: number;
  educationLevel: string | null;
  drivingLicenceRequired: boolean;
  skills: string[];
  startDate: string | null;
  status: string;
  lat: number | null;
  lon: number | null;
};

function vacancyQuery(db: Db) {
  return db
    .select(vacancyColumns)
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(postcodeAreas, eq(postcodeAreas.pc4, vacancyPc4));
}

/** A vacancy the tenant may see (row-level security decides), or null. */
export async function findMatchVacancy(db: Db, id: string): Promise<MatchVacancyRow | null> {
  return (await vacancyQuery(db).where(eq(vacancies.id, id)))[0] ?? null;
}

/** The open vacancies the tenant may see (own, region partners', public, own portal's: row-level security). */
export async function openVacancies(db: Db, ids?: string[]): Promise<MatchVacancyRow[]> {
  const where = ids ? and(eq(vacancies.status, 'open'), inArray(vacancies.id, ids)) : eq(vacancies.status, 'open');
  return vacancyQuery(db).where(where).orderBy(asc(vacancies.id));
}

/** Changes whenever a visible open vacancy's match facts (or the set of them, or the PC4 centroids) change. */
export async function vacancyFingerprint(db: Db): Promise<string> {
  const [row] = await queryRows<{ fp: string | null; areas: string }>(
    db,
    sql`SELECT md5(string_agg(concat_ws('|', v.id, v.occupation_uri, v.isco_code, v.hours_per_week, v.postcode, v.education_level,
                 v.driving_licence_required, array_to_string(v.skills, ','), v.start_date), ';' ORDER BY v.id)) AS fp,
               (SELECT count(*) FROM ${postcodeAreas}) AS areas
        FROM ${vacancies} v WHERE v.status = 'open'`,
  );
  return `${row!.fp ?? 'none'}:${row!.areas}`;
}
