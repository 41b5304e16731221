import { describe, expect, it } from 'vitest';
import { leadLabel, mayReleaseLead, parseEmployerQuery } from './employers.rules.ts';
import { AgreementInput, EmployerInput } from './employers.api.ts';

describe('mayReleaseLead', () => {
  const employer = { leadUserId: 'u-lead', leadOrganisationId: 'org-lead' };

  it('lets the lead release', () => {
    expect(mayReleaseLead({ userId: 'u-lead', organisationId: 'org-lead', roles: ['werkgeversadviseur'] }, employer)).toBe(true);
  });
  it("lets a functioneel beheerder of the lead's organisation release", () => {
    expect(mayReleaseLead({ userId: 'u-fb', organisationId: 'org-lead', roles: ['functioneel_beheerder'] }, employer)).toBe(true);
  });
  it('refuses a beheerder of another organisation, another account manager of the same organisation, and a missing lead', () => {
    expect(mayReleaseLead({ userId: 'u-fb', organisationId: 'org-x', roles: ['functioneel_beheerder'] }, employer)).toBe(false);
    expect(mayReleaseLead({ userId: 'u-2', organisationId: 'org-lead', roles: ['werkgeversadviseur'] }, employer)).toBe(false);
    expect(
      mayReleaseLead(
        { userId: 'u-lead', organisationId: 'org-lead', roles: ['werkgeversadviseur'] },
        { leadUserId: null, leadOrganisationId: null },
      ),
    ).toBe(false);
  });
});

describe('parseEmployerQuery', () => {
  it('searches names, and KvK numbers when the text is digits', () => {
    expect(parseEmployerQuery(undefined)).toEqual({});
    expect(parseEmployerQuery('  ')).toEqual({});
    expect(parseEmployerQuery(' Bakkerij ')).toEqual({ name: 'Bakkerij' });
    expect(parseEmployerQuery('1234 56')).toEqual({ name: '1234 56', kvkPrefix: '123456' });
    expect(parseEmployerQuery('123456789')).toEqual({ name: '123456789' });
  });
});

describe('leadLabel', () => {
  it('names the person and the organisation', () => {
    expect(leadLabel({ userName: 'Jan de Vries', organisationName: 'Gemeente Eindhoven' })).toBe('Jan de Vries (Gemeente Eindhoven)');
  });
});

describe('employer input', () => {
  const valid = {
    kvkNumber: '12345678',
    name: 'X',
    sbiCode: '10',
    sizeClass: '1-9',
    address: { street: 'S', houseNumber: 1, postcode: '5611ab', city: 'C' },
  };

  it('normalises KvK, SBI and postcode', () => {
    const out = EmployerInput.parse({ ...valid, kvkNumber: '1234 5678', sbiCode: '47.11' });
    expect(out).toMatchObject({ kvkNumber: '12345678', sbiCode: '4711', address: { postcode: '5611 AB' } });
  });
  it.each(['1234567', '123456789', 'abcdefgh', '', '1234-5678'])('refuses KvK %j', (kvk) => {
    expect(EmployerInput.safeParse({ ...valid, kvkNumber: kvk }).success).toBe(false);
  });
  it.each(['1', '123456', 'AB', '10a'])('refuses SBI %j', (sbi) => {
    expect(EmployerInput.safeParse({ ...valid, sbiCode: sbi }).success).toBe(false);
  });
  it.each(['1-9', '10-49', '50-249', '250+'])('accepts size class %s', (sizeClass) => {
    expect(EmployerInput.safeParse({ ...valid, sizeClass }).success).toBe(true);
  });
});

describe('agreement input', () => {
  it('puts an end before the start on periodEnd', () => {
    const r = AgreementInput.safeParse({ description: 'x', targetPlacements: 1, periodStart: '2026-02-01', periodEnd: '2026-01-31' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['periodEnd']);
  });
});
