import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestApp } from '../../harness.ts';
import { addDays, amsterdamInstant, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { clientInput, openTestWorld, type World } from '../../factories.ts';

/**
 * The agenda: appointments with a client or among colleagues, each user's agenda per Amsterdam day, the
 * client's appointments with the organisation, and the .ics export that carries no client data.
 */
let t: TestApp;
let world: World;
let kmA: Agent;
let jcA: Agent;
let wgaA: Agent;
let clientId: string;
let clientName: string;
const ids: Record<string, string> = {};

const userId = async (agent: Agent) => (await agent.get('/api/v1/sessions/current')).json().user.id as string;

beforeAll(async () => {
  ({ t, world } = await openTestWorld());
  kmA = await world.agent('A', 'klantmanager');
  jcA = await world.agent('A', 'jobcoach');
  wgaA = await world.agent('A', 'werkgeversadviseur');
  for (const [key, agent] of Object.entries({ jcA, wgaA, jcB: await world.agent('B', 'jobcoach') })) ids[key] = await userId(agent);
  const input = clientInput({ firstName: 'Łukasz', surnamePrefix: null, surname: 'Wiśniewski' });
  const created = await kmA.post('/api/v1/clients', input);
  expect(created.statusCode, created.body).toBe(201);
  clientId = created.json().id;
  clientName = 'Łukasz Wiśniewski';
});
afterAll(async () => t?.close());

const plan = (agent: Agent, body: Record<string, unknown>) =>
  agent.post('/api/v1/appointments', {
    title: 'Kennismakingsgesprek',
    startsAt: '2026-12-08T10:00:00+01:00',
    endsAt: '2026-12-08T11:00:00+01:00',
    location: 'Stadskantoor, spreekkamer 3',
    ...body,
  });

describe('planning an appointment', () => {
  it('puts an appointment with a client in the agenda of each participant, with the client for client-file roles only', async () => {
    const res = await plan(kmA, { clientId, participantUserIds: [ids.jcA, ids.wgaA] });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ title: 'Kennismakingsgesprek', status: 'planned', withClient: true, mine: true });
    expect(a.client).toEqual({ id: clientId, displayName: clientName });
    expect(a.participants).toHaveLength(3);
    expect(a.startsAt).toBe('2026-12-08T09:00:00.000Z');

    const forJobcoach = (await jcA.get('/api/v1/agenda?from=2026-12-07&to=2026-12-13')).json();
    expect(forJobcoach.map((x: { id: string }) => x.id)).toContain(a.id);
    expect(forJobcoach.find((x: { id: string }) => x.id === a.id).client.displayName).toBe(clientName);

    const forAdviser = (await wgaA.get('/api/v1/agenda?from=2026-12-07&to=2026-12-13')).json();
    const seen = forAdviser.find((x: { id: string }) => x.id === a.id);
    expect(seen).toMatchObject({ withClient: true, client: null, mine: true });
    expect(JSON.stringify(forAdviser)).not.toContain('Wiśniewski');

    const other = await world.agent('B', 'klantmanager');
    expect((await other.get('/api/v1/agenda?from=2026-12-07&to=2026-12-13')).json()).toEqual([]);
    expect((await other.get(`/api/v1/appointments/${a.id}`)).statusCode).toBe(404);
  });

  it('refuses what cannot be planned, naming the field', async () => {
    const backwards = await plan(kmA, { endsAt: '2026-12-08T09:00:00+01:00' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().invalidParams).toEqual([expect.objectContaining({ name: 'endsAt', code: 'end_before_start' })]);

    const noZone = await plan(kmA, { startsAt: '2026-12-08T10:00' });
    expect(noZone.statusCode).toBe(400);
    expect(noZone.json().invalidParams[0].name).toBe('startsAt');

    const outsider = await plan(kmA, { participantUserIds: [ids.jcB] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().invalidParams[0]).toMatchObject({ name: 'participantUserIds', code: 'not_a_colleague' });

    const plainLink = await plan(kmA, { videoUrl: 'http://video.example.nl/kamer' });
    expect(plainLink.statusCode).toBe(400);
    expect(plainLink.json().invalidParams[0].name).toBe('videoUrl');

    expect((await plan(wgaA, { clientId })).statusCode).toBe(403);
    expect((await plan(await world.agent('B', 'klantmanager'), { clientId })).statusCode).toBe(404);

    const tooLong = await kmA.get('/api/v1/agenda?from=2026-01-01&to=2026-12-31');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().invalidParams[0]).toMatchObject({ name: 'to', code: 'range_too_long' });
  });

  it('counts days in Amsterdam time: 00:30 on 9 December is on the 9th, not the 8th', async () => {
    const res = await plan(jcA, { title: 'Vroeg overleg', startsAt: '2026-12-09T00:30:00+01:00', endsAt: '2026-12-09T01:00:00+01:00' });
    expect(res.statusCode, res.body).toBe(201);
    const on = async (day: string) => (await jcA.get(`/api/v1/agenda?from=${day}&to=${day}`)).json<{ id: string }[]>().map((x) => x.id);
    expect(await on('2026-12-09')).toContain(res.json().id);
    expect(await on('2026-12-08')).not.toContain(res.json().id);
  });
});

