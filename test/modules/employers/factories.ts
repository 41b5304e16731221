import type { FastifyInstance } from 'fastify';
import { randomInt } from 'node:crypto';
import { newId } from '../../../src/kernel/ids.ts';
import { inTenant, type Db } from '../../../src/platform/db/database.ts';
import { insertOrganisation } from '../../../src/modules/organisations/organisations.repo.ts';
import { insertUser } from '../../../src/modules/identity/identity.repo.ts';
import { hashPassword } from '../../../src/modules/identity/password.ts';
import { vacancies } from '../../../src/modules/vacancies/vacancies.schema.ts';
import { candidateProposals } from '../../../src/modules/placements/placements.schema.ts';
import { Agent } from '../../harness.ts';
import { PASSWORD, type World } from '../../factories.ts';

/** Helpers for the employer tests. */

let kvkSeq = randomInt(10_000_000, 90_000_000);
/** A fresh, well-formed KvK number (8 digits). */
export function nextKvk(): string {
  kvkSeq = kvkSeq >= 99_999_999 ? 10_000_000 : kvkSeq + 1;
  return String(kvkSeq);
}

/** A valid registration body; overrides may be invalid on purpose (validation tests). */
export function employerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kvkNumber: nextKvk(),
    name: 'Bakkerij Van Gils B.V.',
    sbiCode: '1071',
    sizeClass: '10-49',
    address: { street: 'Hoofdstraat', houseNumber: 12, postcode: '5281 AB', city: 'Boxtel' },
    ...overrides,
  };
}

/** Registers an employer through the API (201 expected) and returns the response body. */
export async function registerEmployer(
  agent: Agent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: unknown }> {
  const res = await agent.post('/api/v1/employers', employerInput(overrides));
  if (res.statusCode !== 201) throw new Error(`register employer failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export interface AccountManager {
  agent: Agent;
  userId: string;
  userName: string;
  organisationId: string;
  organisationName: string;
}

let passwordHash: Promise<string> | null = null;

/**
 * `count` werkgeversadviseurs, each in an organisation of their own (partners on one platform), signed in.
 */
export async function createAccountManagers(db: Db, app: FastifyInstance, count: number): Promise<AccountManager[]> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const suffix = newId().slice(0, 6);
  const made: Omit<AccountManager, 'agent'>[] = [];
  await inTenant(db, null, async (tx) => {
    for (let i = 0; i < count; i++) {
      const organisationId = newId();
      const organisationName = `Partner ${i + 1} ${suffix}`;
      await insertOrganisation(tx, {
        id: organisationId,
        name: organisationName,
        kind: i % 2 ? 're_integratiebedrijf' : 'gemeente',
        cbsCode: null,
        region: null,
      });
      const userId = newId();
      const userName = `Accountmanager ${i + 1} ${suffix}`;
      await insertUser(tx, {
        id: userId,
        email: `wga${i + 1}-${suffix}@partner.test`,
        name: userName,
        organisationId,
        passwordHash: hash,
        roles: ['werkgeversadviseur'],
      });
      made.push({ userId, userName, organisationId, organisationName });
    }
  });
  const out: AccountManager[] = [];
  for (const [i, m] of made.entries()) out.push({ ...m, agent: await Agent.login(app, `wga${i + 1}-${suffix}@partner.test`, PASSWORD) });
  return out;
}

/**
 * A vacancy of `employerId` registered by `organisationId`, and a proposal of `clientId` (a client file of
 * that organisation) with the given status, written straight into the placement tables in the
 * organisation's tenant context (the vacancies/proposals API is built alongside).
 */
export async function insertPlacement(
  db: Db,
  p: {
    organisationId: string;
    userId: string;
    employerId: string;
    clientId: string;
    status?: 'proposed' | 'interview' | 'placed' | 'rejected';
    startDate?: string | null;
    visibility?: 'own' | 'region' | 'public';
  },
): Promise<{ vacancyId: string; proposalId: string }> {
  const vacancyId = newId();
  const proposalId = newId();
  const status = p.status ?? 'placed';
  await inTenant(db, { organisationId: p.organisationId, userId: p.userId }, async (tx) => {
    await tx.insert(vacancies).values({
      id: vacancyId,
      employerId: p.employerId,
      organisationId: p.organisationId,
      regionCode: null,
      occupationUri: 'http://data.europa.eu/esco/occupation/test-productiemedewerker',
      iscoCode: '9329',
      title: 'Productiemedewerker',
      hoursPerWeek: 32,
      postcode: '5281 AB',
      positions: 1,
      drivingLicenceRequired: false,
      skills: [],
      visibility: p.visibility ?? 'own',
      createdById: p.userId,
    });
    await tx.insert(candidateProposals).values({
      id: proposalId,
      vacancyId,
      clientId: p.clientId,
      organisationId: p.organisationId,
      status,
      proposedById: p.userId,
      ...(status === 'placed'
        ? { contractType: 'tijdelijk', placedHours: 32, placedStartDate: p.startDate ?? null, wageSubsidy: false, jobCoaching: false }
        : {}),
    });
  });
  return { vacancyId, proposalId };
}

// Samples for the access-table test ------------------------------------------------------------------

const sharedEmployer = new WeakMap<World, Promise<string>>();

/** One employer registered by the werkgeversadviseur of A, reused by the read and edit samples. */
export function sampleEmployerId(world: World): Promise<string> {
  if (!sharedEmployer.has(world))
    sharedEmployer.set(
      world,
      world.agent('A', 'werkgeversadviseur').then(async (a) => (await registerEmployer(a)).id),
    );
  return sharedEmployer.get(world)!;
}

/** A new employer without a lead (so a claim can succeed). */
export async function freshEmployerId(world: World): Promise<string> {
  return (await registerEmployer(await world.agent('A', 'werkgeversadviseur'))).id;
}

/** A new employer whose lead is the werkgeversadviseur of `org` (so they, or a beheerder of `org`, can release it). */
export async function employerLedBy(world: World, org: keyof World['orgs']): Promise<string> {
  const id = await freshEmployerId(world);
  const res = await (await world.agent(org, 'werkgeversadviseur')).post(`/api/v1/employers/${id}/lead`);
  if (res.statusCode !== 200) throw new Error(`claim lead failed: ${res.statusCode} ${res.body}`);
  return id;
}
