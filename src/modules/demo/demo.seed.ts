import type { DemoSeedContext } from '../../platform/demo.ts';
import { count } from 'drizzle-orm';
import { inTenant, type Db } from '../../platform/db/database.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { insertOrganisation } from '../organisations/organisations.repo.ts';
import { userRoles, users } from '../identity/identity.schema.ts';
import { hashPassword } from '../identity/index.ts';
import { clientConsents, clients } from '../clients/clients.schema.ts';
import { searchName } from '../clients/clients.rules.ts';
import { ladderAssessments } from '../ladder/ladder.schema.ts';
import { employerAgreements, employerContactMoments, employerContacts, employers } from '../employers/employers.schema.ts';
import { vacancies } from '../vacancies/vacancies.schema.ts';
import { openAdminSql } from '../../platform/db/admin.ts';
import type { DatabaseTarget } from '../../platform/db/database.ts';
import { fixtureOccupations, importRefdataFixtures } from '../refdata/refdata.fixtures.ts';
import { generateDemo, type DemoClient, type DemoData } from './demo-data.ts';
import { generateEmployment, type DemoEmployment } from './demo-employment.ts';
import { generateRoutes, type DemoRoutes } from './demo-routes.ts';
import { demoId, insertMany, seedRoutes } from './demo-routes.seed.ts';

export { demoId };

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
  routes: DemoRoutes = generateRoutes(data),
): Promise<{
  organisations: number;
  users: number;
  /** The generated demo clients (data.clients); the PRB pilots' long-term clients are counted in extraClients. */
  clients: number;
  employers: number;
  vacancies: number;
  extraClients: number;
  trajectories: number;
  prbParticipants: number;
  /** What the modules' own demo seeding builds on (src/platform/demo.ts). */
  refs: DemoRefs;
}> {
  const passwordHash = await hashPassword(data.password);
  const orgId = (key: string) => demoId(`org:${key}`);
  const userId = (key: string) => demoId(`user:${key}`);

  await inTenant(db, null, async (tx) => {
    for (const o of data.organisations) {
      await insertOrganisation(tx, { id: orgId(o.key), name: o.name, kind: o.kind, cbsCode: o.cbsCode, region: o.region });
    }
    await insertMany(
      tx,
      users,
      data.users.map((u) => ({ id: userId(u.key), email: u.email, name: u.name, organisationId: orgId(u.organisationKey), passwordHash })),
    );
    await insertMany(
      tx,
      userRoles,
      data.users.flatMap((u) => u.roles.map((role) => ({ userId: userId(u.key), role }))),
    );
  });

  // The PRB pilots' long-term clients are clients like the others; their wishes come from the same generator.
  const allClients = [...data.clients, ...routes.extraClients];
  const clientMatch = {
    ...employment.clientMatch,
    ...(routes.extraClients.length > 0
      ? generateEmployment({ ...data, clients: routes.extraClients }, fixtureOccupations()).clientMatch
      : {}),
  };
  const byOrg = new Map<string, DemoClient[]>();
  for (const c of allClients) byOrg.set(c.owningOrganisationKey, [...(byOrg.get(c.owningOrganisationKey) ?? []), c]);
  for (const [orgKey, list] of byOrg) {
    const organisationId = orgId(orgKey);
    await inTenant(db, { organisationId, userId: null }, async (tx) => {
      await insertMany(
        tx,
        clients,
        list.map((c) => ({
          id: demoId(`client:${c.key}`),
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
          ...clientMatch[c.key],
        })),
      );
      await insertMany(
        tx,
        ladderAssessments,
        list.flatMap((c) =>
          c.ladderAssessments.map((a, i) => ({
            id: demoId(`ladder:${c.key}:${i}`),
            clientId: demoId(`client:${c.key}`),
            organisationId,
            rung: a.rung,
            growthPotential: a.growthPotential,
            assessedOn: a.assessedOn,
            assessorId: userId(a.assessorKey),
            notes: a.notes,
            createdAt: new Date(`${a.assessedOn}T10:00:00+01:00`),
          })),
        ),
      );
      await insertMany(
        tx,
        clientConsents,
        list.flatMap((c) =>
          c.consents.map((k, i) => ({
            id: demoId(`consent:${c.key}:${i}`),
            clientId: demoId(`client:${c.key}`),
            ownerOrganisationId: organisationId,
            organisationId: orgId(k.organisationKey),
            note: k.note,
            grantedAt: new Date(`${k.grantedOn}T10:00:00+01:00`),
            grantedById: userId(k.grantedByKey),
          })),
        ),
      );
    });
  }
  await seedEmployment(db, data, employment);
  await seedRoutes(db, routes);
  return {
    organisations: data.organisations.length,
    users: data.users.length,
    clients: data.clients.length,
    employers: employment.employers.length,
    vacancies: employment.vacancies.length,
    extraClients: routes.extraClients.length,
    trajectories: routes.trajectories.length,
    prbParticipants: routes.prbProgrammes.reduce((n, p) => n + p.participants.length, 0),
    refs: {
      organisations: data.organisations.map((o) => ({ id: orgId(o.key), key: o.key, name: o.name, kind: o.kind, cbsCode: o.cbsCode })),
      users: data.users.map((u) => ({
        id: userId(u.key),
        key: u.key,
        email: u.email,
        name: u.name,
        organisationId: orgId(u.organisationKey),
        roles: u.roles,
      })),
      clients: allClients.map((c) => ({
        id: demoId(`client:${c.key}`),
        key: c.key,
        organisationId: orgId(c.owningOrganisationKey),
        caseManagerId: userId(c.caseManagerKey),
        bsn: c.bsn,
        firstName: c.firstName,
        dateOfBirth: c.dateOfBirth,
      })),
      vacancies: employment.vacancies.map((v) => ({
        id: demoId(`vacancy:${v.key}`),
        key: v.key,
        organisationId: orgId(v.organisationKey),
        employerId: demoId(`employer:${v.employerKey}`),
        title: v.title,
        hoursPerWeek: v.hoursPerWeek,
        status: v.status,
      })),
      id: demoId,
    },
  };
}

