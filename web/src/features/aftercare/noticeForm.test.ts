import { describe, expect, it } from 'vitest';
import {
  checkHandover,
  checkSend,
  checkWithoutNotice,
  domainsBody,
  emptySend,
  emptyWithoutNotice,
  handoverBody,
  sendBody,
  withoutNoticeBody,
  type SendValues,
} from './noticeForm.ts';

const t = ((key: string) => key) as Parameters<typeof checkSend>[1];
const labels = new Proxy({}, { get: (_, k) => String(k) }) as Record<string, string>;
const today = '2026-12-07';

const filled = (): SendValues => ({
  ...emptySend(),
  bsn: '111222333',
  firstName: 'Kevin',
  surname: 'Bakker',
  dateOfBirth: '1994-03-02',
  municipalityId: '00000000-0000-4000-8000-000000000001',
  detentionStartedOn: '2026-06-01',
  expectedReleaseOn: '2026-12-17',
});

describe('the release notice form', () => {
  it('accepts a complete notice and sends only the domains the institution knows', () => {
    const v = filled();
    v.domains.housing = { status: 'problem', notes: ' Geen woonadres ' };
    v.domains.debts = { status: '', notes: 'CJIB-boetes' };
    expect(checkSend(v, t, today, labels)).toEqual({});
    const body = sendBody(v);
    expect(body.domains).toEqual({
      housing: { status: 'problem', owner: null, notes: 'Geen woonadres', plannedOn: null },
      debts: { status: 'in_progress', owner: null, notes: 'CJIB-boetes', plannedOn: null },
    });
    expect(body).toMatchObject({ bsn: '111222333', surnamePrefix: null, activities: null });
  });

  it('names the field: a BSN failing the 11-test, a release before detention, a missing municipality', () => {
    const v = { ...filled(), bsn: '123456789', expectedReleaseOn: '2026-05-01', municipalityId: '' };
    const errors = checkSend(v, t, today, labels);
    expect(errors.bsn).toBe('form.invalidBsn');
    expect(errors.expectedReleaseOn).toBe('aftercare.detention.releaseBeforeStart');
    expect(errors.municipalityId).toBe('form.requiredChoice');
    expect(checkSend({ ...filled(), dateOfBirth: '2020-01-01' }, t, today, labels).dateOfBirth).toBe('aftercare.person.dateOfBirthRange');
  });

  it('registers a release without notice with an unknown institution and detention start', () => {
    const v = { ...emptyWithoutNotice(), ...filled(), institutionId: '', detentionStartedOn: '', releaseOn: '2026-12-01' };
    expect(checkWithoutNotice(v, t, today, labels)).toEqual({});
    expect(withoutNoticeBody(v)).toMatchObject({ institutionId: null, detentionStartedOn: null, releaseOn: '2026-12-01' });
    expect(checkWithoutNotice({ ...v, releaseOn: '' }, t, today, labels).releaseOn).toBe('form.required');
  });

  it('leaves out a domain with neither status nor notes', () => {
    expect(domainsBody(emptySend().domains)).toEqual({});
  });
});

describe('the warm handover form', () => {
  const two = [
    { name: 'Anouk de Wit', organisation: 'PI Vught', role: 'Casemanager', userId: null },
    { name: 'Sem Bakker', organisation: 'Gemeente Eindhoven', role: '' },
  ];

  it('takes the Amsterdam wall-clock time as the instant and leaves out empty participant rows', () => {
    const body = handoverBody({
      date: '2026-12-10',
      time: '10:00',
      place: ' PI Vught ',
      participants: [...two, { name: '', organisation: '', role: '' }],
      note: '',
    });
    expect(body.startsAt).toBe('2026-12-10T09:00:00.000Z');
    expect(body.place).toBe('PI Vught');
    expect(body.participants).toEqual([
      { name: 'Anouk de Wit', organisation: 'PI Vught', role: 'Casemanager', userId: null },
      { name: 'Sem Bakker', organisation: 'Gemeente Eindhoven', role: null, userId: null },
    ]);
    expect(handoverBody({ date: '2026-07-01', time: '10:00', place: 'x', participants: two, note: '' }).startsAt).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });

  it('asks for two participants with name and organisation, a time as hh:mm and a place', () => {
    const errors = checkHandover(
      { date: '2026-12-10', time: '25:00', place: '', participants: [two[0]!, { name: '', organisation: '', role: '' }], note: '' },
      t,
      labels,
    );
    expect(errors).toEqual({
      time: 'aftercare.handover.invalidTime',
      place: 'form.required',
      'participants.1.name': 'aftercare.handover.atLeastTwo',
    });
    const half = checkHandover(
      { date: '2026-12-10', time: '10:00', place: 'x', participants: [two[0]!, { name: 'Sem', organisation: '', role: '' }], note: '' },
      t,
      labels,
    );
    expect(half).toEqual({ 'participants.1.organisation': 'form.required' });
    expect(checkHandover({ date: '2026-12-10', time: '10:00', place: 'x', participants: two, note: '' }, t, labels)).toEqual({});
  });
});
