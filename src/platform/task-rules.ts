import { z } from 'zod';
import type { Role } from '../kernel/roles.ts';
import type { Db } from './db/database.ts';
import { defineJob } from './jobs/job.ts';
import type { JobQueue } from './jobs/queue.ts';

/**
 * Task rules: how a module tells the case manager's work queue (the worklist module) what is due. A module
 * declares its rules in `defineModule({ taskRules })`, next to its own tables; the worklist module runs
 * every listed module's rules once a day and on request, per organisation, and keeps one task per
 * occurrence (ADR 0016).
 */

/** What a task can be about. */
export const TASK_SUBJECT_TYPES = ['client', 'employer', 'vacancy', 'trajectory', 'placement_proposal', 'release_notice'] as const;
export type TaskSubjectType = (typeof TASK_SUBJECT_TYPES)[number];

/** Who a task is for: one user, or a team (everyone with a role in the task's organisation). */
export type TaskAssignee = { userId: string } | { role: Role };

/** One task a rule wants to exist, now, in the organisation it runs for. */
export interface DueTask {
  subject: { type: TaskSubjectType; id: string };
  /** The client the task is about (for a placement: the candidate); decides who may see the task. */
  clientId: string | null;
  /**
   * Which occurrence for this subject ("6m" for the check after six months): the rule key is
   * `<rule id>:<subject type>:<subject id>:<occurrence>`, one task per key and organisation, ever.
   */
  occurrence: string;
  assignee: TaskAssignee;
  /** Dutch, without personal data (the client's name comes from the client file when the task is shown). */
  title: string;
  dueOn: string;
  reason: string;
}

export interface TaskRuleRun {
  organisationId: string;
  /** The Amsterdam calendar date the rule judges by (YYYY-MM-DD). */
  today: string;
}

/**
 * A rule: which tasks should be open now. It reads its own module's tables inside the organisation's tenant
 * transaction (row-level security applies). A task of the rule that is open but no longer returned is
 * closed by the worklist (the thing it asked for happened, or its reason is gone); one that was closed by
 * hand is not made again.
 */
export interface TaskRule {
  /** `<module>.<what>`, stable: it is part of every rule key and stored with each task. */
  id: string;
  /** Dutch, shown as the task's creator ("Regel: plaatsingscheck na 6 en 12 maanden"). */
  description: string;
  due(tx: Db, run: TaskRuleRun): Promise<DueTask[]>;
}

const RULE_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

export function defineTaskRule(rule: TaskRule): TaskRule {
  if (!RULE_ID.test(rule.id)) throw new Error(`Taakregel "${rule.id}" moet de vorm module.regel hebben (kleine letters).`);
  return rule;
}

/** The rule key of one occurrence: what makes generating twice create nothing new. */
export function ruleKey(ruleId: string, task: Pick<DueTask, 'subject' | 'occurrence'>): string {
  return `${ruleId}:${task.subject.type}:${task.subject.id}:${task.occurrence}`;
}

/** The rules of the listed modules, refusing two with one id. */
export function collectTaskRules(modules: readonly { name: string; taskRules: readonly TaskRule[] }[]): TaskRule[] {
  const seen = new Map<string, string>();
  for (const m of modules) {
    for (const r of m.taskRules) {
      const other = seen.get(r.id);
      if (other) throw new Error(`Taakregel ${r.id} staat in module ${other} en in ${m.name}.`);
      seen.set(r.id, m.name);
    }
  }
  return modules.flatMap((m) => m.taskRules);
}

/**
 * "Run the organisation's task rules now": a module enqueues this in the transaction of a change that
 * settles a task (a placement check recorded), so the task closes within seconds instead of at the next
 * daily run. The worklist module handles it; without that module in the installation it is a no-op.
 */
export const taskRulesRefreshJob = defineJob({
  name: 'worklist.refresh',
  payload: z.object({ organisationId: z.uuid() }),
  maxAttempts: 3,
});

export async function requestTaskRulesRun(jobs: JobQueue, tx: Db, organisationId: string): Promise<void> {
  if (!jobs.handler(taskRulesRefreshJob.name)) return;
  await jobs.enqueue(taskRulesRefreshJob, { organisationId }, { tx });
}
