import { expect } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import { WORKLIST_ROLES } from '../../../src/modules/worklist/worklist.policy.ts';
import type { TestApp } from '../../harness.ts';
import type { World } from '../../factories.ts';
import { vacancyFor } from '../vacancies/factories.ts';

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  t: TestApp;
  world: World;
  org: OrgKey;
  role: Role;
}

/** An id for a caller whose role the route refuses anyway (403 comes before the id is looked at). */
const REFUSED = '00000000-0000-4000-8000-000000000000';

/** A task body every worklist role of every organisation may send: about the organisation's own vacancy. */
export async function taskInput(c: SampleCtx): Promise<Record<string, unknown>> {
  return { title: 'Werkgever nabellen over de vacature', dueOn: todayInAmsterdam(), subject: { type: 'vacancy', id: await vacancyFor(c) } };
}

/** A fresh open task of the caller (made by the caller, for the caller), for the complete and cancel samples. */
export async function ownTaskFor(c: SampleCtx): Promise<string> {
  if (!WORKLIST_ROLES.includes(c.role)) return REFUSED;
  const res = await (await c.world.agent(c.org, c.role)).post('/api/v1/tasks', await taskInput(c));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
