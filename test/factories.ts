import type { FastifyInstance } from 'fastify';
import { newId } from '../src/kernel/ids.ts';
import { ROLES, type OrganisationKind, type Role } from '../src/kernel/roles.ts';
import { inTenant, type Db } from '../src/platform/db/database.ts';
import { insertOrganisation } from '../src/modules/organisations/organisations.repo.ts';
import { findUserByEmail, insertUser } from '../src/modules/identity/identity.repo.ts';
import { clientPortalAccounts } from '../src/modules/client-portal/client-portal.schema.ts';
import { hashPassword } from '../src/modules/identity/password.ts';
import { Agent, createTestApp, type TestApp, type TestDatabaseOptions } from './harness.ts';
import type { Config } from '../src/platform/config.ts';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/** A valid BSN derived from a number (different numbers give different BSNs). */
export function validBsn(n: number): string {
  // Eight digits from n; when the check digit would be 10, step to another candidate. No repeats for the
  // first 200,000 values of n (checked when this was written).
  for (let k = 2 * n; ; k += 2 * 1_000_003 + 1) {
    const digits = String(10_000_000 + (k % 89_999_999)).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
    const check = sum % 11;
    if (check < 10) return digits + String(check);
  }
}

let bsnCounter = 1000;
/** The next BSN of this test file's sequence: valid and never repeated within the file. */
export function nextBsn(): string {
  return validBsn(bsnCounter++);
}

/** A valid registration body; overrides may be invalid on purpose (validation tests). */
export function clientInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bsn: nextBsn(),
    firstName: 'Fatima',
    surnamePrefix: 'el',
    surname: 'Amrani',
    dateOfBirth: '1988-04-12',
    gender: 'vrouw',
    email: 'f.elamrani@example.com',
    phone: '06 12345678',
    address: { street: 'Stratumsedijk', houseNumber: 12, houseNumberAddition: null, postcode: '5611 NE', city: 'Eindhoven' },
    educationLevel: 'mbo2',
    benefitType: 'participatiewet',
    hoursAvailable: 24,
    drivingLicence: false,
    maxTravelKm: 15,
    languages: ['Nederlands', 'Arabisch'],
    targetGroups: [],
    healthLimitations: 'Rugklachten: niet zwaar tillen.',
    ...overrides,
  };
}

export interface WorldOrg {
  id: string;
  name: string;
  kind: OrganisationKind;
  key: string;
}

/**
 * The standard test world: two municipalities (A owns the clients, B is another municipality),
 * a re-integration company R (a partner a client can consent to share with) and the platform
 * operator P. Every role has a user in every organisation, so access tests can try them all.
 */
export interface World {
  orgs: { A: WorldOrg; B: WorldOrg; R: WorldOrg; P: WorldOrg };
  email(org: keyof World['orgs'], role: Role): string;
  agent(org: keyof World['orgs'], role: Role): Promise<Agent>;
  /**
   * The client file of A that the werkzoekende user of A is linked to (the client portal), created on
   * first use. Werkzoekende users of the other organisations have no linked file.
   */
  portalClientId(): Promise<string>;
}

/**
 * The usual start of an integration test file: a fresh app on its own database and the test world of
 * organisations × roles (`beforeAll(async () => ({ t, world } = await openTestWorld()))`; `t.close()`
 * in afterAll also fails the file on unexpected database connection errors).
 */
export async function openTestWorld(
  configOverrides: Partial<Config> = {},
  options: TestDatabaseOptions = {},
): Promise<{ t: TestApp; world: World }> {
  const t = await createTestApp(configOverrides, options);
  return { t, world: await createWorld(t.services.database.db, t.app) };
}

export async function createWorld(db: Db, app: FastifyInstance): Promise<World> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const suffix = newId().slice(0, 6);
  const defs = {
    A: { name: `Gemeente Eindhoven ${suffix}`, kind: 'gemeente', cbsCode: null },
    B: { name: `Gemeente Tilburg ${suffix}`, kind: 'gemeente', cbsCode: null },
    R: { name: `Re-integratie Stapvoort ${suffix}`, kind: 're_integratiebedrijf', cbsCode: null },
    P: { name: `Werkplein Beheer ${suffix}`, kind: 'platform', cbsCode: null },
  } as const;
  const orgs = {} as World['orgs'];
  const email = (org: string, role: Role) => `${role}@${org.toLowerCase()}-${suffix}.test`;
  await inTenant(db, null, async (tx) => {
    for (const [key, d] of Object.entries(defs)) {
      const id = newId();
      await insertOrganisation(tx, { id, name: d.name, kind: d.kind, cbsCode: d.cbsCode, region: null });
      orgs[key as keyof typeof defs] = { id, name: d.name, kind: d.kind, key };
      for (const role of ROLES) {
        await insertUser(tx, {
          id: newId(),
          email: email(key, role),
          name: `${role} ${key}`,
          organisationId: id,
          passwordHash: hash,
          roles: [role],
        });
      }
    }
  });
  const agents = new Map<string, Promise<Agent>>();
  const agentOf = (org: keyof World['orgs'], role: Role) => {
    const k = `${org}:${role}`;
    if (!agents.has(k)) agents.set(k, Agent.login(app, email(org, role), PASSWORD));
    return agents.get(k)!;
  };
  let portalClient: Promise<string> | null = null;
  const linkPortalClient = async (): Promise<string> => {
    const km = await agentOf('A', 'klantmanager');
    const res = await km.post('/api/v1/clients', clientInput({ firstName: 'Portaal', surname: 'Cliënt' }));
    if (res.statusCode !== 201) throw new Error(`portal client: ${res.statusCode} ${res.body}`);
    const clientId = res.json().id as string;
    const user = await findUserByEmail(db, email('A', 'werkzoekende'));
    await inTenant(db, { organisationId: orgs.A.id, userId: user!.id }, async (tx) => {
      await tx.insert(clientPortalAccounts).values({ userId: user!.id, clientId, organisationId: orgs.A.id, linkedById: null });
    });
    return clientId;
  };
  return {
    orgs,
    portalClientId: () => (portalClient ??= linkPortalClient()),
    email: (org, role) => email(org, role),
    agent: agentOf,
  };
}