describe('changing an appointment', () => {
  it('lets participants reschedule and cancel; another klantmanager of the organisation reads it but may not change it', async () => {
    const a = (await plan(jcA, { clientId })).json();
    const moved = await jcA.patch(`/api/v1/appointments/${a.id}`, {
      startsAt: '2026-12-10T14:00:00+01:00',
      endsAt: '2026-12-10T15:00:00+01:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().startsAt).toBe('2026-12-10T13:00:00.000Z');

    // The klantmanager of A handles the client's file, so sees the appointment, but does not take part.
    expect((await kmA.get(`/api/v1/appointments/${a.id}`)).statusCode).toBe(200);
    expect((await kmA.patch(`/api/v1/appointments/${a.id}`, { status: 'cancelled' })).statusCode).toBe(403);
    // A colleague without a client-file role who does not take part does not see it at all.
    expect((await wgaA.get(`/api/v1/appointments/${a.id}`)).statusCode).toBe(404);

    const backwards = await jcA.patch(`/api/v1/appointments/${a.id}`, { endsAt: '2026-12-10T12:00:00+01:00' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().invalidParams[0]).toMatchObject({ name: 'endsAt', code: 'end_before_start' });

    const cancelled = await jcA.patch(`/api/v1/appointments/${a.id}`, { status: 'cancelled' });
    expect(cancelled.json().status).toBe('cancelled');
  });

  it('takes how it went only once the appointment has begun', async () => {
    const future = (await plan(kmA, { startsAt: '2099-01-05T10:00:00+01:00', endsAt: '2099-01-05T11:00:00+01:00' })).json();
    const early = await kmA.patch(`/api/v1/appointments/${future.id}`, { status: 'held', outcomeNote: 'Goed gesprek.' });
    expect(early.statusCode).toBe(400);
    expect(early.json().invalidParams[0].code).toBe('not_yet');

    const past = (await plan(kmA, { clientId, startsAt: '2026-01-05T10:00:00+01:00', endsAt: '2026-01-05T11:00:00+01:00' })).json();
    const held = await kmA.patch(`/api/v1/appointments/${past.id}`, {
      status: 'held',
      outcomeNote: 'Cv besproken; volgende stap: sollicitatietraining.',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', outcomeNote: 'Cv besproken; volgende stap: sollicitatietraining.' });
  });
});

describe("a client's appointments", () => {
  it('lists them newest first for the organisation that handles the file; a partner with consent sees only its own', async () => {
    const list = (await kmA.get(`/api/v1/clients/${clientId}/appointments`)).json<{ startsAt: string; client: unknown }[]>();
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.map((a) => a.startsAt)).toEqual([...list.map((a) => a.startsAt)].sort().reverse());

    const consent = await kmA.post(`/api/v1/clients/${clientId}/consents`, { organisationId: world.orgs.R.id });
    expect(consent.statusCode).toBe(201);
    const partner = await world.agent('R', 'jobcoach');
    expect((await partner.get(`/api/v1/clients/${clientId}/appointments`)).json()).toEqual([]);
    expect((await (await world.agent('B', 'klantmanager')).get(`/api/v1/clients/${clientId}/appointments`)).statusCode).toBe(404);
  });
});

describe('the agenda as iCalendar', () => {
  it('is a valid calendar with each appointment in UTC, cancelled ones marked, and no client data', async () => {
    const res = await jcA.get('/api/v1/agenda/ics?from=2026-12-07&to=2026-12-13');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.headers['content-disposition']).toContain('werkplein-agenda-2026-12-07-2026-12-13.ics');
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const mine = (await jcA.get('/api/v1/agenda?from=2026-12-07&to=2026-12-13')).json<
      {
        id: string;
        startsAt: string;
        status: string;
      }[]
    >();
    expect(events.map((e) => e.uid).sort()).toEqual(mine.map((a) => `${a.id}@werkplein`).sort());
    for (const a of mine) {
      const e = events.find((x) => x.uid === `${a.id}@werkplein`)!;
      expect(e.startDate.toJSDate().toISOString()).toBe(a.startsAt);
      expect(e.component.getFirstPropertyValue('status')).toBe(a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    }
    expect(mine.some((a) => a.status === 'cancelled')).toBe(true);
    expect(res.body).not.toContain('Wiśniewski');
    expect(res.body).not.toContain('Łukasz');
  });

  it('exports one appointment for whoever may open it', async () => {
    const a = (await plan(kmA, { title: 'Driegesprek met werkgever', videoUrl: 'https://video.example.nl/kamer/4711' })).json();
    const res = await kmA.get(`/api/v1/appointments/${a.id}/ics`);
    expect(res.statusCode).toBe(200);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(res.body)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Driegesprek met werkgever');
    expect(event.location).toBe('Stadskantoor, spreekkamer 3');
    expect(event.description).toContain('https://video.example.nl/kamer/4711');
    expect(event.description).toMatch(/\/agenda\?week=2026-12-08$/);
    expect((await jcA.get(`/api/v1/appointments/${a.id}/ics`)).statusCode).toBe(404);
  });
});

describe("the client's own appointments in the portal", () => {
  const at = (daysFromToday: number, time: string) => amsterdamInstant(addDays(todayInAmsterdam(), daysFromToday), time).toISOString();
  const planOn = (agent: Agent, forClient: string, days: number, body: Record<string, unknown> = {}) =>
    plan(agent, { clientId: forClient, startsAt: at(days, '10:00'), endsAt: at(days, '11:00'), ...body });

  it('shows the client the upcoming ones and those of the last 30 days of their own file, without the outcome note', async () => {
    const ownId = await world.portalClientId();
    const upcoming = (
      await planOn(kmA, ownId, 2, {
        title: 'Gesprek over uw werkplan',
        location: null,
        videoUrl: 'https://video.example.nl/kamer-12',
        participantUserIds: [ids.jcA],
      })
    ).json();
    const cancelled = (await planOn(kmA, ownId, 5, { title: 'Sollicitatietraining' })).json();
    expect((await kmA.patch(`/api/v1/appointments/${cancelled.id}`, { status: 'cancelled' })).statusCode).toBe(200);
    const recent = (await planOn(kmA, ownId, -29, { title: 'Intake' })).json();
    const held = await kmA.patch(`/api/v1/appointments/${recent.id}`, {
      status: 'held',
      outcomeNote: 'Twijfelt aan motivatie; intern bespreken.',
    });
    expect(held.statusCode, held.body).toBe(200);
    const tooOld = (await planOn(kmA, ownId, -31, { title: 'Oud gesprek' })).json();
    const othersClient = (await planOn(kmA, clientId, 3, { title: 'Gesprek met een ander' })).json();

    const client = await world.agent('A', 'werkzoekende');
    const res = await client.get('/api/v1/portal/appointments');
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json<{ id: string }[]>();
    const seen = mine.map((a) => a.id);
    expect(seen).toEqual(expect.arrayContaining([recent.id, upcoming.id, cancelled.id]));
    expect(seen.indexOf(recent.id)).toBeLessThan(seen.indexOf(upcoming.id));
    expect(seen.indexOf(upcoming.id)).toBeLessThan(seen.indexOf(cancelled.id));
    expect(seen).not.toContain(tooOld.id);
    expect(seen).not.toContain(othersClient.id);

    const kmName = (await kmA.get('/api/v1/sessions/current')).json().user.name as string;
    const jcName = (await jcA.get('/api/v1/sessions/current')).json().user.name as string;
    const shown = mine.find((a) => a.id === upcoming.id) as Record<string, unknown>;
    expect(shown).toMatchObject({
      title: 'Gesprek over uw werkplan',
      startsAt: upcoming.startsAt,
      endsAt: upcoming.endsAt,
      location: null,
      videoUrl: 'https://video.example.nl/kamer-12',
      status: 'planned',
    });
    expect(shown.organisationName).toBe(world.orgs.A.name);
    expect(shown.professionals).toEqual(expect.arrayContaining([{ name: kmName }, { name: jcName }]));
    expect(mine.find((a) => a.id === cancelled.id)).toMatchObject({ status: 'cancelled' });
    expect(mine.find((a) => a.id === recent.id)).toMatchObject({ status: 'held' });
    // How it went is the professionals' record: neither the field nor its text reaches the client.
    expect(Object.keys(mine.find((a) => a.id === recent.id)!)).not.toContain('outcomeNote');
    expect(res.body).not.toContain('motivatie');
    expect(res.body).not.toContain('Wiśniewski');
  });

  it('is the portal user’s alone: a professional gets 403, a portal user without a linked file too', async () => {
    expect((await kmA.get('/api/v1/portal/appointments')).statusCode).toBe(403);
    const unlinked = await (await world.agent('B', 'werkzoekende')).get('/api/v1/portal/appointments');
    expect(unlinked.statusCode).toBe(403);
    expect(unlinked.headers['content-type']).toContain('application/problem+json');
  });
});
