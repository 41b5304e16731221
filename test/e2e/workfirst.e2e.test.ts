import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { todayInAmsterdam } from '../../src/kernel/dates.ts';
import { launchChromium, startWerkpleinProcess, type RunningWerkplein } from './werkplein-process.ts';
import { axeViolations, login, newPage } from './browser-helpers.ts';

/**
 * Work First in the browser: the klantmanager registers last week with four hours' absence without a
 * valid reason, the page proposes a measure, the klantmanager confirms it; the client sees it under
 * "Mijn maatregelen" and responds before it takes effect.
 */
const KM = 'klantmanager@eindhoven.demo.werkplein.nl';
const CLIENT = 'werkzoekende@eindhoven.demo.werkplein.nl';

function shift(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const today = todayInAmsterdam();
const thisMonday = shift(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
const lastMonday = shift(thisMonday, -7);

/** A JSON call with the page's own session (and its CSRF token), for what the test sets up. */
async function apiCall(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = await (await fetch('/api/v1/sessions/current')).json();
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    { method, url, body },
  );
}

describe('Work First in the browser', () => {
  let werkplein: RunningWerkplein;
  let browser: Browser;
  let km: Page;
  let client: Page;
  let clientName: string;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    werkplein = await startWerkpleinProcess();
    browser = await launchChromium();
    client = await newPage(browser);
    await login(client, werkplein.url, CLIENT);
    const me = (await apiCall(client, 'GET', '/api/v1/portal/me')).json;
    clientName = String(me.displayName);
    km = await newPage(browser);
    await login(km, werkplein.url, KM);
    // The client applied for a benefit three weeks ago and works at the municipality's work company since.
    const application = await apiCall(km, 'POST', `/api/v1/clients/${String(me.clientId)}/workfirst/applications`, {
      reportedOn: shift(lastMonday, -14),
    });
    expect(application.status, JSON.stringify(application.json)).toBe(201);
    const placement = await apiCall(km, 'POST', `/api/v1/clients/${String(me.clientId)}/workfirst/placements`, {
      applicationId: application.json.id as string,
      providerKind: 'own_company',
      providerName: 'Werkbedrijf Eindhoven',
      activity: 'Inpakwerk e2e',
      hoursPerWeek: 24,
      startsOn: shift(lastMonday, -7),
      endsOn: shift(lastMonday, 35),
    });
    expect(placement.status, JSON.stringify(placement.json)).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await werkplein?.stop();
  });

  it('registers last week with an absence; hours present above planned are said at the field', async () => {
    await km.goto(`${werkplein.url}/work-first?week=${lastMonday}`);
    await km.getByRole('heading', { name: 'Work First: aanwezigheid' }).waitFor();
    const card = km.locator('section', { has: km.getByRole('heading', { name: clientName }) }).filter({ hasText: 'Inpakwerk e2e' });
    await card.waitFor();
    await card.getByLabel('Geplande uren').fill('24');
    await card.getByLabel('Aanwezige uren').fill('30');
    await card.getByRole('button', { name: 'Week registreren' }).click();
    const present = card.getByLabel('Aanwezige uren');
    await expect.poll(() => present.getAttribute('aria-invalid')).toBe('true');

    await present.fill('20');
    await card.getByLabel('Afwezig zonder geldige reden (uren)').fill('4');
    await card.getByRole('button', { name: 'Week registreren' }).click();
    await card.getByText('Geregistreerd: 20 van 24 uur aanwezig').waitFor();
    await card.getByText(/Voorgesteld.*20% van de uitkering gedurende 1 maand/).waitFor();
    a11y.week = await axeViolations(km);
  });

  it('confirms the proposed measure with a reason', async () => {
    const card = km.locator('section', { has: km.getByRole('heading', { name: clientName }) }).filter({ hasText: 'Inpakwerk e2e' });
    await card.getByLabel('Besluit', { exact: true }).selectOption('confirm');
    await card.getByLabel('Reden van het besluit').fill('Niet verschenen en niet afgemeld.');
    await card.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await card.getByText(/Bevestigd.*20% van de uitkering/).waitFor();
    await card.getByText(/Gaat in op .*, na de hoortermijn\./).waitFor();
    a11y.confirmed = await axeViolations(km);
  });

  it('shows the client the measure in the portal, where they respond before it takes effect', async () => {
    await client.goto(`${werkplein.url}/mijn/maatregelen`);
    await client.getByRole('heading', { name: 'Mijn maatregelen', level: 1 }).waitFor();
    const item = client.locator('section', { hasText: 'Inpakwerk e2e' });
    await item.getByText(/Bevestigd.*20% van de uitkering gedurende 1 maand/).waitFor();
    await item.getByLabel('Uw reactie').fill('Mijn zoon was ziek; ik had moeten bellen.');
    await item.getByRole('button', { name: 'Reactie versturen' }).click();
    await item.getByText('Uw reactie: Mijn zoon was ziek; ik had moeten bellen.').waitFor();
    a11y.portal = await axeViolations(client);
  });

  it('has no WCAG 2.2 AA violations on the pages it visited', () => {
    expect(a11y).toEqual({ week: [], confirmed: [], portal: [] });
  });
});
