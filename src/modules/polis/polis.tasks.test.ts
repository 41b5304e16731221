import { describe, expect, it } from 'vitest';
import { stepTask, type PolisStepDue } from './polis.tasks.ts';

const step: PolisStepDue = {
  polisId: '11111111-1111-4111-8111-111111111111',
  clientId: '22222222-2222-4222-8222-222222222222',
  description: 'Sollicitatietraining afronden',
  responsible: 'client',
  dueDate: '2026-03-10',
  klantmanagerId: '33333333-3333-4333-8333-333333333333',
};

describe('polis step tasks', () => {
  it('appear seven days before the step is due, not earlier, and stay while it is overdue', () => {
    expect(stepTask(step, '2026-03-02')).toBeNull();
    const task = stepTask(step, '2026-03-03');
    expect(task).toMatchObject({
      subject: { type: 'client', id: step.clientId },
      assignee: { userId: step.klantmanagerId },
      title: 'Polis: afgesproken stap verloopt',
      dueOn: '2026-03-10',
      reason:
        'Volgens de getekende polis moet de cliënt een stap uiterlijk op 10 maart 2026 gezet hebben. Bekijk de polis en ga na of de afspraak is nagekomen.',
    });
    expect(stepTask(step, '2026-05-01')?.occurrence).toBe(task!.occurrence);
  });

  it('keep their key when a new version keeps the step, and get a new one when its date or description changes', () => {
    const key = stepTask(step, '2026-03-10')!.occurrence;
    expect(key).toMatch(new RegExp(`^polis-${step.polisId}-2026-03-10-[0-9a-f]{12}$`));
    expect(stepTask({ ...step }, '2026-03-10')!.occurrence).toBe(key);
    expect(stepTask({ ...step, dueDate: '2026-03-11' }, '2026-03-10')!.occurrence).not.toBe(key);
    expect(stepTask({ ...step, description: 'Iets anders' }, '2026-03-10')!.occurrence).not.toBe(key);
  });

  it('never put the step description (the polis content) in the task, and go to the team without an active klantmanager', () => {
    const task = stepTask({ ...step, klantmanagerId: null, responsible: 'municipality' }, '2026-03-10')!;
    expect(JSON.stringify(task)).not.toContain('Sollicitatietraining');
    expect(task.reason).toContain('de gemeente');
    expect(task.assignee).toEqual({ role: 'klantmanager' });
  });
});
