import { z } from 'zod';
import { todayInAmsterdam } from '../../kernel/dates.ts';
import { defineJob, handleJob, type JobHandler } from '../../platform/jobs/job.ts';
import { taskRulesRefreshJob } from '../../platform/task-rules.ts';
import type { WorklistService } from './worklist.service.ts';

/** Every morning the task rules of all modules run for every organisation (05:30 Amsterdam time, before work starts). */
export const taskRulesDailyJob = defineJob({
  name: 'worklist.rules',
  payload: z.object({ occurrence: z.string() }),
  schedule: { dailyAt: '05:30' },
  leaseMs: 30 * 60_000,
});

export function worklistJobs(worklist: WorklistService): JobHandler[] {
  return [
    handleJob(taskRulesDailyJob, async ({ occurrence }) => {
      // The day the run is for, so a run that starts late (or is retried) judges by its own date.
      await worklist.runRules({ today: todayInAmsterdam(new Date(occurrence)) });
    }),
    // A change that settles a task (a placement check recorded) asks for its organisation's rules to run now.
    handleJob(taskRulesRefreshJob, async ({ organisationId }) => {
      await worklist.runRules({ organisationIds: [organisationId] });
    }),
  ];
}
