import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, amsterdamInstant, todayInAmsterdam } from '../../src/kernel/dates.ts';
import { apiCall, axeViolations, expectNoSidewaysScroll, setNarrowScreen, werkpleinInBrowser } from './browser-helpers.ts';

/**
 * "Mijn afspraken" in the client portal: the klantmanager plans an appointment from the client's file
 * and one by video that is then cancelled; the client (the demo's portal account) finds both under
 * "Mijn afspraken", in Amsterdam time, the cancelled one said as such; axe clean, also at 390 px.
 */
const KM = 'klantmanager@eindhoven.demo.werkplein.nl';
const CLIENT = 'werkzoekende@eindhoven.demo.werkplein.nl';

describe('the client’s appointments in the portal', () => {
  const werkplein = werkpleinInBrowser();
  let km: Page;
  let client: Page;
  let clientId: string;
  const day = addDays(todayInAmsterdam(), 3);
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    client = await werkplein.signedIn(CLIENT);
    clientId = String((await apiCall(client, 'GET', '/api/v1/portal/me')).json.clientId);
    km = await werkplein.signedIn(KM);
  });

  it('lets the klantmanager plan an appointment with the client from the file', async () => {
    await km.goto(`${werkplein.url}/clienten/${clientId}`);
    await km.getByRole('heading', { name: 'Afspraken' }).waitFor();
    const form = km.locator('form', { has: km.getByRole('button', { name: 'Afspraak plannen' }) });
    await form.getByLabel('Onderwerp').fill('Gesprek over uw werkplan');
    await form.getByLabel('Datum').fill(day);
    await form.getByLabel('Begintijd').fill('09:30');
    await form.getByLabel('Eindtijd').fill('10:15');
    await form.getByLabel('Plaats').fill('Stadskantoor Eindhoven, balie 4');
    await form.getByRole('button', { name: 'Afspraak plannen' }).click();
    await km.getByRole('region', { name: 'Afspraken met de cliënt, nieuwste eerst' }).getByText('Gesprek over uw werkplan').waitFor();

    // A video call the day after, that the klantmanager then cancels.
    const video = await apiCall(km, 'POST', '/api/v1/appointments', {
      title: 'Videogesprek sollicitatie',
      startsAt: amsterdamInstant(addDays(day, 1), '13:00').toISOString(),
      endsAt: amsterdamInstant(addDays(day, 1), '13:30').toISOString(),
      videoUrl: 'https://video.example.nl/kamer-7',
      clientId,
    });
    expect(video.status).toBe(201);
    expect((await apiCall(km, 'PATCH', `/api/v1/appointments/${String(video.json.id)}`, { status: 'cancelled' })).status).toBe(200);
  });

  it('shows the client both under Mijn afspraken, the cancelled one as cancelled', async () => {
    await client.goto(`${werkplein.url}/mijn`);
    await client.getByRole('link', { name: 'Mijn afspraken' }).click();
    await client.getByRole('heading', { name: 'Mijn afspraken', level: 1 }).waitFor();
    const upcoming = client.getByRole('region', { name: 'Komende afspraken' });
    const planned = upcoming.getByRole('listitem').filter({ hasText: 'Gesprek over uw werkplan' });
    await planned.waitFor();
    const text = await planned.innerText();
    const weekdayAndDate = new Intl.DateTimeFormat('nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`));
    expect(text).toContain(`${weekdayAndDate}, 09:30–10:15`);
    expect(text).toContain('Waar: Stadskantoor Eindhoven, balie 4');
    expect(text).toMatch(/Met: .+ \(.*Eindhoven.*\)/);

    const cancelled = upcoming.getByRole('listitem').filter({ hasText: 'Videogesprek sollicitatie' });
    expect(await cancelled.innerText()).toContain('Afgezegd');
    expect(await cancelled.innerText()).toContain('Deze afspraak gaat niet door.');
    // No way into a call that does not take place.
    expect(await cancelled.getByRole('link').count()).toBe(0);
    a11y.portal = await axeViolations(client);
  });

  it('fits a 390 px wide screen without sideways scrolling', async () => {
    await setNarrowScreen(client);
    await client.reload();
    await client.getByRole('heading', { name: 'Mijn afspraken', level: 1 }).waitFor();
    await client.getByText('Gesprek over uw werkplan').waitFor();
    await expectNoSidewaysScroll(client);
    a11y.narrow = await axeViolations(client);
  });

  it('has no WCAG 2.2 AA violations on the pages it visited', () => {
    expect(a11y).toEqual({ portal: [], narrow: [] });
  });
});