/** The core demo's rows as the modules' demo seeding sees them. */
export type DemoRefs = Omit<DemoSeedContext, 'db' | 'today'>;

/**
 * Employers are shared by all partners (no row-level security); vacancies are written within the
 * registering organisation's tenant context, so they pass the same policy as real ones.
 */
async function seedEmployment(db: Db, data: DemoData, employment: DemoEmployment): Promise<void> {
  const orgId = (key: string) => demoId(`org:${key}`);
  const userId = (key: string) => demoId(`user:${key}`);
  const employerId = (key: string) => demoId(`employer:${key}`);
  await inTenant(db, null, async (tx) => {
    await insertMany(
      tx,
      employers,
      employment.employers.map((e) => ({
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
      })),
    );
    await insertMany(
      tx,
      employerContacts,
      employment.employers.flatMap((e) =>
        e.contacts.map((c, i) => ({ id: demoId(`employer-contact:${e.key}:${i}`), employerId: employerId(e.key), ...c })),
      ),
    );
    await insertMany(
      tx,
      employerContactMoments,
      employment.employers.flatMap((e) =>
        e.contactMoments.map((m, i) => ({
          id: demoId(`employer-moment:${e.key}:${i}`),
          employerId: employerId(e.key),
          organisationId: orgId(m.organisationKey),
          userId: userId(m.userKey),
          kind: m.kind,
          occurredOn: m.occurredOn,
          notes: m.notes,
          createdAt: new Date(`${m.occurredOn}T16:00:00+01:00`),
        })),
      ),
    );
    await insertMany(
      tx,
      employerAgreements,
      employment.employers.flatMap((e) =>
        e.agreements.map((a, i) => ({
          id: demoId(`employer-agreement:${e.key}:${i}`),
          employerId: employerId(e.key),
          ...a,
          organisationId: orgId(a.organisationKey),
        })),
      ),
    );
  });
  const regionOf = new Map(data.organisations.map((o) => [o.key, o.region]));
  const byOrg = new Map<string, typeof employment.vacancies>();
  for (const v of employment.vacancies) byOrg.set(v.organisationKey, [...(byOrg.get(v.organisationKey) ?? []), v]);
  for (const [orgKey, list] of byOrg) {
    const organisationId = orgId(orgKey);
    const regionCode = regionOf.get(orgKey) ?? null;
    await inTenant(db, { organisationId, userId: null, regionCode }, async (tx) => {
      await insertMany(
        tx,
        vacancies,
        list.map((v) => ({
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
        })),
      );
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
