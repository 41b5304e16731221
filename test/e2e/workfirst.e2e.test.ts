import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayInAmsterdam } from '../../src/kernel/dates.ts';
import { apiCall, axeViolations, werkpleinInBrowser } from './browser-helpers.ts';

/**
 * Work First in the browser: the klantmanager registers last week with four hours' absence without a
 * valid reason, the page proposes a measure, the klantmanager confirms it; the client sees it under
 * "Mijn maatregelen" and responds before it takes effect.
 */
const KM = 'klantmanager@eindhoven.demo.werkplein.nl';
const CLIENT = 'werkzoekende@eindhoven.demo.werkplein.nl';

const today = todayInAmsterdam();
const thisMonday = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
const lastMonday = addDays(thisMonday, -7);

describe('Work First in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let km: Page;
  let client: Page;
  let clientName: string;
  let clientId: string;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    client = await werkplein.signedIn(CLIENT);
    const me = (await apiCall(client, 'GET', '/api/v1/portal/me')).json;
    clientName = String(me.displayName);
    km = await werkplein.signedIn(KM);
    clientId = String(me.clientId);
  });

  it('registers the benefit application and starts a placement through the client file forms; hours below the minimum are said at the field', async () => {
    // The client applied for a benefit three weeks ago and works at the municipality's work company since.
    await km.goto(`${werkplein.url}/clienten/${clientId}`);
    await km.getByRole('heading', { name: 'Work First', level: 2 }).waitFor();
    const fresh = km.locator('form', { has: km.getByRole('heading', { name: 'Nieuwe melding' }) });
    await fresh.getByRole('button', { name: 'Melding registreren' }).click();
    await expect.poll(() => fresh.getByLabel('Datum van de melding').getAttribute('aria-invalid')).toBe('true');
    await fresh.getByLabel('Datum van de melding').fill(addDays(lastMonday, -14));
    await fresh.getByRole('button', { name: 'Melding registreren' }).click();
    await km.getByText('De melding is geregistreerd.').waitFor();

    const file = (await apiCall(km, 'GET', `/api/v1/clients/${clientId}/workfirst`)).json as {
      applications: { id: string; reportedOn: string }[];
    };
    const application = file.applications.find((a) => a.reportedOn === addDays(lastMonday, -14));
    expect(application).toBeDefined();
    const field = (name: string) => km.locator(`#field-placement-${application!.id}-${name}`);
    await field('providerName').locator('xpath=ancestor::details').locator('summary').click();
    await field('providerKind').selectOption('own_company');
    await field('providerName').fill('Werkbedrijf Eindhoven');
    await field('activity').fill('Inpakwerk e2e');
    await field('hoursPerWeek').fill('8');
    await field('startsOn').fill(addDays(lastMonday, -7));
    await field('endsOn').fill(addDays(lastMonday, 35));
    const submit = field('providerName').locator('xpath=ancestor::form').getByRole('button', { name: 'Plaatsing starten' });
    await submit.click();
    // The regulation's minimum (20 hours) comes from the server and lands at the field.
    await expect.poll(() => field('hoursPerWeek').getAttribute('aria-invalid')).toBe('true');
    await km
      .locator(`#field-placement-${application!.id}-hoursPerWeek-error`)
      .getByText(/minstens \d+ uur per week/)
      .waitFor();
    await field('hoursPerWeek').fill('24');
    await submit.click();
    await km.getByText('De Work First-plaatsing is gestart.').waitFor();
    await km.getByText(/Inpakwerk e2e bij Werkbedrijf Eindhoven/).waitFor();
    a11y.clientFile = await axeViolations(km);
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

  it('shows the Work First report for the period, small counts suppressed, with a CSV download', async () => {
    await km.goto(`${werkplein.url}/work-first/rapportage`);
    await km.getByRole('heading', { name: 'Work First-rapportage', level: 1 }).waitFor();
    const table = km.getByRole('table');
    await table.getByRole('rowheader', { name: 'Meldingen' }).waitFor();
    await table.getByRole('rowheader', { name: 'Ingetrokken', exact: true }).waitFor();
    await km.getByRole('link', { name: 'Download als CSV' }).waitFor();
    a11y.report = await axeViolations(km);
  });

  it("lets the functioneel beheerder read the rule versions, see which applied on a day, and add one (the server's bounds at the field)", async () => {
    const fb = await werkplein.signedIn('functioneel_beheerder@eindhoven.demo.werkplein.nl');
    await fb.goto(`${werkplein.url}/work-first/regels`);
    await fb.getByRole('heading', { name: 'Work First-regels', level: 1 }).waitFor();
    await fb.getByLabel('Dag', { exact: true }).fill(lastMonday);
    await fb
      .getByRole('status')
      .getByText(/golden de regels vanaf .*: minstens \d+ uur per week/)
      .waitFor();
    const nextYear = `${Number(today.slice(0, 4)) + 1}-01-01`;
    await fb.getByLabel('Geldt vanaf').fill(nextYear);
    const percent = fb.getByLabel('Percentage: eerste keer afwezig zonder geldige reden');
    await percent.fill('150');
    await fb.getByRole('button', { name: 'Versie opslaan' }).click();
    await expect.poll(() => percent.getAttribute('aria-invalid')).toBe('true');
    await percent.fill('25');
    await fb.getByRole('button', { name: 'Versie opslaan' }).click();
    await fb.getByText('De versie van de regels is opgeslagen.').waitFor();
    await fb.getByRole('rowheader', { name: new RegExp(`${nextYear.slice(0, 4)}`) }).waitFor();
    a11y.regulations = await axeViolations(fb);
    await fb.close();
  });

  it('has no WCAG 2.2 AA violations on the pages it visited', () => {
    expect(a11y).toEqual({ clientFile: [], week: [], confirmed: [], portal: [], report: [], regulations: [] });
  });
});
