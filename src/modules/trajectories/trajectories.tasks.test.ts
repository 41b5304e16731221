import { describe, expect, it } from 'vitest';
import { pastEndTask } from './trajectories.tasks.ts';

const trajectory = {
  trajectoryId: '11111111-1111-4111-8111-111111111111',
  clientId: '22222222-2222-4222-8222-222222222222',
  plannedEndDate: '2026-03-31',
  klantmanagerId: '33333333-3333-4333-8333-333333333333',
};

describe('the trajectory past its planned end', () => {
  it('asks the klantmanager to close it, due on the planned end, keyed by that date', () => {
    expect(pastEndTask(trajectory)).toEqual({
      subject: { type: 'trajectory', id: trajectory.trajectoryId },
      clientId: trajectory.clientId,
      occurrence: 'past-end-2026-03-31',
      assignee: { userId: trajectory.klantmanagerId },
      title: 'Traject voorbij de geplande einddatum',
      dueOn: '2026-03-31',
      reason: 'Het traject zou eindigen op 31 maart 2026 en loopt nog. Ga na hoe het ervoor staat en sluit het af met de uitkomst.',
    });
  });

  it('goes to the team when the client has no active klantmanager', () => {
    expect(pastEndTask({ ...trajectory, klantmanagerId: null }).assignee).toEqual({ role: 'klantmanager' });
  });
});
