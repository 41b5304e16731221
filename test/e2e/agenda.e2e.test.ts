import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayInAmsterdam } from '../../src/kernel/dates.ts';
import { axeViolations, werkpleinInBrowser } from './browser-helpers.ts';

/**
 * The agenda in the browser: the klantmanager plans an appointment for the day after tomorrow, finds it
 * under that day of the week, downloads it as .ics (no client data in it), and plans one from a client's
 * file, which the file then lists.
 */
const KM = 'klantmanager@eindhoven.demo.werkplein.nl';

describe('the agenda in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let page: Page;
  const a11y: Record<string, string[]> = {};
  const day = addDays(todayInAmsterdam(), 2);

  beforeAll(async () => {
    page = await werkplein.signedIn(KM);
  });

  it('plans an appointment and shows it under its day; a wrong end time is said at the field', async () => {
    await page.goto(`${werkplein.url}/agenda?week=${day}`);
    await page.getByRole('heading', { name: 'Mijn agenda' }).waitFor();
    await page.getByLabel('Onderwerp').fill('Overleg met de jobcoach');
    await page.getByLabel('Datum').fill(day);
    await page.getByLabel('Begintijd').fill('10:00');
    await page.getByLabel('Eindtijd').fill('09:30');
    await page.getByLabel('Plaats').fill('Stadskantoor Eindhoven');
    await page.getByRole('button', { name: 'Afspraak plannen' }).click();
    const end = page.getByLabel('Eindtijd');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');

    await end.fill('11:00');
    await page.getByRole('button', { name: 'Afspraak plannen' }).click();
    const item = page.locator('.wp-agenda__item', { hasText: 'Overleg met de jobcoach' });
    await item.waitFor();
    expect(await item.innerText()).toContain('10:00–11:00');
    expect(await item.innerText()).toContain('Stadskantoor Eindhoven');
    // Under the heading of its own day.
    const section = page.locator('.wp-agenda__day', { has: item });
    const dayAndMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
    expect(await section.getByRole('heading').innerText()).toContain(dayAndMonth);
    a11y.agenda = await axeViolations(page);
  });

  it('offers the week as an iCalendar file without client data', async () => {
    const href = await page.getByRole('link', { name: 'Download deze week (.ics)' }).getAttribute('href');
    expect(href).toMatch(/\/api\/v1\/agenda\/ics\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const ics = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Overleg met de jobcoach');
  });

  it('plans an appointment from the client file, which then lists it', async () => {
    await page.goto(`${werkplein.url}/clienten`);
    await page.getByRole('table').waitFor();
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Afspraken' }).waitFor();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Afspraak plannen' }) });
    await form.getByLabel('Onderwerp').fill('Kennismakingsgesprek');
    await form.getByLabel('Datum').fill(day);
    await form.getByLabel('Begintijd').fill('14:00');
    await form.getByLabel('Eindtijd').fill('15:00');
    await form.getByRole('button', { name: 'Afspraak plannen' }).click();
    await page.getByRole('region', { name: 'Afspraken met de cliënt, nieuwste eerst' }).getByText('Kennismakingsgesprek').waitFor();
    a11y.clientFile = await axeViolations(page);

    await page.goto(`${werkplein.url}/agenda?week=${day}`);
    const item = page.locator('.wp-agenda__item', { hasText: 'Kennismakingsgesprek' });
    await item.waitFor();
    expect(await item.getByRole('link', { name: /^Met / }).count()).toBe(1);
  });

  it('has no WCAG 2.2 AA violations on the pages it visited', () => {
    expect(a11y).toEqual({ agenda: [], clientFile: [] });
  });
});
