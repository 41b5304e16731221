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
import { generateDemo, type DemoData } from './demo-data.ts';

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
export async function seedDemo(db: Db, data: DemoData = generateDemo()): Promise<{ organisations: number; users: number; clients: number }> {
  const passwordHash = await hashPassword(data.password);
  const orgId = (key: string) => demoId(`org:${key}`);
  const userId = (key: string) => demoId(`user:${key}`);

  await inTenant(db, null, async (tx) => {
    for (const o of data.organisations) {
      await insertOrganisation(tx, { id: orgId(o.key), name: o.name, kind: o.kind, cbsCode: o.cbsCode, region: o.region });
    }
    for (const u of data.users) {
      await insertUser(tx, { id: userId(u.key), email: u.email, name: u.name, organisationId: orgId(u.organisationKey), passwordHash, roles: u.roles });
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
  return { organisations: data.organisations.length, users: data.users.length, clients: data.clients.length };
}
