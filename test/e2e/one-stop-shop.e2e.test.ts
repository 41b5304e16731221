import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startWerkpleinProcess, type RunningWerkplein } from './werkplein-process.ts';
import { axeViolations, login, newPage } from './browser-helpers.ts';

/**
 * The one-stop shop in the browser: an employer account manager registers an employer and vacancies,
 * sees ranked candidates with their explanation, a case manager of the same municipality proposes one,
 * the account manager records the placement; the public vacancy site shows the public vacancy only.
 */
describe('the one-stop shop in the browser', () => {
  let werkplein: RunningWerkplein;
  let browser: Browser;
  let adviser: Page;
  const a11y: Record<string, string[]> = {};
  // Unique per run, so titles and the KvK number never collide with the demo.
  const run = String(Date.now()).slice(-6);
  const kvk = `9${run}1`;
  const employerName = `Installatiebedrijf De Kempen ${run}`;
  const publicTitle = `Heftruckchauffeur Kempen${run}`;
  const privateTitle = `Orderpicker Kempen${run}`;
  let employerUrl = '';
  let publicVacancyUrl = '';

  beforeAll(async () => {
    // The one file that starts on an empty folder: `werkplein start` migrates and loads the demo itself.
    werkplein = await startWerkpleinProcess({ demo: 'load' });
    browser = await launchChromium();
    adviser = await newPage(browser);
    await login(adviser, werkplein.url, 'werkgeversadviseur@eindhoven.demo.werkplein.nl');
  });
  afterAll(async () => {
    await browser?.close();
    await werkplein?.stop();
  });

  it('registers an employer: a malformed KvK number is shown at the field, a correct one saves', async () => {
    await adviser.goto(`${werkplein.url}/werkgevers`);
    await adviser.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    a11y.employers = await axeViolations(adviser);

    await adviser.getByRole('link', { name: 'Werkgever registreren' }).click();
    await adviser.getByRole('heading', { level: 1, name: 'Werkgever registreren' }).waitFor();
    await adviser.getByLabel('KvK-nummer').fill('1234');
    await adviser.getByLabel('Bedrijfsnaam').fill(employerName);
    await adviser.getByLabel('SBI-code').fill('4321');
    await adviser.getByLabel('Grootte').selectOption('10-49');
    await adviser.getByLabel('Straat').fill('Hastelweg');
    await adviser.getByLabel('Huisnummer').fill('12');
    await adviser.getByLabel('Postcode').fill('5612 AB');
    await adviser.getByLabel('Plaats').fill('Eindhoven');
    await adviser.getByRole('button', { name: 'Werkgever registreren' }).click();
    const kvkField = adviser.getByLabel('KvK-nummer');
    await expect.poll(() => kvkField.getAttribute('aria-invalid')).toBe('true');
    expect(await adviser.getByRole('link', { name: /KvK-nummer: .*8 cijfers/ }).count()).toBe(1);
    a11y.registerEmployerWithErrors = await axeViolations(adviser);

    await kvkField.fill(kvk);
    await adviser.getByRole('button', { name: 'Werkgever registreren' }).click();
    await adviser.waitForURL(/\/werkgevers\/[0-9a-f-]{36}$/);
    await adviser.getByRole('heading', { level: 1, name: employerName }).waitFor();
    employerUrl = adviser.url();
  });

  it('becomes the lead account manager and records an agreement', async () => {
    await adviser.getByRole('button', { name: 'Word accountmanager (lead)' }).click();
    await adviser.getByText('U bent de accountmanager (lead) van deze werkgever', { exact: false }).waitFor();

    const year = new Date().getFullYear();
    await adviser.getByLabel('Omschrijving afspraak').fill(`3 plaatsingen in ${year}`);
    await adviser.getByLabel('Doel (aantal plaatsingen)').fill('3');
    await adviser.getByLabel('Periode van').fill(`${year}-01-01`);
    await adviser.getByLabel('Periode tot en met').fill(`${year}-12-31`);
    await adviser.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await adviser.getByText('0 van 3 plaatsingen').waitFor();
    a11y.employer = await axeViolations(adviser);
  });

  it('registers a public vacancy, picking the occupation with the keyboard in the combobox', async () => {
    await adviser.getByRole('link', { name: 'Vacature toevoegen' }).click();
    await adviser.getByRole('heading', { level: 1, name: 'Vacature toevoegen' }).waitFor();
    const occupation = adviser.getByRole('combobox', { name: 'Beroep' });
    // An alternative label ("bestuurder heftruck") finds the ESCO occupation "heftruckchauffeur".
    await occupation.pressSequentially('bestuurder heft', { delay: 20 });
    const option = adviser.getByRole('option', { name: /heftruckchauffeur/i });
    await option.waitFor();
    expect(await occupation.getAttribute('aria-expanded')).toBe('true');
    a11y.vacancyFormWithListbox = await axeViolations(adviser);
    await occupation.press('ArrowDown');
    await expect.poll(() => occupation.getAttribute('aria-activedescendant')).toMatch(/listbox-0$/);
    await occupation.press('Enter');
    await expect.poll(() => occupation.getAttribute('aria-expanded')).toBe('false');
    expect(await occupation.inputValue()).toMatch(/heftruckchauffeur/i);
    await adviser.getByText(/Gekozen: heftruckchauffeur \(ISCO 8344\)/).waitFor();

    await adviser.getByLabel('Functietitel').fill(publicTitle);
    await adviser.getByLabel('Uren per week').fill('32');
    await adviser.getByLabel('Aantal plaatsen').fill('1');
    await adviser.getByLabel('Postcode werklocatie').fill('5612');
    await adviser.getByLabel('Vaardigheden').fill('heftruck, VCA');
    await adviser.getByLabel('Loon vanaf').fill('2400');
    await adviser.getByLabel('Loon tot en met').fill('2900');
    await adviser.getByLabel('Openbare vacaturesite').check();
    await adviser.getByRole('button', { name: 'Vacature vastleggen' }).click();
    await adviser.waitForURL(/\/vacatures-beheer\/[0-9a-f-]{36}$/);
    await adviser.getByRole('heading', { level: 1, name: publicTitle }).waitFor();
    publicVacancyUrl = adviser.url();
  });

  it('shows ranked candidates, each with a score and its explanation in plain Dutch', async () => {
    const list = adviser.getByRole('list', { name: /kandidaten, best passend eerst/ });
    await list.waitFor();
    const candidates = list.getByRole('listitem');
    expect(await candidates.count()).toBeGreaterThan(0);
    const first = candidates.first();
    expect(await first.innerText()).toMatch(/\d+ van 100/);
    // One row per part of the score, each with its Dutch explanation.
    const parts = first.getByRole('table').getByRole('row');
    expect(await parts.count()).toBeGreaterThanOrEqual(4);
    const partText = await first.getByRole('table').innerText();
    expect(partText).toMatch(/Beroep/);
    expect(partText).toMatch(/Reisafstand/);
    expect(partText).toMatch(/ van \d+/);
    a11y.vacancyWithCandidates = await axeViolations(adviser);
  });

  it('registers a second vacancy that only the own organisation may see', async () => {
    await adviser.goto(`${employerUrl}/vacatures/nieuw`);
    const occupation = adviser.getByRole('combobox', { name: 'Beroep' });
    await occupation.pressSequentially('orderpick', { delay: 20 });
    await adviser.getByRole('option', { name: /orderpicker/i }).click();
    await adviser.getByLabel('Functietitel').fill(privateTitle);
    await adviser.getByLabel('Uren per week').fill('24');
    await adviser.getByLabel('Postcode werklocatie').fill('5611');
    await adviser.getByLabel('Alleen mijn organisatie').check();
    await adviser.getByRole('button', { name: 'Vacature vastleggen' }).click();
    await adviser.waitForURL(/\/vacatures-beheer\/[0-9a-f-]{36}$/);
    await adviser.getByRole('heading', { level: 1, name: privateTitle }).waitFor();
  });

  it('the public vacancy site, without login, lists the public vacancy and not the private one', async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`${werkplein.url}/inloggen`);
    await visitor
      .getByRole('link', { name: /openbare vacatures/i })
      .first()
      .click();
    await visitor.waitForURL(/\/vacatures$/);
    await visitor.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
    expect(await visitor.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);

    await visitor.getByLabel('Zoekterm').fill(`Kempen${run}`);
    await visitor.getByRole('button', { name: 'Zoeken' }).click();
    await visitor.waitForURL(/q=Kempen/);
    await visitor.getByRole('heading', { level: 3, name: publicTitle }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: '1 vacature gevonden' }).waitFor();
    expect(await visitor.getByText(privateTitle).count()).toBe(0);
    expect(await visitor.getByText(employerName).count()).toBeGreaterThan(0);
    a11y.publicVacancies = await axeViolations(visitor);
    await visitor.context().close();
  });

  it('a case manager of the same municipality proposes the best candidate', async () => {
    // Proposing is the klantmanager's step (POST /vacancies/{id}/proposals is for the client's case manager).
    const caseManager = await newPage(browser);
    await login(caseManager, werkplein.url, 'klantmanager@eindhoven.demo.werkplein.nl');
    await caseManager.goto(publicVacancyUrl);
    await caseManager.getByRole('heading', { level: 1, name: publicTitle }).waitFor();
    const first = caseManager
      .getByRole('list', { name: /kandidaten, best passend eerst/ })
      .getByRole('listitem')
      .first();
    await first.waitFor();
    await first.getByRole('button', { name: /^Voorstellen/ }).click();
    const dialog = caseManager.getByRole('dialog', { name: 'Kandidaat voorstellen' });
    await dialog.waitFor();
    a11y.proposeDialog = await axeViolations(caseManager);
    await dialog.getByRole('button', { name: 'Voorstellen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const proposals = caseManager.getByRole('region', { name: 'Voorgestelde kandidaten' });
    await proposals.getByText('Voorgesteld', { exact: true }).first().waitFor();
    await caseManager.context().close();
  });

  it('the account manager records the placement; the vacancy is filled and the agreement counts it', async () => {
    await adviser.goto(publicVacancyUrl);
    const proposals = adviser.getByRole('region', { name: 'Voorgestelde kandidaten' });
    await proposals
      .getByRole('button', { name: /^Geplaatst/ })
      .first()
      .click();
    const dialog = adviser.getByRole('dialog', { name: 'Plaatsing vastleggen' });
    await dialog.waitFor();
    await dialog.getByLabel('Soort contract').selectOption('vast');
    await dialog.getByLabel('Uren per week').fill('32');
    await dialog.getByLabel('Startdatum').fill(todayInAmsterdam());
    await dialog.getByLabel('Loonkostensubsidie').check();
    a11y.placementDialog = await axeViolations(adviser);
    await dialog.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await proposals.getByText(/Vast contract, 32 uur per week/).waitFor();
    // One position, one placement: the vacancy is filled.
    await adviser.getByText('Vervuld', { exact: true }).first().waitFor();
    a11y.vacancyPlaced = await axeViolations(adviser);

    await adviser.goto(employerUrl);
    await adviser.getByText('1 van 3 plaatsingen').waitFor();
  });

  it('shows the results page with a chart and a table', async () => {
    await adviser.goto(`${werkplein.url}/resultaten`);
    await adviser.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    await adviser.getByRole('img', { name: 'Vacatures en plaatsingen' }).waitFor();
    await adviser.getByRole('table').first().waitFor();
    a11y.results = await axeViolations(adviser);
  });

  it('has no WCAG 2.2 A/AA violations on the pages touched', () => {
    expect(Object.keys(a11y).sort()).toEqual(
      [
        'employer',
        'employers',
        'placementDialog',
        'proposeDialog',
        'publicVacancies',
        'registerEmployerWithErrors',
        'results',
        'vacancyFormWithListbox',
        'vacancyPlaced',
        'vacancyWithCandidates',
      ].sort(),
    );
    for (const [page, violations] of Object.entries(a11y)) expect({ page, violations }).toEqual({ page, violations: [] });
  });
});

function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}
