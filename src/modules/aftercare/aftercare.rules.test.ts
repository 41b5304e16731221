import { describe, expect, it } from 'vitest';
import { roleAllowed, type Actor } from '../../platform/http/access.ts';
import { aftercarePolicy, coordinatesNotice, maySeeNotice } from './aftercare.policy.ts';
import { addMonths, assessmentDueFrom, basicConditionsArranged, notifiedInTime, suppress } from './aftercare.rules.ts';
import { handoverTask, HANDOVER_TASK_TITLE } from './aftercare.tasks.ts';

describe('aftercare rules', () => {
  it('a notice is in time at 28 Amsterdam calendar days before release, by the actual day once known', () => {
    const n = { withoutNotice: false, notifiedOn: '2026-03-01', releasedOn: null, expectedReleaseOn: '2026-03-29' };
    expect(notifiedInTime(n)).toBe(true);
    expect(notifiedInTime({ ...n, expectedReleaseOn: '2026-03-28' })).toBe(false);
    expect(notifiedInTime({ ...n, releasedOn: '2026-03-20' })).toBe(false);
    expect(notifiedInTime({ ...n, withoutNotice: true })).toBe(false);
  });

  it('the 3- and 6-month states are due from the same day months after release (month end clamped)', () => {
    expect(assessmentDueFrom('month3', '2026-11-30')).toBe('2027-02-28');
    expect(assessmentDueFrom('month6', '2026-08-31')).toBe('2027-02-28');
    expect(assessmentDueFrom('release', '2026-08-31')).toBeNull();
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('counts the five basic conditions, not the social network, as arranged or not needed', () => {
    const five = ['id_document', 'housing', 'income_work', 'debts', 'care'].map((domain) => ({ domain, status: 'arranged' }));
    expect(basicConditionsArranged([...five, { domain: 'social_network', status: 'problem' }])).toBe(true);
    expect(basicConditionsArranged(five.map((d, i) => (i === 4 ? { ...d, status: 'not_needed' } : d)))).toBe(true);
    expect(basicConditionsArranged(five.map((d, i) => (i === 1 ? { ...d, status: 'in_progress' } : d)))).toBe(false);
    expect(basicConditionsArranged(five.slice(1))).toBe(false);
  });

  it('suppresses counts from 1 to 9, not 0 or 10', () => {
    expect([0, 1, 9, 10, 535].map(suppress)).toEqual([0, null, null, 10, 535]);
  });

  it('the handover task names nothing but "warme overdracht plannen", due the day before release', () => {
    const task = handoverTask({ id: 'n1', releaseOn: '2026-12-20' }, '2026-12-10');
    expect(task).toMatchObject({
      title: HANDOVER_TASK_TITLE,
      dueOn: '2026-12-19',
      assignee: { role: 'nazorgcoordinator' },
      subject: { type: 'release_notice', id: 'n1' },
      clientId: null,
    });
    expect(task.reason).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(handoverTask({ id: 'n1', releaseOn: '2026-12-10' }, '2026-12-10').dueOn).toBe('2026-12-10');
  });
});

describe('aftercare access', () => {
  const actor = (roles: Actor['roles'], organisationKind: Actor['organisationKind'], organisationId = 'org') =>
    ({ roles, organisationKind, organisationId }) as Actor;

  it('admits each aftercare role only in its own kind of organisation', () => {
    expect(roleAllowed(aftercarePolicy.read, actor(['nazorgcoordinator'], 'gemeente'))).toBe(true);
    expect(roleAllowed(aftercarePolicy.read, actor(['inrichtingsmedewerker'], 'penitentiaire_inrichting'))).toBe(true);
    expect(roleAllowed(aftercarePolicy.read, actor(['inrichtingsmedewerker'], 'gemeente'))).toBe(false);
    expect(roleAllowed(aftercarePolicy.read, actor(['nazorgcoordinator'], 're_integratiebedrijf'))).toBe(false);
    expect(roleAllowed(aftercarePolicy.send, actor(['nazorgcoordinator'], 'gemeente'))).toBe(false);
    for (const role of ['klantmanager', 'jobcoach', 'prb_werkadviseur', 'werkgever', 'functioneel_beheerder'] as const) {
      expect(roleAllowed(aftercarePolicy.read, actor([role], 'gemeente')), role).toBe(false);
    }
    expect(roleAllowed(aftercarePolicy.report, actor(['beleidsadviseur'], 'gemeente'))).toBe(true);
    expect(roleAllowed(aftercarePolicy.read, actor(['beleidsadviseur'], 'gemeente'))).toBe(false);
  });

  it('a notice is seen by its municipality’s coordinator and its institution’s staff, coordinated by the first only', () => {
    const notice = { municipalityId: 'gem', institutionId: 'pi' };
    expect(maySeeNotice(actor(['nazorgcoordinator'], 'gemeente', 'gem'), notice)).toBe(true);
    expect(maySeeNotice(actor(['inrichtingsmedewerker'], 'penitentiaire_inrichting', 'pi'), notice)).toBe(true);
    expect(maySeeNotice(actor(['nazorgcoordinator'], 'gemeente', 'other'), notice)).toBe(false);
    expect(maySeeNotice(actor(['klantmanager'], 'gemeente', 'gem'), notice)).toBe(false);
    expect(maySeeNotice(actor(['inrichtingsmedewerker'], 'penitentiaire_inrichting', 'pi2'), notice)).toBe(false);
    expect(maySeeNotice(actor(['inrichtingsmedewerker'], 'penitentiaire_inrichting', 'pi'), { ...notice, institutionId: null })).toBe(
      false,
    );
    expect(coordinatesNotice(actor(['inrichtingsmedewerker'], 'penitentiaire_inrichting', 'pi'), notice)).toBe(false);
    expect(coordinatesNotice(actor(['nazorgcoordinator'], 'gemeente', 'gem'), notice)).toBe(true);
  });
});
