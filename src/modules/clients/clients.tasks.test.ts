import { describe, expect, it } from 'vitest';
import { consentLapseTask, LAPSE_LEAD_DAYS, LAPSED_GRACE_DAYS } from './clients.tasks.ts';
import { consentInForce, renewalCheck } from './clients.rules.ts';
import { addDays } from '../../kernel/dates.ts';

const consent = {
  consentId: '11111111-1111-4111-8111-111111111111',
  clientId: '22222222-2222-4222-8222-222222222222',
  partnerName: 'Stapvoort Re-integratie',
  validUntil: '2027-03-01',
  klantmanagerId: '33333333-3333-4333-8333-333333333333',
};

describe('the consent about to lapse', () => {
  it('asks the klantmanager, due on the last day, keyed by consent and that day, naming the partner only', () => {
    expect(consentLapseTask(consent, '2027-02-15')).toEqual({
      subject: { type: 'client', id: consent.clientId },
      clientId: consent.clientId,
      occurrence: `consent-${consent.consentId}-2027-03-01`,
      assignee: { userId: consent.klantmanagerId },
      title: 'Toestemming loopt af',
      dueOn: '2027-03-01',
      reason:
        'De toestemming om gegevens te delen met Stapvoort Re-integratie geldt tot en met 1 maart 2027. ' +
        'Ga met de cliënt na of die verlengd moet worden: leg dan een nieuwe toestemming vast, of trek deze in.',
    });
  });

  it(`appears ${LAPSE_LEAD_DAYS} days ahead and stays ${LAPSED_GRACE_DAYS} days after the last day`, () => {
    expect(consentLapseTask(consent, addDays('2027-03-01', -LAPSE_LEAD_DAYS - 1))).toBeNull();
    expect(consentLapseTask(consent, addDays('2027-03-01', -LAPSE_LEAD_DAYS))).not.toBeNull();
    expect(consentLapseTask(consent, '2027-03-01')!.reason).toContain('geldt tot en met 1 maart 2027');
    expect(consentLapseTask(consent, '2027-03-02')!.reason).toContain(
      'gold tot en met 1 maart 2027; Stapvoort Re-integratie ziet het dossier niet meer.',
    );
    expect(consentLapseTask(consent, addDays('2027-03-01', LAPSED_GRACE_DAYS))).not.toBeNull();
    expect(consentLapseTask(consent, addDays('2027-03-01', LAPSED_GRACE_DAYS + 1))).toBeNull();
  });

  it('goes to the team when the client has no active klantmanager', () => {
    expect(consentLapseTask({ ...consent, klantmanagerId: null }, '2027-02-20')!.assignee).toEqual({ role: 'klantmanager' });
  });
});

describe('a consent in force', () => {
  it('through its last day, never once withdrawn', () => {
    const c = { withdrawnAt: null, validUntil: '2027-03-01' };
    expect(consentInForce(c, '2027-03-01')).toBe(true);
    expect(consentInForce(c, '2027-03-02')).toBe(false);
    expect(consentInForce({ withdrawnAt: null, validUntil: null }, '2099-01-01')).toBe(true);
    expect(consentInForce({ withdrawnAt: new Date(), validUntil: null }, '2027-01-01')).toBe(false);
  });
});

describe('recording a consent next to those in force', () => {
  it('is free when there are none, refused next to an open-ended one, a renewal only when it ends later', () => {
    expect(renewalCheck([], '2027-01-01')).toBe('ok');
    expect(renewalCheck([{ validUntil: null }], null)).toBe('already_granted');
    expect(renewalCheck([{ validUntil: '2027-03-01' }, { validUntil: null }], '2028-01-01')).toBe('already_granted');
    const inForce = [{ validUntil: '2027-03-01' }, { validUntil: '2027-06-01' }];
    expect(renewalCheck(inForce, '2027-06-02')).toBe('ok');
    expect(renewalCheck(inForce, null)).toBe('ok');
    expect(renewalCheck(inForce, '2027-06-01')).toEqual({ until: '2027-06-01' });
    expect(renewalCheck(inForce, '2027-04-01')).toEqual({ until: '2027-06-01' });
  });
});
