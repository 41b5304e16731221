import { expect } from 'vitest';
import type { Role } from '../../../src/kernel/roles.ts';
import { AGENDA_ROLES } from '../../../src/modules/agenda/agenda.policy.ts';
import type { World } from '../../factories.ts';

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  world: World;
  org: OrgKey;
  role: Role;
}

/** An id for a caller whose role the route refuses anyway (403 comes before the id is looked at). */
const REFUSED = '00000000-0000-4000-8000-000000000000';

/** An appointment among colleagues every agenda role may plan. */
export function appointmentInput(): Record<string, unknown> {
  return { title: 'Werkoverleg', startsAt: '2026-12-08T10:00:00+01:00', endsAt: '2026-12-08T11:00:00+01:00', location: 'Stadskantoor' };
}

/** A fresh appointment the caller planned (and so takes part in), for the open, change and export samples. */
export async function ownAppointmentFor(c: SampleCtx): Promise<string> {
  if (!(AGENDA_ROLES as readonly Role[]).includes(c.role)) return REFUSED;
  const res = await (await c.world.agent(c.org, c.role)).post('/api/v1/appointments', appointmentInput());
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
