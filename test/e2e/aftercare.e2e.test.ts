import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayInAmsterdam } from '../../src/kernel/dates.ts';
import { axeViolations, expectNoSidewaysScroll, setNarrowScreen, werkpleinInBrowser } from './browser-helpers.ts';

/**
 * Aftercare in the browser: staff of PI Vught send a release notice to Eindhoven for a release in ten days;
 * the Eindhoven coordinator finds it on the Nazorg overview with the badge "binnen 14 dagen, geen warme
 * overdracht", plans the warm handover with the institution, and the badge is gone. Axe clean, also at 390 px.
 */
const INSTITUTION = 'inrichtingsmedewerker@pi-vught.demo.werkplein.nl';
const COORDINATOR = 'nazorgcoordinator@eindhoven.demo.werkplein.nl';
const NAME = 'Ricardo Elzenga-Proef';
const BADGE = 'Binnen 14 dagen, geen warme overdracht';

const today = todayInAmsterdam();
const release = addDays(today, 10);

describe('aftercare in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let institution: Page;
  let coordinator: Page;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    institution = await werkplein.signedIn(INSTITUTION);
    coordinator = await werkplein.signedIn(COORDINATOR);
  });

  it('lets the institution send a release notice; a release before detention is said at the field', async () => {
    const p = institution;
    await p.goto(`${werkplein.url}/nazorg`);
    await p.getByRole('heading', { name: 'Vrijlatingsmeldingen', level: 1 }).waitFor();
    await p.getByRole('link', { name: 'Vrijlatingsmelding doen' }).click();
    await p.getByRole('heading', { name: 'Vrijlatingsmelding doen', level: 1 }).waitFor();
    await p.getByLabel('BSN').fill('111222333');
    await p.getByLabel('Voornaam').fill('Ricardo');
    await p.getByLabel('Achternaam').fill('Elzenga-Proef');
    await p.getByLabel('Geboortedatum').fill('1993-04-18');
    await p.getByLabel('Gemeente waar de persoon gaat wonen').selectOption({ label: 'Gemeente Eindhoven' });
    await p.getByLabel('Begin van de detentie').fill(addDays(today, -120));
    await p.getByLabel('Verwachte ontslagdatum').fill(addDays(today, -200));
    await p.getByRole('button', { name: 'Melding versturen' }).click();
    const expected = p.getByLabel('Verwachte ontslagdatum');
    await expect.poll(() => expected.getAttribute('aria-invalid')).toBe('true');
    await p.getByText('De ontslagdatum ligt vóór het begin van de detentie.').first().waitFor();
    a11y.sendInvalid = await axeViolations(p);

    await expected.fill(release);
    await p.getByText(/minder dan vier weken: de melding telt als te laat/).waitFor();
    await p.getByLabel('Re-integratieactiviteiten tijdens de detentie').fill('Arbeid in de inrichting; VCA-certificaat behaald.');
    const housing = p.getByRole('group', { name: 'Huisvesting' });
    await housing.getByLabel('Stand').selectOption({ label: 'Probleem' });
    await housing.getByLabel('Aantekeningen').fill('Geen woonadres na ontslag.');
    await p.getByRole('button', { name: 'Melding versturen' }).click();
    await p.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await p.getByText('De vrijlatingsmelding is verstuurd naar Gemeente Eindhoven.').waitFor();
    await p.getByText('Te laat gemeld').first().waitFor();
    const housingCard = p.locator('section[data-domain="housing"]');
    await housingCard.getByText('Probleem').waitFor();
    await housingCard.getByText('Geen woonadres na ontslag.').waitFor();
    // The institution's staff may not make the person a client: that is the municipality's.
    expect(await p.getByRole('button', { name: 'Klant maken' }).count()).toBe(0);
    a11y.noticeInstitution = await axeViolations(p);
  });

  it('shows the coordinator the notice on the Nazorg overview with the 14-day badge', async () => {
    const p = coordinator;
    await p.goto(`${werkplein.url}/`);
    await p.getByRole('heading', { name: 'Nazorg', level: 1 }).waitFor();
    const item = p.locator('li', { has: p.getByRole('heading', { name: NAME }) });
    await item.getByText(BADGE).waitFor();
    await item.getByText('Te laat gemeld').waitFor();
    await item.getByText('Uit Penitentiaire Inrichting Vught').waitFor();
    // Under "Verwachte vrijlatingen", not under the released.
    const upcoming = p.locator('section', { has: p.getByRole('heading', { name: /Verwachte vrijlatingen/ }) });
    expect(await upcoming.getByRole('heading', { name: NAME }).count()).toBe(1);
    a11y.overview = await axeViolations(p);
  });

  it('plans the warm handover on the notice page, and the badge disappears', async () => {
    const p = coordinator;
    await p.getByRole('link', { name: NAME }).click();
    await p.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await p.getByText(BADGE).waitFor();
    const form = p.getByRole('form', { name: 'Warme overdracht plannen' });
    // Participant 1 is the coordinator, filled in already.
    await expect.poll(() => form.getByLabel('Naam deelnemer 1').inputValue()).not.toBe('');
    await form.getByLabel('Datum').fill(addDays(today, 5));
    await form.getByLabel('Tijd').fill('10:00');
    await form.getByLabel('Plaats of videoverbinding').fill('PI Vught, bezoekzaal');
    await form.getByRole('button', { name: 'Overdracht plannen' }).click();
    // One participant is not enough.
    await p.getByText('Noem ten minste twee deelnemers met naam en organisatie.').first().waitFor();
    await form.getByLabel('Naam deelnemer 2').fill('Anouk de Wit');
    await form.getByLabel('Organisatie deelnemer 2').fill('Penitentiaire Inrichting Vught');
    await form.getByLabel('Functie deelnemer 2').fill('Casemanager');
    await form.getByRole('button', { name: 'Overdracht plannen' }).click();
    await p.getByText('De warme overdracht is gepland.').waitFor();
    await p.getByRole('heading', { name: /Gepland op .* in PI Vught, bezoekzaal/ }).waitFor();
    await p.getByText('Anouk de Wit (Casemanager), Penitentiaire Inrichting Vught').waitFor();
    expect(await p.getByText(BADGE).count()).toBe(0);
    a11y.noticeCoordinator = await axeViolations(p);
  });

  it('makes the person a client of the municipality in one click, with their consent', async () => {
    const p = coordinator;
    const client = p.locator('section', { has: p.getByRole('heading', { name: 'Cliënt van de gemeente', level: 2 }) });
    await client.getByLabel('Straat').fill('Kruisstraat');
    await client.getByLabel('Huisnummer').fill('12');
    await client.getByLabel('Postcode').fill('5612 CJ');
    await client.getByLabel('Plaats').fill('Eindhoven');
    await client.getByRole('button', { name: 'Klant maken' }).click();
    // Not without the person's consent.
    await p.getByText('Zonder toestemming van de persoon wordt geen cliëntdossier aangemaakt.').first().waitFor();
    await client.getByLabel(/De persoon geeft toestemming/).check();
    await client.getByRole('button', { name: 'Klant maken' }).click();
    await client.getByText('Deze persoon is cliënt van de gemeente.').waitFor();

    await p.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    const item = p.locator('li', { has: p.getByRole('heading', { name: NAME }) });
    await item.getByText('Warme overdracht gepland').waitFor();
    await item.getByText('Cliënt van de gemeente').waitFor();
    expect(await item.getByText(BADGE).count()).toBe(0);
  });

  it('shows the report, counts under 10 as "<10" with the reason', async () => {
    const p = coordinator;
    await p.getByRole('link', { name: 'Nazorgrapportage' }).click();
    await p.getByRole('heading', { name: 'Nazorgrapportage', level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Per inrichting' }).waitFor();
    // A year of Eindhoven's notices (535 from the demo, plus the one above).
    await p
      .getByRole('region', { name: /Nazorg per gemeente/ })
      .getByText('536')
      .first()
      .waitFor();
    a11y.report = await axeViolations(p);
  });

  it('fits a 390 px wide screen without sideways scrolling', async () => {
    const p = coordinator;
    await setNarrowScreen(p);
    await p.goto(`${werkplein.url}/nazorg`);
    await p.getByRole('heading', { name: 'Nazorg', level: 1 }).waitFor();
    await expectNoSidewaysScroll(p);
    a11y.overviewNarrow = await axeViolations(p);
    await p.getByRole('link', { name: NAME }).click();
    await p.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await expectNoSidewaysScroll(p);
    a11y.noticeNarrow = await axeViolations(p);
  });

  it('has no WCAG 2.2 AA violations on the pages it visited', () => {
    expect(a11y).toEqual({
      sendInvalid: [],
      noticeInstitution: [],
      overview: [],
      noticeCoordinator: [],
      report: [],
      overviewNarrow: [],
      noticeNarrow: [],
    });
  });
});
