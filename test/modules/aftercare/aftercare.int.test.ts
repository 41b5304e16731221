import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../harness.ts';
import { nextBsn, openTestWorld, type World } from '../../factories.ts';
import {
  DETENTION,
  handoverInput,
  inDays,
  newInstitution,
  noticeInput,
  registerWithoutNotice,
  sendNotice,
  today,
  type Institution,
} from './factories.ts';

describe('aftercare: release notices, life domains, warm handover, client file', () => {
  let t: TestApp;
  let world: World;
  let pi: Institution;
  let other: Institution;

  beforeAll(async () => {
    ({ t, world } = await openTestWorld());
    pi = await newInstitution(t);
    other = await newInstitution(t);
  });
  afterAll(async () => t?.close());

  it('an institution notifies the municipality; its coordinator and the institution see it, with the state at notice', async () => {
    const staff = await pi.staff();
    const notice = await sendNotice(staff, world.orgs.A.id);
    expect(notice).toMatchObject({
      institutionId: pi.id,
      institutionName: pi.name,
      municipalityId: world.orgs.A.id,
      withoutNotice: false,
      notifiedOn: today(),
      notifiedInTime: true,
      handoverPlanned: false,
      activities: DETENTION.activities,
    });
    expect(notice.domains.map((d: { domain: string }) => d.domain)).toEqual([
      'id_document',
      'housing',
      'income_work',
      'debts',
      'care',
      'social_network',
    ]);
    expect(notice.domains.find((d: { domain: string }) => d.domain === 'housing').status).toBe('problem');
    expect(notice.assessments).toEqual([
      expect.objectContaining({ moment: 'notice', domains: expect.arrayContaining([{ domain: 'id_document', status: 'arranged' }]) }),
    ]);

    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const read = await coordinator.get(`/api/v1/aftercare/notices/${notice.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().bsn).toBe(notice.bsn);
    const list = await coordinator.get('/api/v1/aftercare/notices');
    expect(list.json().map((n: { id: string }) => n.id)).toContain(notice.id);
    const own = await staff.get('/api/v1/aftercare/notices');
    expect(own.json().map((n: { id: string }) => n.id)).toContain(notice.id);

    // Another institution and another municipality's coordinator do not find it.
    expect((await (await other.staff()).get(`/api/v1/aftercare/notices/${notice.id}`)).statusCode).toBe(404);
    expect((await (await world.agent('B', 'nazorgcoordinator')).get(`/api/v1/aftercare/notices/${notice.id}`)).statusCode).toBe(404);
  });

  it('refuses a release before detention, an unknown or non-municipality, and notifying as another institution, naming the field', async () => {
    const staff = await pi.staff();
    const early = await staff.post(
      '/api/v1/aftercare/notices',
      noticeInput(world.orgs.A.id, { detentionStartedOn: '2026-05-01', expectedReleaseOn: '2026-04-30' }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json().invalidParams.map((p: { name: string }) => p.name)).toContain('expectedReleaseOn');

    for (const municipalityId of [world.orgs.R.id, '5f0f4b9e-1c1a-4d7e-9d7a-1b2c3d4e5f60', other.id]) {
      const res = await staff.post('/api/v1/aftercare/notices', noticeInput(municipalityId));
      expect(res.statusCode, municipalityId).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('municipalityId');
    }

    const asOther = await staff.post('/api/v1/aftercare/notices', noticeInput(world.orgs.A.id, { institutionId: other.id }));
    expect(asOther.statusCode).toBe(400);
    expect(asOther.json().invalidParams[0]).toMatchObject({ name: 'institutionId', code: 'not_own_institution' });

    const badBsn = await staff.post('/api/v1/aftercare/notices', noticeInput(world.orgs.A.id, { bsn: '123456789' }));
    expect(badBsn.statusCode).toBe(400);
    expect(badBsn.json().invalidParams[0].name).toBe('bsn');
  });

  it('the emergency path: the coordinator registers a release without notice, possibly in the past', async () => {
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const n = await registerWithoutNotice(coordinator, { releaseOn: inDays(-10), institutionId: pi.id });
    expect(n).toMatchObject({ withoutNotice: true, releasedOn: inDays(-10), notifiedInTime: false, institutionId: pi.id });
    expect(n.assessments.map((a: { moment: string }) => a.moment)).toEqual(['release']);
    const before = await coordinator.post('/api/v1/aftercare/notices/without-notice', {
      bsn: nextBsn(),
      firstName: 'A',
      surname: 'B',
      dateOfBirth: '1990-01-01',
      detentionStartedOn: '2026-02-01',
      releaseOn: '2026-01-01',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().invalidParams[0].name).toBe('releaseOn');
    const notInstitution = await coordinator.post('/api/v1/aftercare/notices/without-notice', {
      bsn: nextBsn(),
      firstName: 'A',
      surname: 'B',
      dateOfBirth: '1990-01-01',
      releaseOn: '2026-01-01',
      institutionId: world.orgs.B.id,
    });
    expect(notInstitution.statusCode).toBe(400);
    expect(notInstitution.json().invalidParams[0].name).toBe('institutionId');
  });

  it('warm handover, release, the 3- and 6-month states', async () => {
    const staff = await pi.staff();
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const notice = await sendNotice(staff, world.orgs.A.id, { expectedReleaseOn: inDays(12) });
    const late = await coordinator.post(
      `/api/v1/aftercare/notices/${notice.id}/handovers`,
      handoverInput({ startsAt: `${inDays(13)}T10:00:00+01:00` }),
    );
    expect(late.statusCode).toBe(400);
    expect(late.json().invalidParams[0].name).toBe('startsAt');
    const one = await coordinator.post(
      `/api/v1/aftercare/notices/${notice.id}/handovers`,
      handoverInput({ participants: [handoverInput().participants] }),
    );
    expect(one.statusCode).toBe(400);
    const planned = await coordinator.post(`/api/v1/aftercare/notices/${notice.id}/handovers`, handoverInput());
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().handoverPlanned).toBe(true);
    expect(planned.json().handovers[0].participants).toHaveLength(2);

    const domain = await staff.request('PUT', `/api/v1/aftercare/notices/${notice.id}/domains/housing`, {
      status: 'arranged',
      owner: 'Woningcorporatie',
      notes: null,
      plannedOn: null,
    });
    expect(domain.statusCode, domain.body).toBe(200);
    const before = await staff.post(`/api/v1/aftercare/notices/${notice.id}/release`, { releasedOn: '2020-01-01' });
    expect(before.statusCode).toBe(400);
    expect(before.json().invalidParams[0].name).toBe('releasedOn');
    const future = await staff.post(`/api/v1/aftercare/notices/${notice.id}/release`, { releasedOn: inDays(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams[0]).toMatchObject({ name: 'releasedOn', code: 'in_future' });
    const released = await staff.post(`/api/v1/aftercare/notices/${notice.id}/release`, { releasedOn: today() });
    expect(released.statusCode).toBe(200);
    const release = released.json().assessments.find((a: { moment: string }) => a.moment === 'release');
    expect(release.domains).toContainEqual({ domain: 'housing', status: 'arranged' });
    expect((await staff.post(`/api/v1/aftercare/notices/${notice.id}/release`, { releasedOn: today() })).statusCode).toBe(409);
    const early = await coordinator.post(`/api/v1/aftercare/notices/${notice.id}/assessments`, { moment: 'month3' });
    expect(early.statusCode).toBe(409);
    expect(early.json().invalidParams[0]).toMatchObject({ name: 'moment', code: 'too_early' });
    // The institution reads but does not do the municipality's part.
    expect((await staff.post(`/api/v1/aftercare/notices/${notice.id}/assessments`, { moment: 'month3' })).statusCode).toBe(403);

    const past = await registerWithoutNotice(coordinator, { releaseOn: inDays(-200) });
    const m3 = await coordinator.post(`/api/v1/aftercare/notices/${past.id}/assessments`, { moment: 'month3' });
    expect(m3.statusCode).toBe(200);
    const m6 = await coordinator.post(`/api/v1/aftercare/notices/${past.id}/assessments`, { moment: 'month6' });
    expect(m6.json().assessments.map((a: { moment: string }) => a.moment)).toEqual(['release', 'month3', 'month6']);
    expect((await coordinator.post(`/api/v1/aftercare/notices/${past.id}/assessments`, { moment: 'month6' })).statusCode).toBe(409);
  });

  it('prolific offender support and case conference', async () => {
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const n = await registerWithoutNotice(coordinator);
    const res = await coordinator.request('PUT', `/api/v1/aftercare/notices/${n.id}/prolific`, {
      prolificOffender: true,
      supportLines: ['schooling', 'supported_housing'],
      caseConferenceOn: inDays(7),
      caseConferenceNotes: 'Veiligheidshuis',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      prolificOffender: true,
      supportLines: ['schooling', 'supported_housing'],
      caseConferenceOn: inDays(7),
    });
    const without = await coordinator.request('PUT', `/api/v1/aftercare/notices/${n.id}/prolific`, {
      prolificOffender: false,
      supportLines: ['work'],
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().invalidParams[0].name).toBe('prolificOffender');
    const unknown = await coordinator.request('PUT', `/api/v1/aftercare/notices/${n.id}/prolific`, {
      prolificOffender: true,
      supportLines: ['prison'],
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('becomes a client in one click, with basic data only and no criminal-justice data in the client file', async () => {
    const coordinator = await world.agent('A', 'nazorgcoordinator');
    const staff = await pi.staff();
    const notice = await sendNotice(staff, world.orgs.A.id);
    const address = { street: 'Kerkstraat', houseNumber: 4, houseNumberAddition: null, postcode: '5611 AB', city: 'Eindhoven' };
    const noConsent = await coordinator.post(`/api/v1/aftercare/notices/${notice.id}/client`, { consent: false, address });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().invalidParams[0].name).toBe('consent');
    const made = await coordinator.post(`/api/v1/aftercare/notices/${notice.id}/client`, { consent: true, address });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().created).toBe(true);
    const again = await coordinator.post(`/api/v1/aftercare/notices/${notice.id}/client`, { consent: true, address });
    expect(again.json()).toEqual({ noticeId: notice.id, clientId: made.json().clientId, created: false });

    const km = await world.agent('A', 'klantmanager');
    const file = await km.get(`/api/v1/clients/${made.json().clientId}`);
    expect(file.statusCode).toBe(200);
    expect(file.json()).toMatchObject({ bsn: notice.bsn, firstName: 'Dennis', surname: 'Dijk', dateOfBirth: '1991-06-03' });
    for (const secret of [pi.name, DETENTION.activities, DETENTION.detentionStartedOn, notice.expectedReleaseOn, 'PI Vught']) {
      expect(file.body).not.toContain(secret);
    }

    // A person already in the caseload is linked, not registered twice.
    const existing = await km.post('/api/v1/clients', {
      ...(await import('../../factories.ts')).clientInput({ bsn: nextBsn() }),
    });
    const second = await sendNotice(staff, world.orgs.A.id, { bsn: existing.json().bsn });
    const linked = await coordinator.post(`/api/v1/aftercare/notices/${second.id}/client`, { consent: true, address });
    expect(linked.json()).toMatchObject({ clientId: existing.json().id, created: false });
  });
});
