import { expect } from 'vitest';
import { newId } from '../../../src/kernel/ids.ts';
import { addDays, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import { inTenant } from '../../../src/platform/db/database.ts';
import { insertOrganisation } from '../../../src/modules/organisations/organisations.repo.ts';
import { insertUser } from '../../../src/modules/identity/identity.repo.ts';
import { hashPassword } from '../../../src/modules/identity/password.ts';
import { Agent, type TestApp } from '../../harness.ts';
import { nextBsn, PASSWORD } from '../../factories.ts';

export const today = () => todayInAmsterdam();
export const inDays = (n: number) => addDays(todayInAmsterdam(), n);

/** The detention facts of the sample notices: none of these may reach anyone outside aftercare. */
export const DETENTION = {
  activities: 'Lasopleiding VCA en arbeidstraining in de werkzaal',
  detentionStartedOn: '2025-03-17',
} as const;

export interface Institution {
  id: string;
  name: string;
  staff: (role?: Role) => Promise<Agent>;
}

/** A penitentiary institution with a user per given role (default: inrichtingsmedewerker). */
export async function newInstitution(t: TestApp, roles: Role[] = ['inrichtingsmedewerker']): Promise<Institution> {
  const id = newId();
  const suffix = id.slice(0, 6);
  const name = `PI Vught ${suffix}`;
  const hash = await hashPassword(PASSWORD);
  const email = (role: Role) => `${role}@pi-${suffix}.test`;
  await inTenant(t.services.database.db, null, async (tx) => {
    await insertOrganisation(tx, { id, name, kind: 'penitentiaire_inrichting', cbsCode: null, region: null });
    for (const role of roles) {
      await insertUser(tx, { id: newId(), email: email(role), name: `${role} PI`, organisationId: id, passwordHash: hash, roles: [role] });
    }
  });
  const agents = new Map<Role, Promise<Agent>>();
  return {
    id,
    name,
    staff: (role = 'inrichtingsmedewerker') => {
      if (!agents.has(role)) agents.set(role, Agent.login(t.app, email(role), PASSWORD));
      return agents.get(role)!;
    },
  };
}

/** A municipality in a labour-market region, with a nazorgcoordinator (for the regional report). */
export async function newMunicipality(
  t: TestApp,
  name: string,
  region: string,
): Promise<{ id: string; coordinator: () => Promise<Agent> }> {
  const id = newId();
  const email = `nazorgcoordinator@gem-${id.slice(0, 6)}.test`;
  const hash = await hashPassword(PASSWORD);
  await inTenant(t.services.database.db, null, async (tx) => {
    await insertOrganisation(tx, { id, name, kind: 'gemeente', cbsCode: null, region });
    await insertUser(tx, {
      id: newId(),
      email,
      name: `Coördinator ${name}`,
      organisationId: id,
      passwordHash: hash,
      roles: ['nazorgcoordinator'],
    });
  });
  let agent: Promise<Agent> | null = null;
  return { id, coordinator: () => (agent ??= Agent.login(t.app, email, PASSWORD)) };
}

/** A valid release notice body (overrides may be invalid on purpose). */
export function noticeInput(municipalityId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    municipalityId,
    bsn: nextBsn(),
    firstName: 'Dennis',
    surnamePrefix: 'van',
    surname: 'Dijk',
    dateOfBirth: '1991-06-03',
    detentionStartedOn: DETENTION.detentionStartedOn,
    expectedReleaseOn: inDays(42),
    activities: DETENTION.activities,
    domains: {
      id_document: { status: 'arranged', owner: 'Casemanager PI', notes: null, plannedOn: null },
      housing: { status: 'problem', owner: null, notes: 'Geen woonadres na ontslag', plannedOn: inDays(20) },
    },
    ...overrides,
  };
}

/** A valid emergency-path body: a release without notice (release day may be past). */
export function withoutNoticeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bsn: nextBsn(),
    firstName: 'Kevin',
    surnamePrefix: null,
    surname: 'Smits',
    dateOfBirth: '1995-01-20',
    detentionStartedOn: DETENTION.detentionStartedOn,
    releaseOn: inDays(-3),
    activities: DETENTION.activities,
    ...overrides,
  };
}

export function handoverInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    startsAt: `${inDays(10)}T10:00:00+01:00`,
    place: 'PI Vught, bezoekruimte 2',
    participants: [
      { name: 'Marieke Jansen', organisation: 'PI Vught', role: 'casemanager' },
      { name: 'Ahmed Bakker', organisation: 'Gemeente', role: 'nazorgcoördinator' },
    ],
    note: null,
    ...overrides,
  };
}

export async function sendNotice(staff: Agent, municipalityId: string, overrides: Record<string, unknown> = {}) {
  const res = await staff.post('/api/v1/aftercare/notices', noticeInput(municipalityId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function registerWithoutNotice(coordinator: Agent, overrides: Record<string, unknown> = {}) {
  const res = await coordinator.post('/api/v1/aftercare/notices/without-notice', withoutNoticeInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
