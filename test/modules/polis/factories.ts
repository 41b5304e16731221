import { expect } from 'vitest';
import { newId } from '../../../src/kernel/ids.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import { inTenant, type Db } from '../../../src/platform/db/database.ts';
import { findUserByEmail } from '../../../src/modules/identity/identity.repo.ts';
import { instruments, trajectories } from '../../../src/modules/trajectories/trajectories.schema.ts';
import type { Agent, TestApp } from '../../harness.ts';
import type { World } from '../../factories.ts';
import { clientFor } from '../vacancies/factories.ts';

/** Helpers for the polis tests and the polis rows of the access table. */

/** A valid draft body; overrides may be invalid on purpose. */
export function polisInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    municipalityObligations: ['De gemeente betaalt de sollicitatietraining.', 'De klantmanager belt elke maand.'],
    clientObligations: ['Ik doe mee aan de training.', 'Ik meld me vóór 9 uur af als ik ziek ben.'],
    goalRung: 4,
    steps: [
      { description: 'Sollicitatietraining volgen', responsible: 'client', startDate: '2026-02-02', dueDate: '2026-03-27' },
      {
        description: 'Vrijwilligerswerk zoeken bij de voedselbank',
        responsible: 'municipality',
        startDate: '2026-04-01',
        dueDate: '2026-06-30',
      },
    ],
    ...overrides,
  };
}

/** A trajectory of a client, written directly (the trajectories module has its own tests). */
export async function insertTrajectory(
  db: Db,
  world: World,
  org: keyof World['orgs'],
  clientId: string,
  overrides: { instrumentName?: string; startDate?: string; plannedEndDate?: string } = {},
): Promise<{ id: string; instrumentName: string }> {
  const user = await findUserByEmail(db, world.email(org, 'klantmanager'));
  const organisationId = world.orgs[org].id;
  const instrumentId = newId();
  const id = newId();
  const instrumentName = overrides.instrumentName ?? `Werkfit training ${instrumentId.slice(0, 6)}`;
  await inTenant(db, { organisationId, userId: user!.id }, async (tx) => {
    await tx.insert(instruments).values({ id: instrumentId, organisationId, name: instrumentName, kind: 'training' });
    await tx.insert(trajectories).values({
      id,
      organisationId,
      clientId,
      instrumentId,
      startDate: overrides.startDate ?? '2026-02-02',
      plannedEndDate: overrides.plannedEndDate ?? '2026-05-29',
      costCents: 125_000,
      goalRung: 4,
      createdById: user!.id,
    });
  });
  return { id, instrumentName };
}

export async function draftPolis(km: Agent, clientId: string, overrides: Record<string, unknown> = {}) {
  const res = await km.post(`/api/v1/clients/${clientId}/polisses`, polisInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  const polis = res.json();
  return { polis, polisId: polis.id as string, versionId: polis.versions[0].id as string };
}

// Access table -------------------------------------------------------------------------------------------

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  t: TestApp;
  world: World;
  org: OrgKey;
  role: Role;
}

/** An id for a caller whose role (or missing portal link) the route refuses before it looks at the id. */
const REFUSED = '00000000-0000-4000-8000-000000000000';

/** A fresh polis (version 1, draft) for a new client of the caller's organisation. */
export async function polisFor(c: SampleCtx, roles: readonly Role[]): Promise<{ polisId: string; versionId: string }> {
  if (!roles.includes(c.role)) return { polisId: REFUSED, versionId: REFUSED };
  const km = await c.world.agent(c.org, 'klantmanager');
  return draftPolis(km, await clientFor(c));
}

/** A polis of the caller's organisation whose draft the municipality signed: a new version may be made. */
export async function halfSignedPolisFor(c: SampleCtx, roles: readonly Role[]): Promise<string> {
  if (!roles.includes(c.role)) return REFUSED;
  const { polisId, versionId } = await polisFor(c, roles);
  const res = await (await c.world.agent(c.org, 'klantmanager')).post(`/api/v1/polis-versions/${versionId}/sign`, {});
  expect(res.statusCode, res.body).toBe(200);
  return polisId;
}

/**
 * For the werkzoekende of A: a version of their own polis (world.portalClientId()) that they have not signed
 * yet: the open draft, or a new version when there is none (a draft they signed is then superseded).
 * Everyone else gets an id the route refuses anyway.
 */
export async function portalPolisVersionFor(c: SampleCtx): Promise<string> {
  if (c.org !== 'A' || c.role !== 'werkzoekende') return REFUSED;
  const clientId = await c.world.portalClientId();
  const km = await c.world.agent('A', 'klantmanager');
  const list = await km.get(`/api/v1/clients/${clientId}/polisses`);
  expect(list.statusCode, list.body).toBe(200);
  const polis = list.json()[0];
  if (!polis) return (await draftPolis(km, clientId)).versionId;
  const latest = polis.versions[0];
  if (latest.status === 'draft' && !latest.signatures.some((s: { party: string }) => s.party === 'client')) return latest.id;
  const res = await km.post(`/api/v1/polisses/${polis.id}/versions`, polisInput({ changeNote: 'Nieuwe afspraken' }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().versions[0].id;
}
