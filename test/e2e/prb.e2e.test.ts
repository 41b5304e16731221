import { beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { axeViolations, DEMO_PASSWORD, newContext, werkpleinInBrowser } from './browser-helpers.ts';
import { validBsn } from '../factories.ts';

/**
 * Personal re-integration budgets in the browser: the klantmanager admits a client (and a full cohort
 * refuses the next), the client writes and submits a proposal in the portal ("Mijn PRB"), the klantmanager
 * approves it — with a lost response on the first try, so the retry must reuse the Idempotency-Key and the
 * money is committed once — both see the remaining budget, and the programme report shows the programme.
 * What the test needs is made through the API (programme, clients, portal account), not taken from the demo.
 */
describe('PRB: proposal, approval and report in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let km: Page;
  let client: Page;
  const a11y: Record<string, string[]> = {};
  const run = String(Date.now()).slice(-6);
  // Letters only: a surname the caseload search finds exactly.
  const tag = [...run].map((d) => 'abcdefghij'[Number(d)]).join('');
  const surname = `Prbtest${tag}`;
  const otherSurname = `Prbander${tag}`;
  const programmeName = `PRB e2e ${run}`;
  const clientEmail = `prb.${run}@example.com`;
  const clientPassword = 'Mijn-eigen-wachtwoord-2026';
  const year = new Date().getFullYear();
  let programmeId = '';

  /** A browser context signed in through the API, with a helper for JSON calls carrying the CSRF token. */
  async function apiAs(
    email: string,
  ): Promise<{ context: BrowserContext; call: (method: string, path: string, body?: unknown) => Promise<unknown> }> {
    const context = await newContext(werkplein.browser);
    const request: APIRequestContext = context.request;
    const session = await request.post(`${werkplein.url}/api/v1/sessions`, { data: { email, password: DEMO_PASSWORD } });
    expect(session.status(), await session.text()).toBe(201);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await request.fetch(`${werkplein.url}${path}`, {
        method,
        headers: { 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
        ...(body === undefined ? {} : { data: body }),
      });
      const text = await res.text();
      expect(res.ok(), `${method} ${path}: ${res.status()} ${text}`).toBe(true);
      return text ? (JSON.parse(text) as unknown) : undefined;
    };
    return { context, call };
  }

  async function newClient(
    call: (method: string, path: string, body?: unknown) => Promise<unknown>,
    last: string,
    n: number,
  ): Promise<string> {
    const created = (await call('POST', '/api/v1/clients', {
      bsn: validBsn(150_000 + ((Number(run) * 7 + n) % 49_000)),
      firstName: 'Noor',
      surnamePrefix: null,
      surname: last,
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
    })) as { id: string };
    return created.id;
  }

  beforeAll(async () => {
    // The programme, by the functioneel beheerder: one place, EUR 5,000 per client.
    const admin = await apiAs('functioneel_beheerder@eindhoven.demo.werkplein.nl');
    const programme = (await admin.call('POST', '/api/v1/prb-programmes', {
      name: programmeName,
      periodStart: `${year}-01-01`,
      periodEnd: `${year + 1}-12-31`,
      cohortSize: 1,
      maxBudgetPerClient: '5000',
    })) as { id: string };
    programmeId = programme.id;
    await admin.context.close();

    // Two clients of the klantmanager's caseload; the first gets a portal account.
    const kmApi = await apiAs('klantmanager@eindhoven.demo.werkplein.nl');
    const clientId = await newClient(kmApi.call, surname, 1);
    await newClient(kmApi.call, otherSurname, 2);
    await kmApi.call('POST', `/api/v1/clients/${clientId}/portal-account`, { email: clientEmail, password: clientPassword });
    await kmApi.context.close();

    km = await werkplein.signedIn('klantmanager@eindhoven.demo.werkplein.nl');
    client = await werkplein.signedIn(clientEmail, clientPassword);
  });

  it('the klantmanager admits the client from the caseload; the full cohort refuses the next one with its reason', async () => {
    await km.getByRole('link', { name: 'PRB', exact: true }).click();
    await km.getByRole('heading', { level: 1, name: 'PRB-programma’s' }).waitFor();
    await km.getByRole('link', { name: programmeName }).waitFor();
    a11y.programmes = await axeViolations(km);

    await km.getByRole('link', { name: programmeName }).click();
    await km.getByRole('heading', { level: 1, name: programmeName }).waitFor();
    await km.getByText('0 van 1 plaatsen bezet').first().waitFor();

    // An independent PRB advisor joins the programme by e-mail address.
    await km.getByLabel('E-mailadres van de adviseur').fill('prb_werkadviseur@eindhoven.demo.werkplein.nl');
    await km.getByRole('button', { name: 'Adviseur toevoegen' }).click();
    await km.getByRole('status').getByText('De adviseur is toegevoegd.').waitFor();

    await km.getByRole('searchbox', { name: 'Zoek cliënt op naam' }).fill(surname);
    await km.getByRole('button', { name: 'Zoeken' }).click();
    await km.getByRole('radio', { name: new RegExp(surname) }).check();
    await km.getByLabel(/^Adviseur/).selectOption({ index: 1 });
    a11y.programmeAdmit = await axeViolations(km);
    await km.getByRole('button', { name: 'Toelaten tot het programma' }).click();
    await km
      .getByRole('status')
      .getByText(/is toegelaten tot het programma/)
      .waitFor();
    await km.getByRole('link', { name: new RegExp(surname) }).waitFor();
    await km.getByText('1 van 1 plaatsen bezet').first().waitFor();

    // The cohort is full now: the server refuses, and the page says why.
    await km.getByRole('searchbox', { name: 'Zoek cliënt op naam' }).fill(otherSurname);
    await km.getByRole('button', { name: 'Zoeken' }).click();
    await km.getByRole('radio', { name: new RegExp(otherSurname) }).check();
    await km.getByRole('button', { name: 'Toelaten tot het programma' }).click();
    await km
      .getByRole('alert')
      .getByText(/cohort is vol/i)
      .waitFor();
    a11y.programmeFull = await axeViolations(km);
  });

  it('the client writes a proposal in the portal: a wrong amount is shown at its cost line, the corrected one is submitted', async () => {
    await client.getByRole('link', { name: 'Mijn PRB', exact: true }).click();
    await client.getByRole('heading', { level: 1, name: 'Mijn PRB' }).waitFor();
    const remaining = client.getByTestId('prb-remaining');
    await expect.poll(() => remaining.innerText()).toMatch(/€\s5\.000,00/);
    a11y.myPrb = await axeViolations(client);

    await client.getByLabel('Doel van het traject').fill('Werk als heftruckchauffeur in de logistiek');
    // Every cost line has the same labels inside its own fieldset ("Kostenregel 1", …): find them by id.
    const line = (n: number, field: string) => client.locator(`[id$="-costLines-${n}-${field}"]`).first();
    await line(0, 'category').selectOption('training');
    await line(0, 'supplier').fill('Opleidingscentrum Kempen');
    await line(0, 'description').fill('Heftruckcertificaat met VCA');
    await line(0, 'amount').fill('1250,50');
    await client.getByRole('button', { name: 'Kostenregel toevoegen' }).click();
    await expect.poll(() => client.evaluate(() => document.activeElement?.id ?? '')).toMatch(/costLines-1-category$/);
    await line(1, 'category').selectOption('travel');
    await line(1, 'supplier').fill('NS');
    await line(1, 'description').fill('Reiskosten naar de opleiding');
    await line(1, 'amount').fill('249,555');
    await client.getByRole('button', { name: 'Voorstel opslaan' }).click();
    await expect.poll(() => line(1, 'amount').getAttribute('aria-invalid')).toBe('true');
    expect(await client.getByRole('link', { name: /Bedrag in kostenregel 2: .*twee cijfers/ }).count()).toBe(1);
    a11y.myPrbErrors = await axeViolations(client);

    await line(1, 'amount').fill('249,50');
    await client.getByRole('button', { name: 'Voorstel opslaan' }).click();
    await client
      .getByRole('status')
      .getByText(/opgeslagen als concept/)
      .waitFor();
    await client.getByRole('button', { name: 'Voorstel indienen' }).click();
    await client
      .getByRole('status')
      .getByText(/ingediend/)
      .waitFor();
    await client.getByText('Uw voorstel is ingediend. Uw klantmanager beslist erover.').waitFor();
    await client.getByText('€ 1.500,00').first().waitFor();
    a11y.myPrbSubmitted = await axeViolations(client);
  });

  it('the klantmanager approves once, even when the first response is lost: the retry reuses the Idempotency-Key', async () => {
    await km.goto(`${werkplein.url}/prb/${programmeId}`);
    await km.getByRole('link', { name: new RegExp(surname) }).click();
    await km.getByRole('heading', { level: 1, name: new RegExp(surname) }).waitFor();
    await expect.poll(() => km.getByTestId('prb-remaining').innerText()).toMatch(/€\s5\.000,00/);
    a11y.participant = await axeViolations(km);

    // The first decision reaches the server, but its response never reaches the browser.
    const keys: string[] = [];
    let dropped = false;
    await km.route('**/api/v1/prb-proposals/*/decision', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (!dropped) {
        dropped = true;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await km.getByRole('radio', { name: 'Goedkeuren' }).check();
    await km.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await km
      .getByRole('alert')
      .getByText(/niet bereikbaar/)
      .waitFor();
    await km.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await km
      .getByRole('status')
      .getByText(/is goedgekeurd/)
      .waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    await km.unroute('**/api/v1/prb-proposals/*/decision');

    // Committed once: 5,000 − 1,500 = 3,500 remaining (twice would leave 2,000).
    await expect.poll(() => km.getByTestId('prb-remaining').innerText()).toMatch(/€\s3\.500,00/);
    await km.getByText('Goedgekeurd').first().waitFor();
    a11y.participantApproved = await axeViolations(km);
  });

  it('the client sees the approval and the remaining budget', async () => {
    await client.reload();
    await client.getByRole('heading', { level: 1, name: 'Mijn PRB' }).waitFor();
    await expect.poll(() => client.getByTestId('prb-remaining').innerText()).toMatch(/€\s3\.500,00/);
    await client.getByText('Uw klantmanager heeft dit voorstel goedgekeurd.').waitFor();
    await client.getByRole('heading', { name: 'Wat is toegezegd' }).waitFor();
    a11y.myPrbApproved = await axeViolations(client);
  });

  it('the PRB advisor sees the participant and the budget, but has no say in the decision', async () => {
    const advisor = await werkplein.signedIn('prb_werkadviseur@eindhoven.demo.werkplein.nl');
    await advisor.goto(`${werkplein.url}/`);
    await advisor.getByRole('heading', { level: 1, name: 'PRB-programma’s' }).waitFor();
    await advisor.getByRole('link', { name: programmeName }).click();
    await advisor.getByRole('link', { name: new RegExp(surname) }).click();
    await expect.poll(() => advisor.getByTestId('prb-remaining').innerText()).toMatch(/€\s3\.500,00/);
    expect(await advisor.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    expect(await advisor.getByRole('button', { name: 'Factuur vastleggen' }).count()).toBe(0);
    a11y.participantAsAdvisor = await axeViolations(advisor);
    await advisor.context().close();
  });

  it('the beleidsadviseur sees the programme’s counts, not the participants', async () => {
    const policy = await werkplein.signedIn('beleidsadviseur@eindhoven.demo.werkplein.nl');
    await policy.goto(`${werkplein.url}/prb/${programmeId}`);
    await policy.getByRole('heading', { level: 1, name: programmeName }).waitFor();
    await policy.getByText(/U ziet alleen de aantallen/).waitFor();
    expect(await policy.getByText(surname).count()).toBe(0);
    a11y.programmeAsPolicy = await axeViolations(policy);
    await policy.context().close();
  });

  it('the klantmanager records an invoice against a commitment and closes the trajectory with work', async () => {
    const commitment = await km
      .locator('#field-invoice-commitmentId option', { hasText: 'Opleidingscentrum Kempen' })
      .getAttribute('value');
    expect(commitment).toBeTruthy();
    await km.getByLabel('Toezegging', { exact: true }).selectOption(commitment ?? '');
    await km.getByLabel('Factuurnummer').fill(`F-${run}`);
    await km.locator('#field-invoice-amount').fill('1250,50');
    await km.getByRole('button', { name: 'Factuur vastleggen' }).click();
    await km.getByRole('status').getByText('De factuur is vastgelegd.').waitFor();
    await km.getByText(new RegExp(`Factuur F-${run} van .*€\\s1\\.250,50`)).waitFor();
    const paidRow = km.getByTestId('prb-budget').getByRole('definition').nth(2);
    await expect.poll(() => paidRow.innerText()).toMatch(/€\s1\.250,50/);
    // Paying does not change what can still be committed.
    await expect.poll(() => km.getByTestId('prb-remaining').innerText()).toMatch(/€\s3\.500,00/);

    await km.getByLabel('Resultaat').selectOption('work');
    await km.getByLabel('Uren per week').fill('32');
    await km.getByLabel('Soort contract').selectOption('temporary');
    a11y.participantClosing = await axeViolations(km);
    await km.getByRole('button', { name: 'Traject afsluiten' }).click();
    await km.getByRole('status').getByText('Het traject is afgesloten.').waitFor();
    await km.getByText('Afgesloten: Werk').waitFor();
  });

  it('the programme report shows the programme, with CSV and Excel downloads', async () => {
    await km.getByRole('link', { name: 'Rapportages' }).click();
    await km.getByRole('heading', { level: 1, name: 'Rapportages trajecten' }).waitFor();
    const row = km.getByRole('row', { name: new RegExp(programmeName) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    // Admitted 1, running 0, closed 1, with work 1, dropped out 0, 100 % with work; spend and cost per placement € 1.500,00.
    expect(cells.slice(0, 5)).toEqual(['1', '0', '1', '1', '0']);
    expect(cells[5]).toBe('100,0%');
    expect(cells[6]).toMatch(/€\s1\.500,00/);
    expect(cells[7]).toMatch(/€\s1\.500,00/);
    a11y.report = await axeViolations(km);

    const [download] = await Promise.all([km.waitForEvent('download'), km.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString('utf8')).toContain(programmeName);
    expect(await km.getByRole('link', { name: 'Download Excel' }).getAttribute('href')).toMatch(/format=xlsx/);

    await km.getByLabel('Per instrument').check();
    await km.getByRole('button', { name: 'Toon rapportage' }).click();
    await km.waitForURL(/groupBy=instrument/);
    await km.getByRole('heading', { level: 2, name: 'Per instrument' }).waitFor();
    a11y.reportInstrument = await axeViolations(km);
  });

  it('every screen is free of WCAG 2.2 AA violations (axe)', () => {
    expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(12);
    for (const [screen, violations] of Object.entries(a11y)) expect(violations, screen).toEqual([]);
  });
});
