import { expect } from 'vitest';
import type { Role } from '../../../src/kernel/roles.ts';
import type { Agent } from '../../harness.ts';
import { clientInput, type World } from '../../factories.ts';

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  world: World;
  org: OrgKey;
  role: Role;
  clientId: string;
}

/** An id for a caller the route refuses before it looks at the id (403 by role, 403/404 by the client file). */
export const REFUSED = '00000000-0000-4000-8000-000000000000';

/** A placement of six weeks in the autumn of 2026, 24 hours a week at the municipality's own work company. */
export const PLACEMENT = {
  providerKind: 'own_company',
  providerName: 'Werkbedrijf Stad',
  activity: 'Groenonderhoud en inpakwerk',
  hoursPerWeek: 24,
  startsOn: '2026-11-16',
  endsOn: '2026-12-25',
} as const;

export const REGULATION = {
  minHoursPerWeek: 20,
  applicationsTargetPerWeek: 5,
  hearingDays: 14,
  ceilingPercent: 100,
  categories: {
    absence_first: { percent: 20, durationMonths: 1 },
    absence_repeat: { percent: 50, durationMonths: 2 },
    absence_persistent: { percent: 100, durationMonths: 3 },
  },
};

export async function newClient(km: Agent, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await km.post('/api/v1/clients', clientInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function newApplication(km: Agent, clientId: string, reportedOn = '2026-11-02'): Promise<string> {
  const res = await km.post(`/api/v1/clients/${clientId}/workfirst/applications`, { reportedOn, submittedOn: reportedOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function newPlacement(km: Agent, clientId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const applicationId = await newApplication(km, clientId);
  const res = await km.post(`/api/v1/clients/${clientId}/workfirst/placements`, { applicationId, ...PLACEMENT, ...overrides });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A week with four hours' absence without a valid reason: the measure it proposes. */
export async function proposedMeasure(
  km: Agent,
  clientId: string,
  weekStart = '2026-11-16',
): Promise<{ placementId: string; measureId: string }> {
  const placementId = await newPlacement(km, clientId);
  const res = await km.request('PUT', `/api/v1/clients/${clientId}/workfirst/placements/${placementId}/weeks/${weekStart}`, {
    hoursPlanned: 24,
    hoursPresent: 20,
    absenceUnexcusedHours: 4,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { placementId, measureId: res.json().measure.id };
}

export async function confirmedMeasure(km: Agent, clientId: string): Promise<string> {
  const { measureId } = await proposedMeasure(km, clientId);
  const res = await km.post(`/api/v1/clients/${clientId}/workfirst/measures/${measureId}/decision`, {
    decision: 'confirm',
    reason: 'Zonder bericht niet verschenen.',
  });
  expect(res.statusCode, res.body).toBe(200);
  return measureId;
}

const allowed = (c: SampleCtx, roles: readonly Role[]) => c.org === 'A' && roles.includes(c.role);
const kmA = (c: SampleCtx) => c.world.agent('A', 'klantmanager');

/** Access-table helpers: a fresh object of A's sample client for a caller who gets that far, otherwise an id never looked at. */
export async function sampleApplication(c: SampleCtx, roles: readonly Role[]): Promise<string> {
  return allowed(c, roles) ? newApplication(await kmA(c), c.clientId) : REFUSED;
}
export async function samplePlacement(c: SampleCtx, roles: readonly Role[]): Promise<string> {
  return allowed(c, roles) ? newPlacement(await kmA(c), c.clientId) : REFUSED;
}
export async function sampleMeasure(c: SampleCtx, roles: readonly Role[]): Promise<string> {
  return allowed(c, roles) ? (await proposedMeasure(await kmA(c), c.clientId)).measureId : REFUSED;
}
/** The search period is for under-27s: in A a young client of its own, elsewhere the sample client (refused before the period is looked at). */
export async function sampleSearchWeek(c: SampleCtx, roles: readonly Role[]): Promise<Record<string, string>> {
  if (!allowed(c, roles)) return { id: c.clientId, applicationId: REFUSED, weekStart: '2026-11-02' };
  const km = await kmA(c);
  const id = await newClient(km, { dateOfBirth: '2003-05-01' });
  return { id, applicationId: await newApplication(km, id), weekStart: '2026-11-02' };
}
export async function samplePortalMeasure(c: SampleCtx): Promise<string> {
  if (c.org !== 'A' || c.role !== 'werkzoekende') return REFUSED;
  return confirmedMeasure(await kmA(c), await c.world.portalClientId());
}
