import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiCall, axeViolations, werkpleinInBrowser } from './browser-helpers.ts';
import { validBsn } from '../factories.ts';

/**
 * The polis in the browser: the demo klantmanager drafts a polis for a client (a step without a date is
 * refused at the field), signs it for the municipality; the client signs it in the client portal after an
 * explicit confirmation; both download the PDF; the history shows who signed what when. Axe on every screen.
 * The client and its portal account are created through the API, so the test does not depend on demo details.
 */
describe('the polis, signed by the municipality and by the client in the portal', () => {
  const werkplein = werkpleinInBrowser();
  let km: Page;
  let client: Page;
  const a11y: Record<string, string[]> = {};
  const run = String(Date.now()).slice(-6);
  const firstName = 'Noor';
  const surname = `Polisma ${run}`;
  const clientName = `${firstName} ${surname}`;
  const portalEmail = `noor.polisma.${run}@example.com`;
  const portalPassword = `Polis-portaal-${run}`;
  let clientId = '';

  beforeAll(async () => {
    km = await werkplein.signedIn('klantmanager@eindhoven.demo.werkplein.nl');

    const created = await apiCall(km, 'POST', '/api/v1/clients', {
      bsn: validBsn(150_000 + (Number(run) % 40_000)),
      firstName,
      surname,
      dateOfBirth: '1994-09-03',
      gender: 'vrouw',
      address: { street: 'Kruisstraat', houseNumber: 40, postcode: '5612 CJ', city: 'Eindhoven' },
      educationLevel: 'mbo2',
      benefitType: 'participatiewet',
      hoursAvailable: 24,
      drivingLicence: false,
      maxTravelKm: 15,
      languages: ['Nederlands'],
      targetGroups: [],
      wantedOccupationUris: [],
    });
    expect(created.status).toBe(201);
    clientId = String(created.json.id);
    const account = await apiCall(km, 'POST', `/api/v1/clients/${clientId}/portal-account`, {
      email: portalEmail,
      password: portalPassword,
    });
    expect(account.status).toBe(201);
  }, 240_000);

  it('the client file shows the Polis section; the klantmanager opens the editor', async () => {
    await km.goto(`${werkplein.url}/clienten/${clientId}`);
    await km.getByRole('heading', { level: 1, name: clientName }).waitFor();
    const section = km.getByRole('region', { name: 'Polis', exact: true });
    await section.getByText('Er is nog geen polis voor deze cliënt.').waitFor();
    await km.getByRole('region', { name: 'Trajecten', exact: true }).getByText('Er zijn nog geen trajecten.').waitFor();
    a11y.clientFile = await axeViolations(km);

    await section.getByRole('link', { name: 'Polis opstellen' }).click();
    await km.getByRole('heading', { level: 1, name: 'Polis opstellen' }).waitFor();
    a11y.editor = await axeViolations(km);
  });

  it('a step without a date is refused at the field, with an error summary that links to it', async () => {
    await km.getByLabel('Doeltrede').selectOption('5');
    await km.locator('#field-municipalityObligations-0').fill('Biedt een jobcoach aan die elke twee weken langskomt.');
    await km.locator('#field-clientObligations-0').fill('Solliciteert elke week op minstens twee vacatures.');
    await km.getByRole('button', { name: /Verplichting toevoegen.*cliënt/ }).click();
    // The new field takes focus.
    await expect.poll(() => km.evaluate(() => document.activeElement?.id)).toBe('field-clientObligations-1');
    await km.locator('#field-clientObligations-1').fill('Komt naar de afspraken met de jobcoach.');
    await km.locator('#field-steps-0-description').fill('Intakegesprek met de jobcoach');
    await km.locator('#field-steps-0-startDate').fill('');
    await km.locator('#field-steps-0-dueDate').fill('2026-02-15');
    await km.getByRole('button', { name: 'Concept opslaan' }).click();

    const startDate = km.locator('#field-steps-0-startDate');
    await expect.poll(() => startDate.getAttribute('aria-invalid')).toBe('true');
    const summaryLink = km.getByRole('link', { name: /Stap 1, startdatum:/ });
    expect(await summaryLink.count()).toBe(1);
    a11y.editorWithErrors = await axeViolations(km);

    await summaryLink.click();
    await expect.poll(() => km.evaluate(() => document.activeElement?.id)).toBe('field-steps-0-startDate');
  });

  it('saves the draft and signs it for the municipality; the signed content is frozen', async () => {
    await km.locator('#field-steps-0-startDate').fill('2026-02-01');
    await km.getByRole('button', { name: 'Stap toevoegen' }).click();
    await km.locator('#field-steps-1-description').fill('Proefplaatsing bij een werkgever in de logistiek');
    await km.locator('#field-steps-1-responsible').selectOption('provider');
    await km.locator('#field-steps-1-startDate').fill('2026-03-01');
    await km.locator('#field-steps-1-dueDate').fill('2026-05-31');
    await km.getByRole('button', { name: 'Concept opslaan' }).click();

    await km.waitForURL(/\/clienten\/[0-9a-f-]{36}\/polis$/);
    await km.getByText('Het concept van versie 1 is opgeslagen.').waitFor();
    await km.getByRole('heading', { level: 2, name: /Versie 1/ }).waitFor();
    await km.getByRole('rowheader', { name: /Proefplaatsing bij een werkgever/ }).waitFor();
    // The account opened through the API is shown instead of the form to open one.
    await km.getByText(/De cliënt heeft een account voor het cliëntportaal/).waitFor();
    a11y.polisDraft = await axeViolations(km);

    await km.getByRole('button', { name: 'Ondertekenen namens de gemeente' }).click();
    const dialog = km.getByRole('dialog', { name: 'Polis ondertekenen' });
    await dialog.waitFor();
    a11y.signDialog = await axeViolations(km);
    await dialog.getByRole('button', { name: 'Ja, ondertekenen' }).click();
    await km.getByText('Versie 1 is namens de gemeente getekend.').waitFor();
    await km.getByText('Wacht op de handtekening van de cliënt in het cliëntportaal.').waitFor();
    // One signature fixes the content: no more editing this version, and no second municipality signature.
    expect(await km.getByRole('link', { name: 'Concept wijzigen' }).count()).toBe(0);
    expect(await km.getByRole('button', { name: 'Ondertekenen namens de gemeente' }).count()).toBe(0);
    a11y.polisSignedByMunicipality = await axeViolations(km);
  });

  it('the client lands on the portal home, reads the polis and signs it after an explicit confirmation', async () => {
    client = await werkplein.signedIn(portalEmail, portalPassword);
    await client.waitForURL(/\/mijn$/);
    await client.getByRole('heading', { level: 1, name: `Welkom, ${clientName}` }).waitFor();
    await client.getByText('Versie 1 van uw polis staat klaar.', { exact: false }).waitFor();
    // The place for "Mijn PRB" (the PRB page itself is another screen).
    expect(await client.getByRole('link', { name: 'Naar mijn PRB' }).count()).toBe(1);
    a11y.portalHome = await axeViolations(client);

    await client.getByRole('link', { name: 'Polis lezen en ondertekenen' }).click();
    await client.getByRole('heading', { level: 1, name: 'Mijn polis' }).waitFor();
    await client.getByText('Solliciteert elke week op minstens twee vacatures.').waitFor();
    await client.getByRole('heading', { name: 'Wat u doet' }).waitFor();
    a11y.myPolis = await axeViolations(client);

    // Signing without ticking "I have read and agree" is refused at the checkbox.
    await client.getByRole('button', { name: 'Polis ondertekenen' }).click();
    const confirm = client.getByLabel(/Ik heb versie 1 van de polis gelezen/);
    await expect.poll(() => confirm.getAttribute('aria-describedby')).toMatch(/error/);
    await client.getByRole('link', { name: /Vink aan dat u de polis heeft gelezen/ }).waitFor();
    a11y.myPolisWithError = await axeViolations(client);

    await confirm.check();
    await client.getByRole('button', { name: 'Polis ondertekenen' }).click();
    await client.getByText('U heeft versie 1 van uw polis getekend.').waitFor();
    await client.getByText('Uw polis (versie 1) is door u en de gemeente getekend.').waitFor();
    expect(await client.getByRole('button', { name: 'Polis ondertekenen' }).count()).toBe(0);
    a11y.myPolisSigned = await axeViolations(client);
  });

  it('the client downloads the signed polis as a PDF', async () => {
    const link = client.getByRole('link', { name: /PDF downloaden/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/portal\/polis-versions\/[0-9a-f-]{36}\/pdf$/);
    const response = await client.request.get(`${werkplein.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A real click downloads the file too.
    const [download] = await Promise.all([client.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('the history shows who signed what when; the klantmanager downloads the PDF and may make a new version', async () => {
    await km.reload();
    const history = km.getByRole('region', { name: 'Versies van de polis, nieuwste eerst' });
    await history.waitFor();
    const row = history.getByRole('row').nth(1);
    await expect.poll(() => row.innerText()).toMatch(/Getekend/);
    const rowText = await row.innerText();
    expect(rowText).toMatch(new RegExp(`Getekend door ${clientName} op`));
    expect(rowText.match(/Getekend door /g)?.length).toBe(2);
    expect(await km.getByRole('link', { name: 'Nieuwe versie maken' }).count()).toBe(1);

    const href = await km.getByRole('link', { name: /PDF downloaden/ }).getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/polis-versions\/[0-9a-f-]{36}\/pdf$/);
    const response = await km.request.get(`${werkplein.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    a11y.polisSigned = await axeViolations(km);

    // The client's own PDF route refuses the klantmanager, and the staff route refuses the client.
    expect((await km.request.get(`${werkplein.url}${href!.replace('/api/v1/', '/api/v1/portal/')}`)).status()).toBe(403);
    expect((await client.request.get(`${werkplein.url}${href}`)).status()).toBe(403);
  });

  it('a change makes a new version that needs new signatures; the signed version stays in the history', async () => {
    await km.getByRole('link', { name: 'Nieuwe versie maken' }).click();
    await km.getByRole('heading', { level: 1, name: 'Nieuwe versie opstellen' }).waitFor();
    // The new version starts from the signed content; what changed must be described.
    const obligation = km.locator('#field-clientObligations-0');
    expect(await obligation.inputValue()).toBe('Solliciteert elke week op minstens twee vacatures.');
    await obligation.fill('Solliciteert elke week op minstens drie vacatures.');
    await km.getByRole('button', { name: 'Concept opslaan' }).click();
    const note = km.getByLabel('Wat is er veranderd?');
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    a11y.newVersionWithErrors = await axeViolations(km);
    await note.fill('Drie sollicitaties per week in plaats van twee.');
    await km.getByRole('button', { name: 'Concept opslaan' }).click();
    await km.getByText('Het concept van versie 2 is opgeslagen.').waitFor();
    await km.getByRole('heading', { level: 2, name: /Versie 2/ }).waitFor();
    expect(await km.getByRole('button', { name: 'Ondertekenen namens de gemeente' }).count()).toBe(1);
    const rows = km.getByRole('region', { name: 'Versies van de polis, nieuwste eerst' }).getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toMatch(/Concept[\s\S]*Drie sollicitaties per week/);
    expect(await rows.nth(2).innerText()).toMatch(new RegExp(`Getekend[\\s\\S]*Getekend door ${clientName}`));
  });

  it('has no WCAG 2.2 A/AA violations on the screens touched', () => {
    expect(Object.keys(a11y).sort()).toEqual(
      [
        'clientFile',
        'editor',
        'editorWithErrors',
        'polisDraft',
        'signDialog',
        'polisSignedByMunicipality',
        'portalHome',
        'myPolis',
        'myPolisWithError',
        'myPolisSigned',
        'polisSigned',
        'newVersionWithErrors',
      ].sort(),
    );
    for (const [screen, violations] of Object.entries(a11y)) expect({ screen, violations }).toEqual({ screen, violations: [] });
  });
});

/**
 * The other routes-to-work screens: the functioneel beheerder keeps the instruments catalogue; the klantmanager
 * gives the provider an assignment, assigns a client and starts a trajectory under it (field-level errors on
 * the way); the provider's jobcoach sees the assignment and the trajectory and reports progress; the
 * klantmanager closes it with work; both sides see the same results. Axe on every screen.
 */
describe('instruments, provider assignments and trajectories in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let km: Page;
  const a11y: Record<string, string[]> = {};
  const run = String(Date.now()).slice(-6);
  const instrumentName = `Jobcoaching op de werkvloer ${run}`;
  const assignmentName = `Jobcoaching Stapvoort ${run}`;
  const clientName = `Sem Trajectman ${run}`;
  let clientId = '';
  let assignmentUrl = '';
  let trajectoryUrl = '';

  beforeAll(async () => {
    km = await werkplein.signedIn('klantmanager@eindhoven.demo.werkplein.nl');
    const created = await apiCall(km, 'POST', '/api/v1/clients', {
      bsn: validBsn(190_000 + (Number(run) % 9_000)),
      firstName: 'Sem',
      surname: `Trajectman ${run}`,
      dateOfBirth: '1990-01-20',
      gender: 'man',
      address: { street: 'Vestdijk', houseNumber: 3, postcode: '5611 CA', city: 'Eindhoven' },
      educationLevel: 'vmbo',
      benefitType: 'participatiewet',
      hoursAvailable: 32,
      drivingLicence: true,
      maxTravelKm: 25,
      languages: ['Nederlands'],
      targetGroups: [],
      wantedOccupationUris: [],
    });
    expect(created.status).toBe(201);
    clientId = String(created.json.id);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await apiCall(km, 'POST', `/api/v1/clients/${clientId}/ladder-assessments`, { rung: 3, growthPotential: 5, assessedOn: today }))
        .status,
    ).toBe(201);
  }, 240_000);

  it('the functioneel beheerder adds an instrument with a CBS category (a missing kind is named first)', async () => {
    const admin = await werkplein.signedIn('functioneel_beheerder@eindhoven.demo.werkplein.nl');
    await admin.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instrumenten' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Instrumenten' }).waitFor();
    a11y.instruments = await axeViolations(admin);

    await admin.getByLabel('Naam', { exact: true }).fill(instrumentName);
    await admin.getByRole('button', { name: 'Instrument toevoegen' }).click();
    const kind = admin.getByLabel('Soort');
    await expect.poll(() => kind.getAttribute('aria-invalid')).toBe('true');
    a11y.instrumentsWithErrors = await axeViolations(admin);

    await kind.selectOption('job_coaching');
    await admin.getByLabel('CBS-categorie').selectOption('jobcoaching');
    await admin.getByRole('button', { name: 'Instrument toevoegen' }).click();
    await admin.getByText(`Instrument ${instrumentName} is toegevoegd.`).waitFor();
    const row = admin.getByRole('row', { name: new RegExp(instrumentName) });
    expect(await row.innerText()).toMatch(/Jobcoaching \(begeleiding op de werkplek\)/);

    await row.getByRole('button', { name: /Wijzigen/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Instrument wijzigen' });
    await dialog.waitFor();
    a11y.instrumentDialog = await axeViolations(admin);
    await dialog.getByLabel('Omschrijving').fill('Een jobcoach begeleidt de cliënt de eerste maanden op de werkplek.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText(`Instrument ${instrumentName} is gewijzigd.`).waitFor();
    await admin.context().close();
  });

  it('the klantmanager gives Stapvoort an assignment (an amount with three decimals is named at the field)', async () => {
    await km.goto(`${werkplein.url}/opdrachten`);
    await km.getByRole('heading', { level: 1, name: 'Opdrachten aan aanbieders' }).waitFor();
    a11y.assignments = await axeViolations(km);
    await km.getByRole('link', { name: 'Opdracht aanmaken' }).click();
    await km.getByRole('heading', { level: 1, name: 'Opdracht aanmaken' }).waitFor();
    await km.getByLabel('Aanbieder').selectOption({ label: 'Stapvoort Re-integratie' });
    await km.getByLabel('Naam van de opdracht').fill(assignmentName);
    await km.getByLabel('Budget').fill('25000,125');
    await km.getByLabel('Doel: aantal gestarte trajecten').fill('10');
    await km.getByLabel('Doel: aantal cliënten naar werk').fill('4');
    await km.getByRole('button', { name: 'Opdracht aanmaken' }).click();
    const budget = km.getByLabel('Budget');
    await expect.poll(() => budget.getAttribute('aria-invalid')).toBe('true');
    expect(await km.getByRole('link', { name: /Budget: .*twee cijfers achter de komma/ }).count()).toBe(1);
    a11y.newAssignmentWithErrors = await axeViolations(km);

    await budget.fill('25000');
    await km.getByRole('button', { name: 'Opdracht aanmaken' }).click();
    await km.waitForURL(/\/opdrachten\/[0-9a-f-]{36}$/);
    await km.getByRole('heading', { level: 1, name: assignmentName }).waitFor();
    assignmentUrl = km.url();

    await km.getByLabel('Zoek een cliënt op naam').fill(`Trajectman ${run}`);
    await km.getByRole('button', { name: 'Zoeken' }).click();
    await km.getByRole('button', { name: `Toewijzen ${clientName}` }).click();
    await km.getByText(`${clientName} is toegewezen aan Stapvoort Re-integratie.`).waitFor();
    await km.getByRole('region', { name: 'Toegewezen cliënten' }).getByRole('link', { name: clientName }).waitFor();
    a11y.assignment = await axeViolations(km);
  });

  it('starts a trajectory from the client file (an end before the start is named at the field)', async () => {
    await km.goto(`${werkplein.url}/clienten/${clientId}`);
    await km.getByRole('link', { name: 'Traject starten' }).click();
    await km.getByRole('heading', { level: 1, name: 'Traject starten' }).waitFor();
    await km.getByLabel('Instrument').selectOption({ label: instrumentName });
    await km.getByLabel('Uitgevoerd door').selectOption({ label: 'Stapvoort Re-integratie' });
    await km.getByLabel('Opdracht').selectOption({ label: assignmentName });
    await km.getByLabel('Geplande einddatum').fill('2020-01-01');
    await km.getByLabel('Kosten').fill('1500');
    await km.getByLabel('Doeltrede').selectOption('5');
    await km.getByRole('button', { name: 'Traject starten' }).click();
    const end = km.getByLabel('Geplande einddatum');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    a11y.startTrajectoryWithErrors = await axeViolations(km);

    const year = new Date().getFullYear();
    await end.fill(`${year + 1}-06-30`);
    await km.getByRole('button', { name: 'Traject starten' }).click();
    await km.waitForURL(/\/clienten\/[0-9a-f-]{36}$/);
    await km.getByText(`Het traject ${instrumentName} is gestart.`).waitFor();
    const row = km.getByRole('row', { name: new RegExp(instrumentName) });
    expect(await row.innerText()).toMatch(/Stapvoort Re-integratie[\s\S]*€\s1\.500,00[\s\S]*Lopend/);
    a11y.clientFileWithTrajectory = await axeViolations(km);
    await row.getByRole('link', { name: instrumentName }).click();
    await km.getByRole('heading', { level: 1, name: instrumentName }).waitFor();
    trajectoryUrl = km.url();
    a11y.trajectory = await axeViolations(km);
  });

  it('the provider’s jobcoach sees the assignment and the trajectory, and reports progress', async () => {
    const coach = await werkplein.signedIn('jobcoach@stapvoort.demo.werkplein.nl');
    await coach.goto(`${werkplein.url}/opdrachten`);
    await coach.getByRole('heading', { level: 2, name: 'Ontvangen opdrachten' }).waitFor();
    await coach.getByRole('link', { name: assignmentName }).click();
    await coach.getByRole('heading', { level: 1, name: assignmentName }).waitFor();
    await coach.getByRole('region', { name: 'Toegewezen cliënten' }).getByRole('link', { name: clientName }).waitFor();
    a11y.assignmentAsProvider = await axeViolations(coach);

    await coach.goto(`${werkplein.url}/trajecten`);
    await coach.getByRole('link', { name: clientName }).click();
    await coach.getByRole('heading', { level: 1, name: instrumentName }).waitFor();
    await coach.getByLabel('Verslag').fill('Eerste week op de werkvloer goed verlopen; volgende week meer uren.');
    await coach.getByRole('button', { name: 'Voortgang vastleggen' }).click();
    await coach.getByText('De voortgang is vastgelegd.').waitFor();
    await coach.getByText(/Eerste week op de werkvloer goed verlopen/).waitFor();
    // Closing is for the municipality.
    expect(await coach.getByRole('button', { name: 'Traject afsluiten' }).count()).toBe(0);
    a11y.trajectoryAsProvider = await axeViolations(coach);
    await coach.context().close();
  });

  it('the klantmanager closes the trajectory with work; both sides see the same results', async () => {
    await km.goto(trajectoryUrl);
    await km.getByText(/Eerste week op de werkvloer goed verlopen/).waitFor();
    await km.getByRole('button', { name: 'Traject afsluiten' }).click();
    await km.getByLabel('Werk', { exact: true }).check();
    await km.getByRole('button', { name: 'Traject afsluiten' }).click();
    const hours = km.getByLabel('Uren per week');
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
    a11y.closeTrajectoryWithErrors = await axeViolations(km);
    await hours.fill('28');
    await km.getByLabel('Soort contract').selectOption('temporary');
    await km.getByRole('button', { name: 'Traject afsluiten' }).click();
    await km.getByText('Het traject is afgesloten met resultaat: Werk.').waitFor();
    await km.getByText('Afgesloten: Werk').first().waitFor();
    a11y.trajectoryClosed = await axeViolations(km);

    const figures = async (page: Page) => {
      await page.goto(assignmentUrl);
      const table = page.getByRole('region', { name: 'Resultaten van de opdracht naast de doelen' });
      await table.waitFor();
      return table.innerText();
    };
    const municipality = await figures(km);
    expect(municipality).toMatch(/Gestart\s+1\s+10/);
    expect(municipality).toMatch(/Naar werk\s+1\s+4/);
    expect(municipality).toMatch(/Kosten per plaatsing\s+€\s1\.500,00/);
    const coach = await werkplein.signedIn('jobcoach@stapvoort.demo.werkplein.nl');
    expect(await figures(coach)).toBe(municipality);
    await coach.context().close();
  });

  it('has no WCAG 2.2 A/AA violations on the screens touched', () => {
    expect(Object.keys(a11y).length).toBe(13);
    for (const [screen, violations] of Object.entries(a11y)) expect({ screen, violations }).toEqual({ screen, violations: [] });
  });
});
