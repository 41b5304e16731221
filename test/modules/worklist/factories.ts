import { expect } from 'vitest';
import { todayInAmsterdam } from '../../../src/kernel/dates.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import { WORKLIST_ROLES } from '../../../src/modules/worklist/worklist.policy.ts';
import type { Agent, TestApp } from '../../harness.ts';
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

/** A task as the work queue lists it (the fields the rule tests look at). */
export interface ListedRuleTask {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  reason: string | null;
  subject: { type: string; id: string };
  client: { id: string; displayName: string } | null;
  assignee: { kind: string; user?: { id: string }; role?: string };
  createdBy: { kind: string; ruleId?: string; label?: string };
  closedBy: unknown;
  closingNote: string | null;
}

/** The caller's tasks (their own and their team's) made by one rule, with the given status. */
export async function ruleTasks(agent: Agent, ruleId: string, status = 'open'): Promise<ListedRuleTask[]> {
  const res = await agent.get(`/api/v1/tasks?status=${status}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as ListedRuleTask[]).filter((x) => x.createdBy.ruleId === ruleId);
}
