import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiCall, axeViolations, NARROW_WIDTH, werkpleinInBrowser } from './browser-helpers.ts';
import { validBsn } from '../factories.ts';

/**
 * Forms and feedback as Dutch users meet them: an amount typed as "€ 2.450,00" (and "2,200" questioned),
 * a date typed as 15-01-2027 whatever the browser's locale, the confirmation after saving low on a long
 * page shown in the viewport, "Ja, ondertekenen" not styled as a destructive action, neutral bullets.
 */
describe('forms and feedback in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let beheerder: Page;
  let km: Page;
  const a11y: Record<string, string[]> = {};
  const run = String(Date.now()).slice(-6);
  const programmeName = `Formulieren e2e ${run}`;
  let programmeUrl = '';

  beforeAll(async () => {
    beheerder = await werkplein.signedIn('functioneel_beheerder@eindhoven.demo.werkplein.nl');
    km = await werkplein.signedIn('klantmanager@eindhoven.demo.werkplein.nl');
  });

  it('takes an amount and dates typed the Dutch way, and asks about "2,200"', async () => {
    await beheerder.goto(`${werkplein.url}/prb`);
    await beheerder.getByLabel('Naam van het programma').fill(programmeName);
    const start = beheerder.getByLabel('Periode van');
    // A text box with the dd-mm-jjjj hint, not the browser's date input (mm/dd/yyyy in an English Chromium).
    expect(await start.getAttribute('type')).toBe('text');
    const hintId = ((await start.getAttribute('aria-describedby')) ?? '').split(/\s+/)[0]!;
    expect(await beheerder.locator(`[id="${hintId}"]`).innerText()).toBe('dd-mm-jjjj');
    await start.fill('15-01-2027');
    await beheerder.getByLabel('Periode tot en met').fill('31-12-2028');
    await beheerder.getByLabel('Cohortgrootte (aantal plaatsen)').fill('3');
    const budget = beheerder.getByLabel('Maximaal budget per cliënt');
    await budget.fill('2,200');
    await beheerder.getByRole('button', { name: 'Programma aanmaken' }).click();
    await expect.poll(() => budget.getAttribute('aria-invalid')).toBe('true');
    await beheerder
      .getByText(/Bedoelt u 2,20 of 2\.200\?/)
      .first()
      .waitFor();
    a11y.programmesWithError = await axeViolations(beheerder);

    await budget.fill('€ 2.450,00');
    await beheerder.getByRole('button', { name: 'Programma aanmaken' }).click();
    await beheerder.getByRole('heading', { level: 1, name: programmeName }).waitFor();
    programmeUrl = beheerder.url();
    const main = beheerder.locator('main');
    await expect.poll(() => main.innerText()).toMatch(/€\s2\.450,00/);
    await expect.poll(() => main.innerText()).toMatch(/15[ -](januari|01)[ -]2027/);
    a11y.programme = await axeViolations(beheerder);
  });

  it('shows the confirmation in the viewport after saving low on a long page, in the live region', async () => {
    await km.setViewportSize({ width: NARROW_WIDTH, height: 700 });
    await km.goto(programmeUrl);
    const email = km.getByLabel('E-mailadres van de adviseur');
    await email.fill('prb_werkadviseur@eindhoven.demo.werkplein.nl');
    await km.getByRole('button', { name: 'Adviseur toevoegen' }).click();
    const status = km.getByRole('status').filter({ hasText: 'De adviseur is toegevoegd.' });
    await status.waitFor();
    // The page was scrolled down to the form: a confirmation at the top of the page would be out of view.
    expect(await km.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const box = await status.boundingBox();
    const height = await km.evaluate(() => window.innerHeight);
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    a11y.programmeNarrow = await axeViolations(km);
    await km.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => status.count()).toBe(0);
    await km.setViewportSize({ width: 1440, height: 900 });
  });

  it('signing a polis is confirmed with a primary button, and the obligations have neutral bullets', async () => {
    await km.goto(`${werkplein.url}/clienten`);
    const client = await apiCall(km, 'POST', '/api/v1/clients', {
      bsn: validBsn(300_000 + (Number(run) % 49_000)),
      firstName: 'Sanne',
      surnamePrefix: null,
      surname: `Formtest${run}`,
      dateOfBirth: '1990-05-17',
      gender: 'vrouw',
      email: null,
      phone: null,
      address: { street: 'Kruisstraat', houseNumber: 4, houseNumberAddition: null, postcode: '5612 CJ', city: 'Eindhoven' },
      educationLevel: 'mbo2',
      benefitType: 'participatiewet',
      hoursAvailable: 32,
      drivingLicence: false,
      maxTravelKm: 20,
      languages: ['Nederlands'],
      targetGroups: [],
    });
    expect(client.status, JSON.stringify(client.json)).toBe(201);
    const clientId = client.json.id as string;
    const polis = await apiCall(km, 'POST', `/api/v1/clients/${clientId}/polisses`, {
      municipalityObligations: ['Begeleidt de cliënt naar werk.'],
      clientObligations: ['Solliciteert elke week op minstens twee vacatures.'],
      goalRung: 4,
      steps: [{ description: 'Sollicitatietraining', responsible: 'client', startDate: '2027-01-15', dueDate: '2027-03-01' }],
    });
    expect(polis.status, JSON.stringify(polis.json)).toBe(201);

    await km.goto(`${werkplein.url}/clienten/${clientId}/polis`);
    const obligation = km.getByText('Solliciteert elke week op minstens twee vacatures.');
    await obligation.waitFor();
    const [markerColour, textColour] = await obligation.evaluate((li) => [
      getComputedStyle(li, '::marker').color,
      getComputedStyle(li).color,
    ]);
    expect(markerColour).toBe(textColour);

    await km.getByRole('button', { name: 'Ondertekenen namens de gemeente' }).click();
    const dialog = km.getByRole('dialog', { name: 'Polis ondertekenen' });
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Ja, ondertekenen' });
    const classes = (await confirm.getAttribute('class')) ?? '';
    expect(classes).toMatch(/utrecht-button--primary-action/);
    expect(classes).not.toMatch(/danger/);
    a11y.signDialog = await axeViolations(km);
    await km.setViewportSize({ width: NARROW_WIDTH, height: 844 });
    a11y.signDialogNarrow = await axeViolations(km);
    await km.setViewportSize({ width: 1440, height: 900 });
  });

  it('has no axe violations on the pages touched, at 1440 and 390 px', () => {
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
