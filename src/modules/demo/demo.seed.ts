import { createHash } from 'node:crypto';
import { count } from 'drizzle-orm';
import { inTenant, type Db } from '../../platform/db/database.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { insertOrganisation } from '../organisations/organisations.repo.ts';
import { insertUser } from '../identity/identity.repo.ts';
import { hashPassword } from '../identity/password.ts';
import { insertClient, insertConsent } from '../clients/clients.repo.ts';
import { searchName } from '../clients/clients.rules.ts';
import { insertAssessment } from '../ladder/ladder.repo.ts';
import { employerAgreements, employerContactMoments, employerContacts, employers } from '../employers/employers.schema.ts';
import { vacancies } from '../vacancies/vacancies.schema.ts';
import { openAdminSql } from '../../platform/db/admin.ts';
import type { DatabaseTarget } from '../../platform/db/database.ts';
import { fixtureOccupations, importRefdataFixtures } from '../refdata/refdata.fixtures.ts';
import { generateDemo, type DemoData } from './demo-data.ts';
import { generateEmployment, type DemoEmployment } from './demo-employment.ts';

/** Stable ids from demo keys, so links into the demo survive a re-seed. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`werkplein-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo into an empty database, as the application role: client files are written within
 * their own organisation's tenant context, so the demo passes through row-level security like real data.
 */
export async function seedDemo(
  db: Db,
  data: DemoData = generateDemo(),
  employment: DemoEmployment = generateEmployment(data, fixtureOccupations()),
): Promise<{ organisations: number; users: number; clients: number; employers: number; vacancies: number }> {
  const passwordHash = await hashPassword(data.password);
  const orgId = (key: string) => demoId(`org:${key}`);
  const userId = (key: string) => demoId(`user:${key}`);

  await inTenant(db, null, async (tx) => {
    for (const o of data.organisations) {
      await insertOrganisation(tx, { id: orgId(o.key), name: o.name, kind: o.kind, cbsCode: o.cbsCode, region: o.region });
    }
    for (const u of data.users) {
      await insertUser(tx, {
        id: userId(u.key),
        email: u.email,
        name: u.name,
        organisationId: orgId(u.organisationKey),
        passwordHash,
        roles: u.roles,
      });
    }
  });

  const byOrg = new Map<string, typeof data.clients>();
  for (const c of data.clients) byOrg.set(c.owningOrganisationKey, [...(byOrg.get(c.owningOrganisationKey) ?? []), c]);
  for (const [orgKey, clients] of byOrg) {
    const organisationId = orgId(orgKey);
    await inTenant(db, { organisationId, userId: null }, async (tx) => {
      for (const c of clients) {
        const id = demoId(`client:${c.key}`);
        await insertClient(tx, {
          id,
          organisationId,
          caseManagerId: userId(c.caseManagerKey),
          bsn: c.bsn,
          firstName: c.firstName,
          surnamePrefix: c.surnamePrefix ?? null,
          surname: c.surname,
          searchName: searchName({ firstName: c.firstName, surnamePrefix: c.surnamePrefix ?? null, surname: c.surname }),
          dateOfBirth: c.dateOfBirth,
          gender: c.gender,
          email: c.email ?? null,
          phone: c.phone ?? null,
          street: c.address.street,
          houseNumber: c.address.houseNumber,
          houseNumberAddition: c.address.houseNumberAddition ?? null,
          postcode: c.address.postcode,
          city: c.address.city,
          educationLevel: c.educationLevel,
          benefitType: c.benefitType,
          hoursAvailable: c.hoursAvailable,
          drivingLicence: c.drivingLicence,
          maxTravelKm: c.maxTravelKm,
          languages: c.languages,
          targetGroups: c.targetGroups,
          healthLimitations: c.healthLimitations,
          ...employment.clientMatch[c.key],
        });
        for (const [i, a] of c.ladderAssessments.entries()) {
          await insertAssessment(tx, {
            id: demoId(`ladder:${c.key}:${i}`),
            clientId: id,
            organisationId,
            rung: a.rung,
            growthPotential: a.growthPotential,
            assessedOn: a.assessedOn,
            assessorId: userId(a.assessorKey),
            notes: a.notes,
            createdAt: new Date(`${a.assessedOn}T10:00:00+01:00`),
          });
        }
        for (const [i, k] of c.consents.entries()) {
          await insertConsent(tx, {
            id: demoId(`consent:${c.key}:${i}`),
            clientId: id,
            ownerOrganisationId: organisationId,
            organisationId: orgId(k.organisationKey),
            note: k.note,
            grantedAt: new Date(`${k.grantedOn}T10:00:00+01:00`),
            grantedById: userId(k.grantedByKey),
          });
        }
      }
    });
  }
  await seedEmployment(db, data, employment);
  return {
    organisations: data.organisations.length,
    users: data.users.length,
    clients: data.clients.length,
    employers: employment.employers.length,
    vacancies: employment.vacancies.length,
  };
}

