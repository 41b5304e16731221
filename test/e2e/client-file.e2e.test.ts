import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, login, newPage, werkpleinInBrowser } from './browser-helpers.ts';
import { validBsn } from '../factories.ts';
import { addDays, dutchDate, todayInAmsterdam } from '../../src/kernel/dates.ts';

describe('the case manager’s client file in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let page: Page;
  let clientUrl = '';
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    page = await newPage(werkplein.browser);
  });

  it('logs in and shows the caseload', async () => {
    a11y.login = await (async () => {
      await page.goto(`${werkplein.url}/inloggen`);
      await page.getByLabel('E-mailadres').waitFor();
      return axeViolations(page);
    })();
    await login(page, werkplein.url, 'klantmanager@eindhoven.demo.werkplein.nl');
    await page.goto(`${werkplein.url}/clienten`);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(5);
    a11y.caseload = await axeViolations(page);
  });

  it('registers a client: an invalid BSN is shown at the field, a corrected one saves', async () => {
    await page.goto(`${werkplein.url}/clienten/nieuw`);
    await page.getByLabel('BSN').fill('123456789');
    await page.getByLabel('Voornaam').fill('Ilse');
    await page.getByLabel('Tussenvoegsel').fill('van');
    await page.getByLabel('Achternaam').fill('Dongen');
    await page.getByLabel('Geboortedatum').fill('1991-06-14');
    await page.getByLabel('Geslacht').selectOption('vrouw');
    await page.getByLabel('Straat').fill('Kruisstraat');
    await page.getByLabel('Huisnummer').fill('21');
    await page.getByLabel('Postcode').fill('5612 CJ');
    await page.getByLabel('Woonplaats').fill('Eindhoven');
    await page.getByLabel('Opleidingsniveau').selectOption('mbo3');
    await page.getByLabel('Uitkering').selectOption('participatiewet');
    await page.getByLabel('Uren beschikbaar per week').fill('32');
    await page.getByLabel('Maximale reisafstand (km)').fill('20');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const bsn = page.getByLabel('BSN');
    await expect.poll(() => bsn.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await bsn.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(messages.join(' ')).toMatch(/elfproef|ongeldig/i);
    a11y.registerWithErrors = await axeViolations(page);

    await bsn.fill(validBsn(987_654));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/clienten\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /Ilse van Dongen/ }).waitFor();
    clientUrl = page.url();
    a11y.clientFile = await axeViolations(page);
  });

  it('records a ladder assessment and shows it in the history', async () => {
    await page.goto(`${clientUrl}/ladder`);
    await page.getByLabel('Trede', { exact: true }).selectOption('3');
    await page.getByLabel('Groeipotentieel').selectOption('5');
    await page.getByLabel('Datum').fill('2026-11-20');
    await page.getByLabel('Toelichting').fill('Doet twee ochtenden vrijwilligerswerk bij de kringloop.');
    await page.getByRole('button', { name: 'Trede vastleggen' }).click();
    await page.getByRole('cell', { name: /vrijwilligerswerk bij de kringloop/ }).waitFor();
    await page
      .getByRole('img', { name: /participatieladder|tredes/i })
      .first()
      .waitFor();
    a11y.ladder = await axeViolations(page);
  });

  it('records a consent for a period: a past date is shown at the field, then the list says until when', async () => {
    await page.goto(clientUrl);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Toestemmingen' }) });
    const partner = section.getByLabel('Organisatie', { exact: true });
    const first = await partner.locator('option').nth(1).textContent();
    await partner.selectOption({ label: first! });
    const validUntil = section.getByLabel(/Geldig tot/);
    await validUntil.fill(addDays(todayInAmsterdam(), -1));
    await section.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await section.getByText('De datum mag niet in het verleden liggen.').first().waitFor();
    expect(await validUntil.getAttribute('aria-invalid')).toBe('true');
    a11y.consentWithError = await axeViolations(page);

    const until = addDays(todayInAmsterdam(), 90);
    await validUntil.fill(until);
    await section.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const row = section.getByRole('row', { name: new RegExp(first!) });
    await row.getByText(`geldig tot ${dutchDate(until)}`).waitFor();
    await row.getByText('Actief').waitFor();
  });

  it('does not open the client for a case manager of another municipality', async () => {
    const other = await (await werkplein.browser.newContext({ locale: 'nl-NL' })).newPage();
    await login(other, werkplein.url, 'klantmanager@tilburg.demo.werkplein.nl');
    const apiResponse = other.waitForResponse((r) => r.url().includes('/api/v1/clients/') && r.request().method() === 'GET');
    await other.goto(clientUrl);
    expect((await apiResponse).status()).toBe(404);
    await other
      .getByText(/niet gevonden/i)
      .first()
      .waitFor();
    expect(await other.getByText('Ilse van Dongen').count()).toBe(0);
    await other.context().close();
  });

  it('has no WCAG 2.2 A/AA violations on the pages touched', () => {
    expect(Object.keys(a11y).sort()).toEqual(['caseload', 'clientFile', 'consentWithError', 'ladder', 'login', 'registerWithErrors']);
    expect(a11y).toEqual({ login: [], caseload: [], registerWithErrors: [], clientFile: [], ladder: [], consentWithError: [] });
  });
});