/**
 * Employers are shared by all partners (no row-level security); vacancies are written within the
 * registering organisation's tenant context, so they pass the same policy as real ones.
 */
async function seedEmployment(db: Db, data: DemoData, employment: DemoEmployment): Promise<void> {
  const orgId = (key: string) => demoId(`org:${key}`);
  const userId = (key: string) => demoId(`user:${key}`);
  const employerId = (key: string) => demoId(`employer:${key}`);
  await inTenant(db, null, async (tx) => {
    for (const e of employment.employers) {
      await tx.insert(employers).values({
        id: employerId(e.key),
        kvkNumber: e.kvkNumber,
        name: e.name,
        sbiCode: e.sbiCode,
        sizeClass: e.sizeClass,
        street: e.address.street,
        houseNumber: e.address.houseNumber,
        postcode: e.address.postcode,
        city: e.address.city,
        portalOrganisationId: e.portalOrganisationKey ? orgId(e.portalOrganisationKey) : null,
        leadUserId: e.lead ? userId(e.lead.userKey) : null,
        leadOrganisationId: e.lead ? orgId(e.lead.organisationKey) : null,
        leadSince: e.lead ? new Date(e.lead.since) : null,
        registeredByOrganisationId: orgId(e.registeredByKey),
        createdAt: new Date(`${e.lead?.since.slice(0, 10) ?? '2024-09-02'}T09:00:00+02:00`),
      });
      for (const [i, c] of e.contacts.entries()) {
        await tx.insert(employerContacts).values({ id: demoId(`employer-contact:${e.key}:${i}`), employerId: employerId(e.key), ...c });
      }
      for (const [i, m] of e.contactMoments.entries()) {
        await tx.insert(employerContactMoments).values({
          id: demoId(`employer-moment:${e.key}:${i}`),
          employerId: employerId(e.key),
          organisationId: orgId(m.organisationKey),
          userId: userId(m.userKey),
          kind: m.kind,
          occurredOn: m.occurredOn,
          notes: m.notes,
          createdAt: new Date(`${m.occurredOn}T16:00:00+01:00`),
        });
      }
      for (const [i, a] of e.agreements.entries()) {
        await tx.insert(employerAgreements).values({
          id: demoId(`employer-agreement:${e.key}:${i}`),
          employerId: employerId(e.key),
          ...a,
          organisationId: orgId(a.organisationKey),
        });
      }
    }
  });
  const regionOf = new Map(data.organisations.map((o) => [o.key, o.region]));
  const byOrg = new Map<string, typeof employment.vacancies>();
  for (const v of employment.vacancies) byOrg.set(v.organisationKey, [...(byOrg.get(v.organisationKey) ?? []), v]);
  for (const [orgKey, list] of byOrg) {
    const organisationId = orgId(orgKey);
    const regionCode = regionOf.get(orgKey) ?? null;
    await inTenant(db, { organisationId, userId: null, regionCode }, async (tx) => {
      for (const v of list) {
        await tx.insert(vacancies).values({
          id: demoId(`vacancy:${v.key}`),
          employerId: employerId(v.employerKey),
          organisationId,
          regionCode,
          occupationUri: v.occupationUri,
          iscoCode: v.iscoCode,
          title: v.title,
          description: v.description,
          hoursPerWeek: v.hoursPerWeek,
          postcode: v.postcode,
          positions: v.positions,
          educationLevel: v.educationLevel,
          drivingLicenceRequired: v.drivingLicenceRequired,
          skills: v.skills,
          startDate: v.startDate,
          wageMinCents: v.wageMinCents,
          wageMaxCents: v.wageMaxCents,
          visibility: v.visibility,
          status: v.status,
          openedAt: new Date(`${v.openedOn}T09:00:00+01:00`),
          filledAt: v.filledOn ? new Date(`${v.filledOn}T15:00:00+01:00`) : null,
          createdById: userId(v.createdByKey),
        });
      }
    });
  }
}

/**
 * The demo's reference data (the fixture in src/modules/refdata/fixtures), loaded through the importer as the
 * schema owner: the application role may only read reference data. On PGlite the schema owner and the
 * application cannot have the data folder open at the same time, so call this while the app's is closed.
 */
export async function importDemoReferenceData(admin: DatabaseTarget): Promise<void> {
  const sql = await openAdminSql(admin);
  try {
    await importRefdataFixtures(sql);
  } finally {
    await sql.close();
  }
}
